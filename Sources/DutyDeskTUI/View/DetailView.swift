import DutyDeskCore
import DutyDeskStore

/// An opened item: its title, who has read it, and the whole thread, oldest first.
enum DetailView {
    static func draw(_ state: AppState, _ detail: DetailState, on canvas: inout Canvas) {
        let layout = state.layout
        let language = state.language
        canvas.fill(row: layout.titleRow, role: .border)
        guard let thread = detail.thread else {
            canvas.write(" #\(detail.itemID) — " + Words.loading.text(language), row: layout.titleRow, column: 0, role: .border)
            return
        }
        let countdown = Countdown.of(status: thread.status, deadline: thread.deadlineAt,
                                     clock: state.pages.clock(forPage: thread.pageID), now: state.nowSeconds)
        let countdownText = CountdownText.variants(countdown, clock: state.session.localClock, now: state.nowSeconds,
                                                   language: language).first ?? ""
        // The author's name gives way when the line is short; the countdown never does.
        let prefix = " #\(thread.itemID) · \(thread.pageID) · " + Words.kind(thread.kind, narrow: false).text(language) + " · "
        let suffix = thread.category.map { " · " + Words.category($0).text(language) } ?? ""
        let room = canvas.width - 1 - TerminalCells.width(of: prefix + " · " + countdownText + suffix)
        var x = canvas.write(prefix + TextFitting.truncate(Words.author(thread.author, language), to: max(room, 3)) + " · ",
                             row: layout.titleRow, column: 0, role: .border)
        x = canvas.write(countdownText, row: layout.titleRow, column: x, role: countdown.role)
        canvas.write(suffix, row: layout.titleRow, column: x, role: .border)

        canvas.write(" " + TextFitting.truncate(readersText(thread, state), to: canvas.width - 2), row: layout.bodyTop,
                     column: 0, role: thread.readers.isEmpty ? .unread : .muted)

        let lines = ThreadLines.build(thread, width: canvas.width, session: state.session)
        for offset in 0..<layout.detailRows {
            let index = detail.scroll + offset
            guard index < lines.count else { break }
            canvas.write(lines[index].text, row: layout.detailBodyTop + offset, column: 0, role: lines[index].role)
        }
    }

    static func readersText(_ thread: InboxThread, _ state: AppState) -> String {
        let language = state.language
        guard !thread.readers.isEmpty else {
            return Localized(ru: "Ещё никто не прочитал", en: "Nobody has read it yet").text(language)
        }
        let clock = state.session.localClock
        let names = thread.readers.map { reader in
            "\(HeaderView.short(reader.name ?? reader.username)) (\(clock.dateTimeText(reader.readAt, language: language)))"
        }
        return Localized(ru: "Прочитали: ", en: "Read by: ").text(language) + names.joined(separator: ", ")
    }

    /// "строки 1–20 из 35" for the status line.
    static func position(_ state: AppState, _ detail: DetailState) -> String? {
        guard let thread = detail.thread else { return nil }
        let total = ThreadLines.build(thread, width: state.size.width, session: state.session).count
        let first = min(detail.scroll + 1, total)
        let last = min(detail.scroll + state.layout.detailRows, total)
        return Localized(ru: "строки \(first)–\(last) из \(total)", en: "lines \(first)–\(last) of \(total)").text(state.language)
    }
}
