import DutyDeskCore

/// A framed box over the panel.
struct Box {
    let top: Int
    let left: Int
    let height: Int
    let width: Int

    /// Centered, no larger than the screen allows.
    static func centered(width: Int, height: Int, in size: ScreenSize) -> Box {
        let w = min(width, size.width - 2)
        let h = min(height, size.height - 2)
        return Box(top: max((size.height - h) / 2, 0), left: max((size.width - w) / 2, 0), height: h, width: w)
    }

    var innerWidth: Int { width - 4 }

    func draw(title: String, on canvas: inout Canvas) {
        for row in top..<(top + height) {
            canvas.fill(row: row, from: left, to: left + width, role: .normal)
            canvas.write("│", row: row, column: left, role: .border)
            canvas.write("│", row: row, column: left + width - 1, role: .border)
        }
        let line = String(repeating: "─", count: max(width - 2, 0))
        canvas.write("┌" + line + "┐", row: top, column: left, role: .border)
        canvas.write("└" + line + "┘", row: top + height - 1, column: left, role: .border)
        canvas.write(" " + TextFitting.truncate(title, to: width - 6) + " ", row: top, column: left + 2, role: .header)
    }
}

/// `?`: every binding of the panel under it, generated from the key map. A description too
/// long for the box wraps under itself rather than being cut, so narrow screens lose nothing.
enum HelpOverlayView {
    static let boxWidth = 76

    static func visibleLines(size: ScreenSize) -> Int {
        max(min(size.height - 2, 40) - 2, 1)
    }

    /// The help as screen lines at this size: a key label (on a binding's first line only) and
    /// a piece of its description.
    static func lines(_ state: AppState) -> [(key: String, text: String)] {
        lines(KeyMap.bindings(for: OverlayUpdate.contextUnderHelp(state)), state)
    }

    static func lines(_ bindings: [KeyBinding], _ state: AppState) -> [(key: String, text: String)] {
        let keyWidth = keyColumnWidth(bindings)
        let box = Box.centered(width: boxWidth, height: 3, in: state.size)
        let textWidth = max(box.innerWidth - keyWidth - 1, 8)
        var lines: [(key: String, text: String)] = []
        for binding in bindings {
            let pieces = TextFitting.wrap(binding.help.text(state.language), width: textWidth)
            for (index, piece) in pieces.enumerated() {
                lines.append((index == 0 ? binding.label : "", piece))
            }
        }
        return lines
    }

    static func keyColumnWidth(_ bindings: [KeyBinding]) -> Int {
        min(bindings.map { TerminalCells.width(of: $0.label) }.max() ?? 8, 14)
    }

    static func draw(_ state: AppState, scroll: Int, on canvas: inout Canvas) {
        let language = state.language
        let context = OverlayUpdate.contextUnderHelp(state)
        let bindings = KeyMap.bindings(for: context)
        let keyWidth = keyColumnWidth(bindings)
        let lines = lines(bindings, state)
        let box = Box.centered(width: boxWidth, height: lines.count + 2, in: state.size)
        let title = Localized(ru: "Клавиши", en: "Keys").text(language) + " — " + contextTitle(context, state)
        box.draw(title: title, on: &canvas)
        for (offset, line) in lines.dropFirst(scroll).prefix(box.height - 2).enumerated() {
            let row = box.top + 1 + offset
            canvas.write(TextFitting.pad(line.key, to: keyWidth), row: row, column: box.left + 2, role: .header,
                         limit: keyWidth)
            canvas.write(TextFitting.truncate(line.text, to: box.innerWidth - keyWidth - 1),
                         row: row, column: box.left + 3 + keyWidth, role: .normal)
        }
    }

    static func contextTitle(_ context: KeyContext, _ state: AppState) -> String {
        switch context {
        case .detail: Localized(ru: "переписка", en: "thread").text(state.language)
        case .placeholder, .inbox, .replies, .moderation, .duty, .reports: state.panel.title.text(state.language)
        default: ""
        }
    }
}

/// `f`: page, kind and status, changed in place with ←/→.
enum FilterMenuView {
    static func draw(_ state: AppState, row selectedRow: Int, on canvas: inout Canvas) {
        let language = state.language
        let box = Box.centered(width: 56, height: 7, in: state.size)
        box.draw(title: Localized(ru: "Фильтры", en: "Filters").text(language), on: &canvas)
        let filter = state.list.filter
        let pageValue: String
        if case .page(let id) = filter.page, let page = state.pages.page(id) {
            pageValue = id + " — " + TerminalSafeText.line(page.name)
        } else {
            pageValue = Words.pageScope(filter.page).text(language)
        }
        let rows: [(Localized, String)] = [
            (Localized(ru: "Страница", en: "Page"), pageValue),
            (Localized(ru: "Тип", en: "Kind"), Words.kindChoice(filter.kind).text(language)),
            (Localized(ru: "Статус", en: "Status"), Words.statusChoice(filter.status).text(language)),
        ]
        for (index, (label, value)) in rows.enumerated() {
            let row = box.top + 2 + index
            let text = TextFitting.pad(label.text(language), to: 10) + "◀ " + value + " ▶"
            canvas.write(TextFitting.pad(text, to: box.innerWidth), row: row, column: box.left + 2,
                         role: index == selectedRow ? .selected : .normal)
        }
    }
}

/// `q` while something is still being saved.
enum ConfirmQuitView {
    static func draw(_ state: AppState, on canvas: inout Canvas) {
        let language = state.language
        let box = Box.centered(width: 56, height: 6, in: state.size)
        box.draw(title: Localized(ru: "Выход", en: "Quit").text(language), on: &canvas)
        let lines = TextFitting.wrap(Localized(
            ru: "Отметка о прочтении ещё сохраняется (\(state.pendingWrites)). Выйти всё равно?",
            en: "A read mark is still being saved (\(state.pendingWrites)). Quit anyway?").text(language),
            width: box.innerWidth)
        for (offset, line) in lines.prefix(2).enumerated() {
            canvas.write(line, row: box.top + 1 + offset, column: box.left + 2, role: .warning)
        }
        canvas.write(Localized(ru: "y — выйти, n — остаться", en: "y: quit, n: stay").text(language),
                     row: box.top + box.height - 2, column: box.left + 2, role: .normal)
    }
}
