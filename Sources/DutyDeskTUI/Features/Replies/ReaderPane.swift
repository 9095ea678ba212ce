import DutyDeskCore
import DutyDeskStore

/// What the reader wrote, shown above the reply in the composer and the picker: the latest
/// incoming message in full when it fits, and the messages before it as room allows. Reader
/// text is untrusted: every line goes through `TerminalSafeText`.
enum ReaderPane {
    /// The thread's last messages up to and including the reader's latest one; deleted
    /// messages are left out (the reader took them back).
    static func recent(_ messages: [InboxThreadMessage]) -> [InboxThreadMessage] {
        let shown = messages.filter { $0.deletedAt == nil }
        guard let last = shown.lastIndex(where: { $0.direction == .incoming }) else {
            return Array(shown.suffix(ReplyItem.recentLimit))
        }
        return Array(shown[...last].suffix(ReplyItem.recentLimit))
    }

    /// The rows the pane takes out of `available`: enough for the whole thread when there is
    /// room, else about a third, never less than one while there is anything to show.
    static func rows(_ item: ReplyItem, width: Int, available: Int) -> Int {
        guard !item.recent.isEmpty, available > 0 else { return 0 }
        let wanted = item.recent.reduce(0) { $0 + block($1, item: item, width: width).count }
        return min(wanted, max(available / 3, min(2, available)), 8)
    }

    /// The pane's lines, newest at the bottom. The latest message starts at its beginning
    /// (cut with "…" when longer than the pane); earlier ones fill the rows above it.
    static func lines(_ item: ReplyItem, width: Int, rows: Int) -> [(text: String, role: StyleRole)] {
        guard rows > 0, let latest = item.recent.last else { return [] }
        var lines = block(latest, item: item, width: width)
        if lines.count > rows {
            lines = Array(lines.prefix(rows))
            lines[rows - 1].text = TextFitting.truncate(lines[rows - 1].text + " …", to: width)
            return lines
        }
        for message in item.recent.dropLast().reversed() {
            let room = rows - lines.count
            guard room > 0 else { break }
            var earlier = block(message, item: item, width: width)
            if earlier.count > room {
                earlier = Array(earlier.suffix(room))
                earlier[0].text = TextFitting.truncate("… " + earlier[0].text, to: width)
            }
            lines = earlier + lines
        }
        return lines
    }

    static func draw(_ item: ReplyItem, top: Int, left: Int, width: Int, rows: Int, on canvas: inout Canvas) {
        for (offset, line) in lines(item, width: width, rows: rows).enumerated() {
            canvas.write(line.text, row: top + offset, column: left, role: line.role, limit: width)
        }
    }

    /// One message as wrapped lines: «Имя: текст»; the page's own replies are dimmed.
    static func block(_ message: InboxThreadMessage, item: ReplyItem, width: Int)
        -> [(text: String, role: StyleRole)] {
        let incoming = message.direction == .incoming
        let author = incoming ? message.authorName : (message.answeredBy ?? message.authorName)
        let text = TerminalSafeText.lines(TerminalSafeText.line(author) + ": " + message.text)
        let wrapped = TextFitting.wrap(text, width: max(width, 1)).filter { !$0.isEmpty }
        return wrapped.map { (text: $0, role: incoming ? StyleRole.normal : .muted) }
    }
}
