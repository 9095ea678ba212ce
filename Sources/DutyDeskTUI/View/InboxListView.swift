import DutyDeskCore
import DutyDeskStore

/// The inbox list: one line per item, in the order of the list, with the countdown computed
/// for the visible lines only, each frame.
enum InboxListView {
    static func draw(_ state: AppState, on canvas: inout Canvas) {
        let layout = state.layout
        let columns = layout.columns
        let language = state.language
        drawTitles(columns, language: language, on: &canvas, row: layout.titleRow)

        let list = state.list
        guard list.count > 0 else {
            let empty: Localized
            if !state.hasLoaded {
                empty = Words.loading
            } else if state.pages.pages.isEmpty {
                empty = Localized(ru: "Страниц пока нет: dutydesk setup import ФАЙЛ.yaml (или dutydesk --demo)",
                                  en: "No pages yet: dutydesk setup import FILE.yaml (or dutydesk --demo)")
            } else {
                empty = Localized(ru: "Нет обращений по этому фильтру (f — фильтры)", en: "No items match this filter (f: filters)")
            }
            let text = empty.text(language)
            canvas.write(text, row: layout.bodyTop + layout.listRows / 2,
                         column: max((canvas.width - TerminalCells.width(of: text)) / 2, 0), role: .muted)
            return
        }
        let now = state.nowSeconds
        for line in 0..<layout.listRows {
            let index = list.top + line
            guard let item = list.item(at: index) else { break }
            let row = layout.bodyTop + line
            drawItem(item, text: list.texts[item.id], row: row, state: state, columns: columns, now: now, on: &canvas)
            if index == list.selected {
                // A mark as well as a colour: visible in monochrome and in text snapshots.
                canvas.write("▸", row: row, column: 0, role: .selected)
                canvas.restyle(row: row, role: .selected)
            }
        }
    }

    static func drawTitles(_ columns: ListColumns, language: Language, on canvas: inout Canvas, row: Int) {
        canvas.fill(row: row, role: .border)
        let titles: [(Range<Int>, Localized)] = [
            (columns.countdown, Localized(ru: "Срок", en: "Time left")),
            (columns.page, Localized(ru: "Страница", en: "Page")),
            (columns.kind, Localized(ru: "Тип", en: "Kind")),
            (columns.author, Localized(ru: "Автор", en: "Author")),
            (columns.text, Localized(ru: "Текст", en: "Text")),
        ]
        for (range, title) in titles {
            canvas.write(title.text(language), row: row, column: range.lowerBound, role: .border, limit: range.count)
        }
    }

    static func drawItem(_ item: InboxSummary, text: RowDisplay?, row: Int, state: AppState, columns: ListColumns,
                         now: Int64, on canvas: inout Canvas) {
        let language = state.language
        let marks = [item.isUnread ? "●" : " ", item.isComplaint ? "!" : " ", item.isCritical ? "✱" : " ",
                     item.isEscalated ? "↑" : " ", item.authorBlocked ? "⊘" : " "]
        let markRoles: [StyleRole] = [.unread, .warning, .warning, .warning, .error]
        for (offset, mark) in marks.enumerated() {
            canvas.write(mark, row: row, column: columns.marks.lowerBound + offset, role: markRoles[offset], limit: 1)
        }

        let countdown = Countdown.of(status: item.status, deadline: item.deadlineAt,
                                     clock: state.pages.clock(forPage: item.pageID), now: now)
        let variants = CountdownText.variants(countdown, clock: state.session.localClock, now: now, language: language)
        let fitting = variants.first { TerminalCells.width(of: $0) <= columns.countdown.count } ?? variants.last ?? ""
        write(fitting, columns.countdown, row, countdown.role, &canvas)
        write(item.pageID, columns.page, row, .muted, &canvas)
        write(Words.kind(item.kind, narrow: columns.narrow).text(language), columns.kind, row, .muted, &canvas)
        if let text {
            if text.author.characters.isEmpty {
                write(Words.unnamed.text(language), columns.author, row, .muted, &canvas)
            } else {
                canvas.write(text.author, row: row, column: columns.author.lowerBound,
                             role: item.isUnread ? .unread : .normal, limit: columns.author.count)
            }
            canvas.write(text.firstLine, row: row, column: columns.text.lowerBound, role: .normal, limit: columns.text.count)
        } else {
            write("…", columns.author, row, .muted, &canvas)
        }
    }

    private static func write(_ text: String, _ range: Range<Int>, _ row: Int, _ role: StyleRole, _ canvas: inout Canvas) {
        canvas.write(TextFitting.truncate(text, to: range.count), row: row, column: range.lowerBound, role: role,
                     limit: range.count)
    }
}
