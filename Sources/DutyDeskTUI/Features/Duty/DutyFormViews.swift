import DutyDeskCore
import Foundation

/// The duty forms, each a framed box over the panel.
enum DutyFormViews {
    static func draw(_ form: DutyForm, _ state: AppState, on canvas: inout Canvas) {
        let language = state.language
        func say(_ ru: String, _ en: String) -> String { Localized(ru: ru, en: en).text(language) }
        guard let data = state.duty.data else { return }
        switch form {
        case .refusal(let message):
            // As wide as the screen allows, the text wrapped to that width: never cut mid-sentence.
            let width = min(72, state.size.width - 2)
            var lines = TextFitting.wrap(message.text(language), width: max(width - 4, 10))
            if lines.count + 4 > state.size.height - 3 {
                // A small terminal: the clause is named, its quotation left out, so the box fits whole.
                lines = TextFitting.wrap(withoutQuotation(message.text(language)), width: max(width - 4, 10))
            }
            let box = Box.centered(width: width, height: lines.count + 4, in: state.size)
            box.draw(title: say("Изменить график нельзя", "You cannot change this schedule"), on: &canvas)
            write(lines, in: box, from: 1, role: .warning, on: &canvas)
            canvas.write(say("Esc или Enter — закрыть", "Esc or Enter closes"), row: box.top + box.height - 2,
                         column: box.left + 2, role: .muted)

        case .confirmDelete(let id):
            let shift = state.duty.shiftsInOrder.first { $0.id == id }
            let box = Box.centered(width: 60, height: 6, in: state.size)
            box.draw(title: say("Удалить смену?", "Delete the shift?"), on: &canvas)
            let what = shift.map { "#\(id) " + DutyTimeText.span($0, on: data.timeline).text(language) + " " + data.shortName($0.username) }
                ?? "#\(id)"
            write([what], in: box, from: 1, role: .normal, on: &canvas)
            canvas.write(say("y — удалить, n — оставить", "y: delete, n: keep"), row: box.top + box.height - 2,
                         column: box.left + 2, role: .muted)

        case .reassign(let picker):
            let shift = state.duty.shiftsInOrder.first { $0.id == picker.shiftID }
            let problem = problemLines(state, width: 56)
            let box = Box.centered(width: 60, height: picker.choices.count + 5 + (problem.isEmpty ? 0 : problem.count + 1),
                                   in: state.size)
            box.draw(title: say("Кому передать смену", "Reassign the shift to"), on: &canvas)
            write(problem, in: box, from: picker.choices.count + 4, role: .error, on: &canvas)
            if let shift {
                let what = DutyTimeText.span(shift, on: data.timeline).text(language) + " · " + data.shortName(shift.username)
                canvas.write(TextFitting.truncate(what, to: box.innerWidth), row: box.top + 1, column: box.left + 2, role: .muted)
            }
            for (index, username) in picker.choices.enumerated() where box.top + 3 + index < box.top + box.height - 1 - problem.count {
                var text = (index == picker.index ? "▸ " : "  ") + TextFitting.pad(data.fullName(username), to: 22)
                if let shift, let busy = data.conflict(for: username, with: shift) {
                    text += say("занят: ", "busy: ") + busy.pageID + " " + DutyTimeText.times(busy.start, busy.end, on: data.timeline)
                }
                text = TextFitting.pad(TextFitting.truncate(text, to: box.innerWidth), to: box.innerWidth)
                canvas.write(text, row: box.top + 3 + index, column: box.left + 2, role: index == picker.index ? .selected : .normal)
            }

        case .shift(let shiftForm):
            let day = data.week.monday.adding(days: shiftForm.dayOffset)
            var rows: [(ShiftForm.Field, String, String)] = [
                (.day, say("День", "Day"), "◀ " + DutyTimeText.dateWithWeekday(day).text(language) + " ▶"),
                (.start, say("Начало", "Start"), TerminalSafeText.line(shiftForm.start)),
            ]
            if case .add = shiftForm.mode {
                rows.append((.end, say("Конец", "End"), TerminalSafeText.line(shiftForm.end)))
                let person = shiftForm.people.indices.contains(shiftForm.personIndex)
                    ? data.fullName(shiftForm.people[shiftForm.personIndex]) : "—"
                rows.append((.person, say("Кто", "Who"), "◀ " + person + " ▶"))
            }
            let title: String
            if case .add = shiftForm.mode { title = say("Новая смена", "New shift") } else { title = say("Перенести смену", "Move the shift") }
            drawFields(title: title, rows: rows.map { ($0.1, $0.2, $0.0 == shiftForm.field) }, state, on: &canvas)

        case .absence(let absence):
            let person = absence.people.indices.contains(absence.personIndex) ? data.fullName(absence.people[absence.personIndex]) : "—"
            let reason = DutyTimeText.absenceReason(AbsenceForm.reasons[absence.reasonIndex]).text(language)
            let rows: [(AbsenceForm.Field, String, String)] = [
                (.person, say("Кто", "Who"), "◀ " + person + " ▶"),
                (.from, say("С", "From"), TerminalSafeText.line(absence.from)),
                (.to, say("По", "To"), TerminalSafeText.line(absence.to)),
                (.reason, say("Причина", "Reason"), "◀ " + reason + " ▶"),
            ]
            drawFields(title: say("Отсутствие (п. 5.15)", "Absence (5.15)"), rows: rows.map { ($0.1, $0.2, $0.0 == absence.field) },
                       state, on: &canvas)

        case .generate(let generate):
            let rows: [(GenerateForm.Field, String, String)] = [
                (.from, say("С", "From"), TerminalSafeText.line(generate.from)),
                (.to, say("По", "To"), TerminalSafeText.line(generate.to)),
                (.split, say("Делить в", "Split at"), TerminalSafeText.line(generate.split)),
                (.replace, say("Ручные", "Manual"), "◀ " + (generate.replaceManual ? say("заменить тоже", "replace them too")
                                                             : say("сохранить", "keep them")) + " ▶"),
            ]
            let box = drawFields(title: say("Ротация: период и смены", "Rotation: period and shifts"),
                                 rows: rows.map { ($0.1, $0.2, $0.0 == generate.field) }, state,
                                 hint: Localized(ru: "Enter — предпросмотр (ничего не записывает), Esc — отмена",
                                                 en: "Enter previews (writes nothing), Esc cancels"), on: &canvas)
            canvas.write(say("«Делить в» пусто — смена на весь день", "Split empty: one shift per day"),
                         row: box.top + 1, column: box.left + 2, role: .muted, limit: box.innerWidth)

        case .rotationPreview(let plan):
            RotationPreviewView.draw(plan, data: data, state, on: &canvas)

        case .cover(let cover):
            let box = Box.centered(width: 90, height: cover.rows.count + 5, in: state.size)
            box.draw(title: say("Кто заменит: ", "Who covers for ") + data.shortName(cover.username), on: &canvas)
            canvas.write(say("Смены в дни отсутствия; ←/→ — кто заменит.", "Shifts on the days away; ←/→ picks who covers."),
                         row: box.top + 1, column: box.left + 2, role: .muted, limit: box.innerWidth)
            for (index, row) in cover.rows.enumerated() where box.top + 3 + index < box.top + box.height - 1 {
                let who: String
                if !row.editable {
                    who = say("решает координатор страницы", "for the page's coordinator to cover")
                } else {
                    who = row.choice.map { "◀ " + data.shortName(row.candidates[$0]) + " ▶" }
                        ?? "◀ " + (row.candidates.isEmpty ? say("некому — без замены", "nobody free — uncovered")
                                    : say("без замены", "uncovered")) + " ▶"
                }
                let text = "#\(row.shift.id ?? 0) " + row.shift.pageID + " " + DutyTimeText.span(row.shift, on: data.timeline).text(language)
                    + "  " + who
                canvas.write(TextFitting.pad(TextFitting.truncate(text, to: box.innerWidth), to: box.innerWidth),
                             row: box.top + 3 + index, column: box.left + 2, role: index == cover.row ? .selected : .normal)
            }
        }
    }

    /// A form of labelled fields; the one with the focus is highlighted and shows a cursor.
    /// The form's box: its rows and, when the last Enter was refused, the lines saying why.
    @discardableResult
    static func drawFields(title: String, rows: [(label: String, value: String, focused: Bool)], _ state: AppState,
                           hint: Localized = Localized(ru: "Enter — сохранить, Esc — отмена", en: "Enter saves, Esc cancels"),
                           on canvas: inout Canvas) -> Box {
        let problem = problemLines(state, width: 56)
        let box = Box.centered(width: 60, height: rows.count + 5 + (problem.isEmpty ? 0 : problem.count + 1), in: state.size)
        box.draw(title: title, on: &canvas)
        for (index, row) in rows.enumerated() {
            let text = TextFitting.pad(row.label, to: 10) + row.value + (row.focused && !row.value.hasPrefix("◀") ? "▏" : "")
            canvas.write(TextFitting.pad(TextFitting.truncate(text, to: box.innerWidth), to: box.innerWidth),
                         row: box.top + 2 + index, column: box.left + 2, role: row.focused ? .selected : .normal)
        }
        write(problem, in: box, from: rows.count + 3, role: .error, on: &canvas)
        canvas.write(hint.text(state.language), row: box.top + box.height - 2, column: box.left + 2, role: .muted,
                     limit: box.innerWidth)
        return box
    }

    /// Why the form's last Enter was refused, wrapped to the form's width; none when it was not.
    static func problemLines(_ state: AppState, width: Int) -> [String] {
        guard let problem = state.duty.formProblem else { return [] }
        return TextFitting.wrap("⚠ " + TerminalSafeText.line(problem.text(state.language)), width: width)
    }

    /// "(п. 6.1 Регламента: «…»)" → "(п. 6.1)": the refusal without the regulation's words quoted.
    static func withoutQuotation(_ text: String) -> String {
        text.replacingOccurrences(of: #" Регламента: «[^»]*»"#, with: "", options: .regularExpression)
            .replacingOccurrences(of: #"regulation (\d+\.\d+): [^"]*"[^"]*""#, with: "$1", options: .regularExpression)
    }

    static func write(_ lines: [String], in box: Box, from offset: Int, role: StyleRole, on canvas: inout Canvas) {
        for (index, line) in lines.enumerated() where box.top + offset + index < box.top + box.height - 2 {
            canvas.write(TextFitting.truncate(line, to: box.innerWidth), row: box.top + offset + index, column: box.left + 2,
                         role: role)
        }
    }
}
