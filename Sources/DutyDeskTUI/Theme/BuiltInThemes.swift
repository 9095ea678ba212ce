/// The four themes shipped in themes/, compiled in so the program needs no files to start.
/// A test keeps each text identical to its file in themes/.
public enum BuiltInThemes {
    public static let names = ["default", "light", "high-contrast", "monochrome"]

    public static func text(_ name: String) -> String? {
        switch name {
        case "default": defaultTheme
        case "light": light
        case "high-contrast": highContrast
        case "monochrome": monochrome
        default: nil
        }
    }

    static let defaultTheme = """
        # dutydesk theme: default — for dark terminals.
        # role = 256-colour style / 8-colour style (format: themes/README.md)
        normal   = default
        overdue  = 203 bold / red bold
        due-soon = 214 bold / yellow bold
        ok       = 114 / green
        paused   = 110 / cyan
        unread   = 231 bold / white bold
        selected = 231 on 25 bold / white on blue bold
        header   = 253 on 237 / white on black
        footer   = 250 on 237 / white on black
        border   = 244 / cyan
        muted    = 245 / default
        warning  = 221 / yellow
        error    = 231 on 124 bold / white on red bold

        """

    static let light = """
        # dutydesk theme: light — for light terminals.
        # role = 256-colour style / 8-colour style (format: themes/README.md)
        normal   = default
        overdue  = 160 bold / red bold
        due-soon = 130 bold / yellow bold
        ok       = 28 / green
        paused   = 31 / blue
        unread   = 16 bold / black bold
        selected = 16 on 153 / black on cyan
        header   = 16 on 252 / black on white
        footer   = 238 on 252 / black on white
        border   = 244 / blue
        muted    = 242 / default
        warning  = 130 / yellow
        error    = 231 on 160 bold / white on red bold

        """

    static let highContrast = """
        # dutydesk theme: high-contrast — strongest colours, bold text.
        # role = 256-colour style / 8-colour style (format: themes/README.md)
        normal   = 231 on 16 / white on black
        overdue  = 231 on 160 bold / white on red bold
        due-soon = 16 on 226 bold / black on yellow bold
        ok       = 46 on 16 bold / green on black bold
        paused   = 51 on 16 bold / cyan on black bold
        unread   = 231 on 16 bold underline / white on black bold underline
        selected = 16 on 231 bold / black on white bold
        header   = 16 on 226 bold / black on yellow bold
        footer   = 16 on 231 bold / black on white bold
        border   = 231 on 16 bold / white on black bold
        muted    = 250 on 16 / white on black
        warning  = 226 on 16 bold / yellow on black bold
        error    = 231 on 196 bold / white on red bold

        """

    static let monochrome = """
        # dutydesk theme: monochrome — attributes only (chosen by NO_COLOR).
        # role = style (format: themes/README.md)
        normal   = default
        overdue  = bold underline
        due-soon = bold
        ok       = default
        paused   = dim
        unread   = bold
        selected = reverse
        header   = reverse
        footer   = reverse
        border   = dim
        muted    = dim
        warning  = bold
        error    = reverse bold

        """
}
