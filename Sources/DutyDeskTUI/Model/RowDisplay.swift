import DutyDeskCore
import DutyDeskStore

/// An inbox line's words, made terminal-safe and cut to a line once, when they arrive, so
/// that drawing a frame (every second) only fits them to their columns.
public struct RowDisplay: Equatable, Sendable {
    /// No screen is wider than this; longer first lines are cut here, once.
    static let longestLine = 400

    public let author: MeasuredText
    public let firstLine: MeasuredText

    public init(_ text: InboxRowText) {
        author = MeasuredText(TerminalSafeText.line(String(text.author.prefix(Self.longestLine))))
        firstLine = MeasuredText(TextFitting.firstLine(text.text, maxCharacters: Self.longestLine))
    }
}
