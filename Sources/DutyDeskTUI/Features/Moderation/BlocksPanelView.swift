import DutyDeskCore
import DutyDeskStore
import Foundation

/// Panel 5: the blocks, current and past, one line each, with the time left counted from the
/// screen's clock; the selected block's full reason, comment and history below the list.
enum BlocksPanelView {
    /// Lines under the list for the selected block.
    static let detailLines = 4

    static func listRows(_ layout: Layout) -> Int {
        max(layout.statusRow - (layout.bodyTop + 1) - detailLines, 1)
    }

    /// Where each column sits. The user, until, time left and who blocked always show; on a
    /// narrow terminal the page and the reason give way (both are in the lines under the
    /// list), then the comment; "from" only on a wide one.
    struct Columns {
        let page: Range<Int>?
        let user: Range<Int>
        let reason: Range<Int>?
        let from: Range<Int>?
        let until: Range<Int>
        let left: Range<Int>
        let who: Range<Int>
        let comment: Range<Int>

        static let untilWidth = 16, leftWidth = 11, whoWidth = 10, pageWidth = 10, reasonWidth = 11

        init(width: Int) {
            let userWidth = width >= 100 ? 22 : width >= 80 ? 16 : 14
            var spare = width - 2 - [userWidth, Self.untilWidth, Self.leftWidth, Self.whoWidth].map { $0 + 1 }.reduce(0, +)
            func fits(_ cells: Int) -> Bool {
                guard spare >= cells + 1 else { return false }
                spare -= cells + 1
                return true
            }
            let showPage = fits(Self.pageWidth)
            let showReason = fits(Self.reasonWidth)
            let showFrom = width >= 120 && fits(16)
            var x = 2
            func take(_ cells: Int) -> Range<Int> {
                defer { x += cells + 1 }
                return x..<(x + cells)
            }
            page = showPage ? take(Self.pageWidth) : nil
            user = take(userWidth)
            reason = showReason ? take(Self.reasonWidth) : nil
            from = showFrom ? take(16) : nil
            until = take(Self.untilWidth)
            left = take(Self.leftWidth)
            who = take(Self.whoWidth)
            comment = x..<max(width, x)
        }
    }

    static func draw(_ state: AppState, on canvas: inout Canvas) {
        let layout = state.layout
        let language = state.language
        func t(_ text: Localized) -> String { text.text(language) }
        let panel = state.moderation.blocks
        let now = state.nowSeconds
        let rows = panel.visible(at: now)
        let pageText = panel.pageID ?? t(Localized(ru: "все страницы", en: "every page"))
        canvas.fill(row: layout.titleRow, role: .border)
        canvas.write(" 5 " + t(Panel.blocks.title) + " — " + pageText + " · " + t(panel.scope.label)
                     + " — " + t(Localized(ru: "\(rows.count) шт.", en: "\(rows.count) blocks")),
                     row: layout.titleRow, column: 0, role: .border)
        let columns = Columns(width: canvas.width)
        var titles: [(Range<Int>, Localized)] = [
            (columns.user, Localized(ru: "Пользователь", en: "User")),
            (columns.until, Localized(ru: "До", en: "Until")),
            (columns.left, Localized(ru: "Осталось", en: "Left")),
            (columns.who, Localized(ru: "Кто", en: "By")),
            (columns.comment, Localized(ru: "Комментарий", en: "Comment")),
        ]
        if let page = columns.page { titles.append((page, Localized(ru: "Страница", en: "Page"))) }
        if let reason = columns.reason { titles.append((reason, Localized(ru: "Причина", en: "Reason"))) }
        if let from = columns.from { titles.append((from, Localized(ru: "С", en: "From"))) }
        for (range, title) in titles {
            canvas.write(t(title), row: layout.bodyTop, column: range.lowerBound, role: .muted, limit: range.count)
        }
        guard panel.entries != nil, !rows.isEmpty else {
            let empty = panel.entries == nil ? Words.loading
                : Localized(ru: "Блокировок нет по этому фильтру (s — действующие/прошлые/все, p — страница)",
                            en: "No blocks match this filter (s: current/past/all, p: page)")
            canvas.write(t(empty), row: layout.bodyTop + 2, column: 2, role: .muted)
            return
        }
        let listRows = listRows(layout)
        for line in 0..<listRows {
            let index = panel.top + line
            guard index < rows.count else { break }
            let row = layout.bodyTop + 1 + line
            drawRow(rows[index], row: row, columns: columns, now: now, language: language, on: &canvas)
            if index == panel.selected {
                canvas.write("▸", row: row, column: 0, role: .selected)
                canvas.restyle(row: row, role: .selected)
            }
        }
        if let selected = panel.selectedEntry(at: now) {
            drawDetail(selected, top: layout.statusRow - detailLines, now: now, language: language, on: &canvas)
        }
    }

    static func drawRow(_ entry: BlockEntry, row: Int, columns: Columns, now: Int64, language: Language,
                        on canvas: inout Canvas) {
        let block = entry.block
        let state = block.state(at: now)
        let zone = entry.timeZone
        func put(_ text: String, _ range: Range<Int>, _ role: StyleRole = .normal) {
            canvas.write(TextFitting.truncate(text, to: range.count), row: row, column: range.lowerBound, role: role,
                         limit: range.count)
        }
        if let page = columns.page { put(block.pageID, page, .muted) }
        // The name alone fits the column; the id is in the line below the list.
        let name = block.userName.map(TerminalSafeText.line) ?? ""
        put(name.isEmpty ? "id \(block.userID)" : name, columns.user)
        // The short name in the interface language; the code itself is for --json.
        if let reason = columns.reason { put(block.reason?.shortName.text(language) ?? "—", reason) }
        if let from = columns.from { put(local(block.fromAt, zone), from, .muted) }
        put(block.untilAt.map { local($0, zone) } ?? Localized(ru: "навсегда", en: "permanent").text(language), columns.until)
        put(timeLeft(state, block, now: now).text(language), columns.left, state.isActive ? .warning : .muted)
        put(block.blockedBy + (block.source == .vk ? " [VK]" : ""), columns.who, .muted)
        put(block.comment.map(TerminalSafeText.line) ?? "", columns.comment)
    }

    /// "6 д 23 ч", "навсегда", "истекла", "снята".
    static func timeLeft(_ state: BlockState, _ block: BlockRecord, now: Int64) -> Localized {
        switch state {
        case .active:
            guard let until = block.untilAt else { return Localized(ru: "навсегда", en: "permanent") }
            return BlockTimeLeft.text(seconds: until - now)
        case .expired: return Localized(ru: "истекла", en: "expired")
        case .lifted: return Localized(ru: "снята", en: "lifted")
        case .scheduled: return Localized(ru: "не началась", en: "not started")
        }
    }

    static func drawDetail(_ entry: BlockEntry, top: Int, now: Int64, language: Language, on canvas: inout Canvas) {
        let block = entry.block
        let zone = entry.timeZone
        func t(_ text: Localized) -> String { text.text(language) }
        canvas.fill(row: top, role: .border)
        canvas.write(" #\(block.id ?? 0) " + ModerationTexts.who(block) + " — " + TerminalSafeText.line(entry.pageName),
                     row: top, column: 0, role: .border)
        let period = t(Localized(ru: "с ", en: "from ")) + local(block.fromAt, zone) + " "
            + t(ModerationTexts.until(block.untilAt, zone: zone)) + " (\(zone.identifier)) · " + block.blockedBy
        var lines: [(String, StyleRole)] = [
            (t(Localized(ru: "Причина: ", en: "Reason: ")) + t(ModerationTexts.reason(block.reason)), .normal),
            (period, .muted),
        ]
        if let unblockedAt = block.unblockedAt, case .lifted = block.state(at: now) {
            let note = block.unblockNote.map { " — " + BlockNote.display(TerminalSafeText.line($0)).text(language) } ?? ""
            lines.append((t(Localized(ru: "Снята ", en: "Lifted ")) + local(unblockedAt, zone) + " (\(block.unblockedBy ?? "?"))" + note,
                          .muted))
        } else if let comment = block.comment {
            lines.append((t(Localized(ru: "Комментарий: ", en: "Comment: ")) + TerminalSafeText.line(comment), .normal))
        }
        for (offset, line) in lines.prefix(detailLines - 1).enumerated() {
            canvas.write(TextFitting.truncate(line.0, to: canvas.width - 2), row: top + 1 + offset, column: 1, role: line.1)
        }
    }

    static func local(_ seconds: Int64, _ zone: TimeZone) -> String {
        LocalTimeText.local(Date(timeIntervalSince1970: TimeInterval(seconds)), in: zone)
    }
}
