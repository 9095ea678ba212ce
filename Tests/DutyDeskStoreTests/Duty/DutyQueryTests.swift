import DutyDeskCore
import Foundation
import Testing
@testable import DutyDeskStore

/// What the panels and the header read: now/next, the week, gaps, the notice, the .ics.
struct DutyQueryTests {
    @Test func everyPageHasSomeoneOnDutyNowInTheDemoWeek() throws {
        try DutyStoreFixture.with { f in
            // Tuesday 12:30 in Moscow: every demo department is open.
            let statuses = try f.database.reader.read { try DutyQuery.statuses($0, at: f.now) }
            #expect(statuses.map(\.pageID) == ["cbs-vk", "crb-tg", "okhta-vk", "raduga-vk", "semya-vk"])
            for status in statuses {
                #expect(status.isOpen && status.onDuty.count == 1 && !status.isUncovered, "\(status.pageID)")
                #expect(status.next != nil)
            }
        }
    }

    @Test func deletingTheCurrentShiftRaisesTheHeaderWarning() throws {
        try DutyStoreFixture.with { f in
            let current = try #require(try f.database.reader.read { try DutyQuery.status($0, pageID: "okhta-vk", at: f.now) }.onDuty.first)
            try f.actions(as: "belova").delete(shiftID: current.id!)
            let status = try f.database.reader.read { try DutyQuery.status($0, pageID: "okhta-vk", at: f.now) }
            #expect(status.isUncovered && status.currentGap?.end == f.local("2026-11-10 14:00"))
        }
    }

    @Test func theWeekViewMarksTodayAndShowsAbsences() throws {
        try DutyStoreFixture.with { f in
            let week = try f.database.reader.read { try DutyQuery.week($0, pageID: "okhta-vk", now: f.now) }
            #expect(week.monday == LocalDate(iso: "2026-11-09"))
            #expect(week.days.filter(\.isToday).map(\.date) == [LocalDate(iso: "2026-11-10")!])
            #expect(week.days.allSatisfy { $0.gaps.isEmpty })
            // belova's vacation (2026-12-14 … 12-27) shows in that week.
            let december = try f.database.reader.read {
                try DutyQuery.week($0, pageID: "okhta-vk", containing: LocalDate(iso: "2026-12-15"), now: f.now)
            }
            #expect(december.days.allSatisfy { $0.absent.contains { $0.username == "belova" && $0.reason == .vacation } })
            #expect(december.days.contains { !$0.gaps.isEmpty }, "nothing is scheduled in December yet")
        }
    }

    @Test func theNoticeIsRussianAndNamesTheChange() throws {
        try DutyStoreFixture.with { f in
            let morning = try f.shift("okhta-vk", at: "2026-11-11 11:00")
            let evening = try f.shift("okhta-vk", at: "2026-11-11 15:00")
            try f.actions(as: "belova").swap(morning.id!, evening.id!)
            let notice = try f.database.reader.read { try DutyNoticeQuery.notice($0, since: LocalDate(iso: "2026-11-10")!) }
            #expect(notice.ru.contains("Библиотека «Охтинская» — ВКонтакте (okhta-vk)"))
            #expect(notice.ru.contains("— 11.11.2026 (ср) 11:00–14:00: обмен сменами, дежурный:"))
            #expect(notice.ru.contains("Кто внёс изменения: Белова Ирина."))
            let later = try f.database.reader.read { try DutyNoticeQuery.notice($0, since: LocalDate(iso: "2026-11-11")!) }
            #expect(later.ru.contains("изменений в графике дежурств не было"))
            let otherPage = try f.database.reader.read {
                try DutyNoticeQuery.notice($0, since: LocalDate(iso: "2026-11-10")!, pageID: "cbs-vk")
            }
            #expect(!otherPage.ru.contains("okhta-vk"))
        }
    }

    @Test func icsPerPersonHasTheirShiftsOnEveryPage() throws {
        try DutyStoreFixture.with { f in
            let own = try f.shifts(username: "demo")
            #expect(Set(own.map(\.pageID)) == ["cbs-vk", "okhta-vk"])
            let text = try f.database.reader.read {
                try DutyCalendarExport.ics($0, for: .person("demo"), stamp: f.now, language: .ru)
            }
            #expect(text.components(separatedBy: "BEGIN:VEVENT").count - 1 == own.count)
            for shift in own { #expect(text.contains("UID:dutydesk-shift-\(shift.id!)@dutydesk\r\n")) }
            #expect(text.contains("X-WR-CALNAME:Дежурства: Демидова Ксения\r\n"))
            #expect(throws: ShiftProblem.unknownPerson(username: "nobody")) {
                try f.database.reader.read { try DutyCalendarExport.ics($0, for: .person("nobody"), stamp: f.now, language: .ru) }
            }
        }
    }
}
