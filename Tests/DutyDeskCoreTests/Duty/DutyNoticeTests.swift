import Foundation
import Testing
@testable import DutyDeskCore

/// The 5.15 mailing text: plain Russian, every kind of change, times in the department's zone.
struct DutyNoticeTests {
    let timeline = CalendarFixtures.timeline(DutyFixtures.plainWeekdays)

    var directory: DutyNotice.Directory {
        DutyNotice.Directory(people: ["gromov": "Громов Павел", "lebedeva": "Лебедева Алина", "demo": "Демидова Ксения",
                                      "belova": "Белова Ирина"],
                             pageNames: ["cbs-vk": "ЦБС — ВКонтакте"], timelines: ["cbs-vk": timeline])
    }

    func at(_ text: String) -> Date { CalendarFixtures.local(text, in: timeline) }

    var changes: [DutyChange] {
        [
            DutyChange(id: 1, at: at("2026-11-09 12:00"), actor: "demo", pageID: "cbs-vk", kind: .reassign, shiftID: 5,
                       usernameBefore: "gromov", usernameAfter: "lebedeva",
                       start: at("2026-11-10 10:00"), end: at("2026-11-10 15:30")),
            DutyChange(id: 2, at: at("2026-11-09 12:05"), actor: "demo", pageID: "cbs-vk", kind: .reschedule, shiftID: 6,
                       usernameBefore: "gromov", usernameAfter: "gromov", start: at("2026-11-11 11:00"),
                       end: at("2026-11-11 16:00"), startBefore: at("2026-11-11 10:00"), endBefore: at("2026-11-11 15:00")),
            DutyChange(id: 3, at: at("2026-11-09 12:10"), actor: "demo", pageID: nil, kind: .absence,
                       usernameBefore: "belova", fromDate: LocalDate(iso: "2026-12-14"), toDate: LocalDate(iso: "2026-12-27"),
                       note: "vacation"),
            DutyChange(id: 4, at: at("2026-11-09 12:20"), actor: "demo", pageID: "cbs-vk", kind: .generate, shiftID: 7,
                       usernameAfter: "gromov", start: at("2026-11-16 10:00"), end: at("2026-11-16 18:00")),
            DutyChange(id: 5, at: at("2026-11-09 12:20"), actor: "demo", pageID: "cbs-vk", kind: .generate, shiftID: 8,
                       usernameAfter: "lebedeva", start: at("2026-11-17 10:00"), end: at("2026-11-17 18:00")),
            DutyChange(id: 6, at: at("2026-11-09 12:30"), actor: "demo", pageID: "cbs-vk", kind: .delete, shiftID: 8,
                       usernameBefore: "lebedeva", start: at("2026-11-17 10:00"), end: at("2026-11-17 18:00")),
        ]
    }

    @Test func russianTextNamesEveryChangePlainly() {
        let text = DutyNotice.render(changes, since: LocalDate(iso: "2026-11-09")!, directory: directory).ru
        #expect(text.hasPrefix("Тема: изменения в графике дежурств администраторов страниц с 09.11.2026\n"))
        #expect(text.contains("(п. 5.15 Регламента)"))
        #expect(text.contains("ЦБС — ВКонтакте (cbs-vk)"))
        #expect(text.contains("— 10.11.2026 (вт) 10:00–15:30: дежурный изменён: Громов Павел → Лебедева Алина."))
        #expect(text.contains("— Громов Павел: дежурство перенесено с 11.11.2026 (ср) 10:00–15:00 на 11.11.2026 (ср) 11:00–16:00."))
        #expect(text.contains("— Составлен график дежурств на 16.11.2026–17.11.2026 (дежурств: 2):"))
        #expect(text.contains("    16.11.2026 (пн) 10:00–18:00 — Громов Павел"))
        #expect(text.contains("— 17.11.2026 (вт) 10:00–18:00: дежурство отменено (было: Лебедева Алина)."))
        #expect(text.contains("Отсутствия\n— Белова Ирина: отпуск с 14.12.2026 по 27.12.2026 включительно."))
        #expect(text.contains("Кто внёс изменения: Демидова Ксения."))
        // Plain text for e-mail: no Latin words but the page id, no markup.
        #expect(!text.contains("*") && !text.contains("#"))
    }

    @Test func englishRenderingHasTheSameContent() {
        let text = DutyNotice.render(changes, since: LocalDate(iso: "2026-11-09")!, directory: directory).en
        #expect(text.contains("— 2026-11-10 (Tue) 10:00–15:30: person on duty changed: Громов Павел → Лебедева Алина."))
        #expect(text.contains("— Белова Ирина: vacation from 2026-12-14 to 2026-12-27 inclusive."))
    }

    @Test func noChangesSaysSo() {
        let text = DutyNotice.render([], since: LocalDate(iso: "2026-11-09")!, directory: directory).ru
        #expect(text.contains("С 09.11.2026 изменений в графике дежурств не было."))
    }

    @Test func aReplacedRotationIsSummarised() {
        let batch = [
            DutyChange(id: 1, at: at("2026-11-09 12:00"), actor: "demo", pageID: "cbs-vk", kind: .delete, shiftID: 1,
                       usernameBefore: "gromov", start: at("2026-11-16 10:00"), end: at("2026-11-16 18:00"),
                       note: DutyChange.regenerated),
            DutyChange(id: 2, at: at("2026-11-09 12:00"), actor: "demo", pageID: "cbs-vk", kind: .generate, shiftID: 2,
                       usernameAfter: "lebedeva", start: at("2026-11-16 10:00"), end: at("2026-11-16 18:00")),
        ]
        let text = DutyNotice.render(batch, since: LocalDate(iso: "2026-11-09")!, directory: directory).ru
        #expect(text.contains("(дежурств: 1):\n    16.11.2026 (пн) 10:00–18:00 — Лебедева Алина\n  Прежний график на этот период заменён (отменено дежурств: 1)."))
    }

    func reschedule(_ id: Int64, _ before: (String, String), _ after: (String, String)) -> DutyChange {
        DutyChange(id: id, at: at("2026-11-09 13:0\(id)"), actor: "demo", pageID: "cbs-vk", kind: .reschedule, shiftID: 6,
                   usernameBefore: "gromov", usernameAfter: "gromov", start: at(after.0), end: at(after.1),
                   startBefore: at(before.0), endBefore: at(before.1))
    }

    @Test func aShiftLengthenedAndShortenedBackIsNoNews() {
        // `+` then `-`: 10:00–15:00 → 15:30 → 15:00.
        let changes = [reschedule(1, ("2026-11-11 10:00", "2026-11-11 15:00"), ("2026-11-11 10:00", "2026-11-11 15:30")),
                       reschedule(2, ("2026-11-11 10:00", "2026-11-11 15:30"), ("2026-11-11 10:00", "2026-11-11 15:00"))]
        let text = DutyNotice.render(changes, since: LocalDate(iso: "2026-11-09")!, directory: directory).ru
        #expect(!text.contains("перенесено"))
        #expect(text.contains("изменений в графике дежурств не было"))
    }

    @Test func consecutiveChangesToOneShiftReadAsOneFromFirstToLast() {
        let changes = [reschedule(1, ("2026-11-11 10:00", "2026-11-11 15:00"), ("2026-11-11 10:00", "2026-11-11 15:30")),
                       reschedule(2, ("2026-11-11 10:00", "2026-11-11 15:30"), ("2026-11-11 10:00", "2026-11-11 16:00")),
                       reschedule(3, ("2026-11-11 10:00", "2026-11-11 16:00"), ("2026-11-12 10:00", "2026-11-12 16:00"))]
        let text = DutyNotice.render(changes, since: LocalDate(iso: "2026-11-09")!, directory: directory).ru
        let moved = text.split(separator: "\n").filter { $0.contains("перенесено") }
        #expect(moved == ["— Громов Павел: дежурство перенесено с 11.11.2026 (ср) 10:00–15:00 на 12.11.2026 (чт) 10:00–16:00."])
    }
}
