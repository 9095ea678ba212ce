import Foundation

/// OSC 52: asks the terminal to put text on the clipboard, which works over ssh, where the
/// administrator's own clipboard is on another machine. Until dutydesk delivers replies through
/// the platforms' APIs, this is how a reply gets from dutydesk into the browser.
public enum ClipboardSequence {
    /// `ESC ] 52 ; c ; <base64> BEL`.
    public static func osc52(_ text: String) -> String {
        "\u{1B}]52;c;" + Data(text.utf8).base64EncodedString() + "\u{07}"
    }
}
