/// Work only the terminal loop can do, because it needs the terminal itself: effects queue
/// these on the runtime, and the loop performs them between frames.
public enum TerminalRequest: Sendable {
    /// OSC 52: put the text on the clipboard of the terminal (over ssh too).
    case copyToClipboard(String)
    /// Suspend the screen, edit the text in $VISUAL / $EDITOR, restore the screen; the result
    /// (nil when the editor failed) comes back as the action `then` makes.
    case editText(String, then: @Sendable (String?) -> Action)
}
