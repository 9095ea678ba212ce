import DutyDeskCore
import DutyDeskStore
import Foundation

/// Panel 2: replies waiting to be posted by hand, then those not posted, then the posted ones.
enum OutboxPanelView {
    static func draw(_ state: AppState, on canvas: inout Canvas) {
        let layout = state.layout
        let language = state.language
        let outbox = state.replies.outbox
        canvas.fill(row: layout.titleRow, role: .border)
        var title = " 2 " + state.panel.title.text(language)
        if state.session.staff == nil {
            title += Localized(ru: " — только просмотр (вас нет в списке сотрудников)",
                               en: " — read-only (you are not on the staff)").text(language)
        }
        canvas.write(title, row: layout.titleRow, column: 0, role: .border)
        guard outbox.loaded else {
            canvas.write(Localized(ru: "Загружается…", en: "Loading…").text(language), row: layout.bodyTop + 1, column: 2, role: .muted)
            return
        }
        guard !outbox.entries.isEmpty else {
            canvas.write(Localized(ru: "Очередь ответов пуста.", en: "The outbox is empty.").text(language),
                         row: layout.bodyTop + 1, column: 2, role: .muted)
            return
        }
        let rows = max(layout.listRows - 3, 1)
        let top = max(0, min(outbox.selected - rows / 2, outbox.entries.count - rows))
        for (offset, entry) in outbox.entries.dropFirst(top).prefix(rows).enumerated() {
            let index = top + offset
            let role: StyleRole = index == outbox.selected ? .selected : role(entry.status)
            canvas.fill(row: layout.bodyTop + offset, role: role)
            canvas.write(line(entry, state, width: canvas.width - 2), row: layout.bodyTop + offset, column: 1, role: role,
                         limit: canvas.width - 2)
        }
        if let entry = outbox.selectedEntry {
            let previewTop = layout.bodyTop + rows + 1
            let text = TerminalSafeText.line(entry.text)
            for (offset, piece) in TextFitting.wrap(text, width: canvas.width - 4).prefix(2).enumerated() {
                canvas.write(piece, row: previewTop + offset, column: 2, role: .muted)
            }
        }
    }

    static func role(_ status: OutboxStatus) -> StyleRole {
        switch status {
        case .pending: .warning
        case .failed: .error
        case .sent: .normal
        }
    }

    /// One reply's row. On a narrower terminal the item number, then who queued it, then the
    /// page give way; the number, status, author, templates and the time always show, the time whole.
    static func line(_ entry: OutboxEntry, _ state: AppState, width: Int) -> String {
        let language = state.language
        let status: Localized = switch entry.status {
        case .pending: Localized(ru: "ждёт", en: "pending")
        case .failed: Localized(ru: "не опубл.", en: "failed")
        case .sent: Localized(ru: "опубл.", en: "posted")
        }
        let when = state.session.localClock.dateTimeText(Int64(entry.createdAt.timeIntervalSince1970), language: language)
        let templates = entry.freeForm ? Localized(ru: "своими словами", en: "own words").text(language)
                                       : TemplateNames.titles(entry.templateIDs, in: state.replies.templates?.catalog)
        typealias Column = AdaptiveColumns.Column
        return AdaptiveColumns([
            Column("#\(entry.id)", minimum: 5, importance: 10),
            Column(status.text(language), minimum: 9, preferred: 10, importance: 9),
            Column("→#\(entry.itemID)", minimum: 7, importance: 3, optional: true),
            Column(entry.pageID, minimum: 10, importance: 5, optional: true),
            Column(TerminalSafeText.line(entry.author), minimum: 12, preferred: 18, importance: 6),
            Column(templates, minimum: 8, preferred: 26, importance: 7),
            Column(entry.createdBy, minimum: 9, importance: 4, optional: true),
            Column(when, minimum: TerminalCells.width(of: when), importance: 10),
        ], width: width).line
    }
}
