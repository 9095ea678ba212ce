import DutyDeskCore
import Foundation

/// Copies a reply to the terminal's clipboard with OSC 52, only when standard output is a
/// terminal: in a pipe or a file the escape sequence would be garbage in someone's data.
enum TerminalClipboard {
    /// True when the sequence was written.
    static func copy(_ text: String) -> Bool {
        guard isatty(STDOUT_FILENO) == 1 else { return false }
        FileHandle.standardOutput.write(Data(ClipboardSequence.osc52(text).utf8))
        return true
    }
}
