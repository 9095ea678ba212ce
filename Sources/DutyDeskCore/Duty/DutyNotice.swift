import Foundation

/// The text of the work-email mailing about duty changes (regulation 5.15: "Об изменениях в
/// администрировании сообществ … делается рассылка по рабочей почте"), in plain Russian, with an
/// English rendering of the same content.
///
/// Names stay in the nominative ("дежурный изменён: Громов Павел → Лебедева Алина") because
/// declining a name correctly needs more than a program knows about it.
public enum DutyNotice {
    /// What the notice needs to name people and pages and to show times in each department's zone.
    public struct Directory: Sendable {
        public var people: [String: String]
        public var pageNames: [String: String]
        public var timelines: [String: OpenTimeline]

        public init(people: [String: String], pageNames: [String: String], timelines: [String: OpenTimeline]) {
            self.people = people
            self.pageNames = pageNames
            self.timelines = timelines
        }

        func name(_ username: String?) -> String {
            guard let username else { return "—" }
            return people[username].map { "\($0)" } ?? username
        }
    }

    public static func render(_ changes: [DutyChange], since: LocalDate, directory: Directory) -> Localized {
        let sinceText = DutyTimeText.date(since)
        var lines: [Localized] = [
            Localized(ru: "Тема: изменения в графике дежурств администраторов страниц с \(sinceText.ru)",
                      en: "Subject: changes to the page administrators' duty schedule since \(sinceText.en)"),
            blank,
            Localized(ru: "Коллеги, добрый день!", en: "Dear colleagues,"),
            blank,
        ]
        let ordered = changes.sorted { ($0.id ?? 0, $0.at) < ($1.id ?? 0, $1.at) }
        let shiftChanges = netReschedules(ordered.filter { $0.kind != .absence && $0.pageID != nil })
        let absences = ordered.filter { $0.kind == .absence }
        if shiftChanges.isEmpty && absences.isEmpty {
            lines.append(Localized(ru: "С \(sinceText.ru) изменений в графике дежурств не было.",
                                   en: "There have been no changes to the duty schedule since \(sinceText.en)."))
        } else {
            lines.append(Localized(
                ru: "Сообщаем об изменениях в графике дежурств администраторов страниц сообществ библиотеки с \(sinceText.ru) (п. 5.15 Регламента).",
                en: "Here are the changes to the duty schedule of the library's page administrators since \(sinceText.en) (regulation 5.15)."))
        }
        var pageOrder: [String] = []
        for change in shiftChanges where !pageOrder.contains(change.pageID!) { pageOrder.append(change.pageID!) }
        for pageID in pageOrder {
            lines.append(blank)
            let name = directory.pageNames[pageID].map { "\($0) (\(pageID))" } ?? pageID
            lines.append(Localized(ru: name, en: name))
            guard let timeline = directory.timelines[pageID] else { continue }
            lines += pageLines(shiftChanges.filter { $0.pageID == pageID }, timeline: timeline, directory: directory)
        }
        if !absences.isEmpty {
            lines.append(blank)
            lines.append(Localized(ru: "Отсутствия", en: "Absences"))
            lines += absences.map { absenceLine($0, directory: directory) }
        }
        let actors = ordered.map(\.actor).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        if !actors.isEmpty {
            let names = actors.map { directory.name($0) }.joined(separator: ", ")
            lines.append(blank)
            lines.append(Localized(ru: "Кто внёс изменения: \(names).", en: "Changes made by: \(names)."))
        }
        lines.append(blank)
        lines.append(Localized(ru: "Время указано местное, по часам отдела. Письмо подготовлено программой dutydesk.",
                               en: "Times are local, in each department's time zone. Prepared by dutydesk."))
        return Localized(ru: lines.map(\.ru).joined(separator: "\n") + "\n",
                         en: lines.map(\.en).joined(separator: "\n") + "\n")
    }

    private static let blank = Localized(ru: "", en: "")

    /// Consecutive reschedules of one shift (`+` pressed three times, a move and a move back)
    /// read as one move from the first state to the last; one that ends where it began is no
    /// news and is left out. Any other change to the shift in between ends the run.
    static func netReschedules(_ changes: [DutyChange]) -> [DutyChange] {
        var result: [DutyChange] = []
        // Shift id → index in `result` of its last reschedule, while nothing else touched it.
        var running: [Int64: Int] = [:]
        for change in changes {
            guard let id = change.shiftID else {
                result.append(change)
                continue
            }
            if change.kind == .reschedule, let index = running[id] {
                result[index].start = change.start
                result[index].end = change.end
                result[index].usernameAfter = change.usernameAfter
                continue
            }
            running[id] = nil
            result.append(change)
            if change.kind == .reschedule { running[id] = result.count - 1 }
        }
        return result.filter { !($0.kind == .reschedule && $0.start == $0.startBefore && $0.end == $0.endBefore) }
    }

    /// One page's changes in order; the shifts of one applied rotation read as one block.
    private static func pageLines(_ changes: [DutyChange], timeline: OpenTimeline, directory: Directory) -> [Localized] {
        var lines: [Localized] = []
        var index = 0
        while index < changes.count {
            let change = changes[index]
            if change.kind == .generate || (change.kind == .delete && change.note == DutyChange.regenerated) {
                let batch = changes[index...].prefix { $0.at == change.at && $0.actor == change.actor
                    && ($0.kind == .generate || ($0.kind == .delete && $0.note == DutyChange.regenerated)) }
                lines += rotationLines(Array(batch), timeline: timeline, directory: directory)
                index += batch.count
                continue
            }
            lines.append(line(change, timeline: timeline, directory: directory))
            index += 1
        }
        return lines
    }

    private static func line(_ change: DutyChange, timeline: OpenTimeline, directory: Directory) -> Localized {
        let when = span(change.start, change.end, timeline)
        let before = directory.name(change.usernameBefore), after = directory.name(change.usernameAfter)
        switch change.kind {
        case .add:
            return Localized(ru: "— \(when.ru): добавлено дежурство, дежурит \(after).",
                             en: "— \(when.en): shift added, on duty: \(after).")
        case .reschedule:
            let old = span(change.startBefore, change.endBefore, timeline)
            return Localized(ru: "— \(after): дежурство перенесено с \(old.ru) на \(when.ru).",
                             en: "— \(after): shift moved from \(old.en) to \(when.en).")
        case .delete:
            return Localized(ru: "— \(when.ru): дежурство отменено (было: \(before)).",
                             en: "— \(when.en): shift cancelled (was: \(before)).")
        case .reassign:
            return Localized(ru: "— \(when.ru): дежурный изменён: \(before) → \(after).",
                             en: "— \(when.en): person on duty changed: \(before) → \(after).")
        case .swap:
            return Localized(ru: "— \(when.ru): обмен сменами, дежурный: \(before) → \(after).",
                             en: "— \(when.en): shifts swapped, on duty: \(before) → \(after).")
        case .generate:
            return Localized(ru: "— \(when.ru): дежурит \(after).", en: "— \(when.en): on duty: \(after).")
        case .absence:
            return absenceLine(change, directory: directory)
        }
    }

    private static func rotationLines(_ batch: [DutyChange], timeline: OpenTimeline, directory: Directory) -> [Localized] {
        let created = batch.filter { $0.kind == .generate }
        let removed = batch.count - created.count
        var lines: [Localized] = []
        let dates = created.compactMap { $0.start.map(timeline.localDate(of:)) }
        if let first = dates.min(), let last = dates.max() {
            let from = DutyTimeText.date(first), to = DutyTimeText.date(last)
            lines.append(Localized(
                ru: "— Составлен график дежурств на \(from.ru)–\(to.ru) (дежурств: \(created.count)):",
                en: "— A duty rotation was made for \(from.en)–\(to.en) (\(created.count) shifts):"))
            for change in created {
                let when = span(change.start, change.end, timeline)
                let name = directory.name(change.usernameAfter)
                lines.append(Localized(ru: "    \(when.ru) — \(name)", en: "    \(when.en) — \(name)"))
            }
        }
        if removed > 0 {
            lines.append(Localized(ru: "  Прежний график на этот период заменён (отменено дежурств: \(removed)).",
                                   en: "  The previous rotation for this period was replaced (\(removed) shifts cancelled)."))
        }
        return lines
    }

    private static func absenceLine(_ change: DutyChange, directory: Directory) -> Localized {
        let name = directory.name(change.usernameBefore)
        let reason = DutyTimeText.absenceReason(change.note.flatMap(AbsenceReason.init(rawValue:)) ?? .other)
        guard let from = change.fromDate, let to = change.toDate else {
            return Localized(ru: "— \(name): \(reason.ru).", en: "— \(name): \(reason.en).")
        }
        let fromText = DutyTimeText.date(from), toText = DutyTimeText.date(to)
        return Localized(ru: "— \(name): \(reason.ru) с \(fromText.ru) по \(toText.ru) включительно.",
                         en: "— \(name): \(reason.en) from \(fromText.en) to \(toText.en) inclusive.")
    }

    private static func span(_ start: Date?, _ end: Date?, _ timeline: OpenTimeline) -> Localized {
        guard let start, let end else { return Localized(ru: "—", en: "—") }
        return DutyTimeText.span(start, end, on: timeline)
    }
}
