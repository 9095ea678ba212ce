import Foundation
import Testing
@testable import DutyDeskCore

/// Context values from a department calendar, Moscow time: Tue–Sat 11–14 and 15–19 (a lunch
/// break), last Thursday of the month sanitary, official holidays.
struct ReplyContextTests {
    let timeline: OpenTimeline = {
        let lunch = [try! OpenInterval(text: "11:00-14:00"), try! OpenInterval(text: "15:00-19:00")]
        let hours = Dictionary(uniqueKeysWithValues: [Weekday.tue, .wed, .thu, .fri, .sat].map { ($0, lunch) })
        return try! OpenTimeline(calendar: WorkingCalendar(weeklyHours: hours, sanitaryDay: .lastWeekday(.thu)))
    }()

    func at(_ iso: String) -> Date { ISO8601DateFormatter().date(from: iso)! }

    func context(_ iso: String, reader: String = "Анна Петрова") -> ReplyContext {
        ReplyContext.make(.init(readerName: reader, pageName: "Библиотека — ВКонтакте", pageURL: "https://vk.com/club1",
                                departmentName: "Библиотека «Охтинская»"), timeline: timeline, now: at(iso))
    }

    @Test func namesAndPage() {
        let values = context("2026-11-10T09:00:00Z")
        #expect(values[.readerFirstName] == "Анна")
        #expect(values[.readerName] == "Анна Петрова")
        #expect(values[.pageURL] == "https://vk.com/club1")
        #expect(values[.departmentName] == "Библиотека «Охтинская»")
        #expect(values[.today] == "10 ноября")
    }

    @Test func hoursTodayNamesTheBreakAndTheReasonForClosing() {
        #expect(context("2026-11-10T09:00:00Z")[.departmentHoursToday] == "11:00–14:00 и 15:00–19:00")
        #expect(context("2026-11-09T09:00:00Z")[.departmentHoursToday] == "библиотека закрыта (выходной день)")
        #expect(context("2026-11-04T09:00:00Z")[.departmentHoursToday] == "библиотека закрыта (праздничный день)")
        #expect(context("2026-11-26T09:00:00Z")[.departmentHoursToday] == "библиотека закрыта (санитарный день)")
        #expect(context("2026-11-03T09:00:00Z")[.departmentHoursToday]
                == "11:00–14:00 и 15:00–18:00 (предпраздничный день, на час короче)")
    }

    @Test func nextOpeningSaysTodayTomorrowOrTheWeekday() {
        // Tue 10 Nov 12:00 Moscow, open: next opening is after lunch, today.
        #expect(context("2026-11-10T09:00:00Z")[.departmentNextOpen] == "сегодня в 15:00")
        // Tue 20:00: Wednesday 11:00.
        #expect(context("2026-11-10T17:00:00Z")[.departmentNextOpen] == "завтра, 11 ноября, в 11:00")
        // Sun 8 Nov: Monday closed, so Tuesday.
        #expect(context("2026-11-08T09:00:00Z")[.departmentNextOpen] == "во вторник, 10 ноября, в 11:00")
    }

    @Test func weekAndSanitaryDay() {
        let values = context("2026-11-10T09:00:00Z")
        #expect(values[.departmentHoursWeek] == "пн — выходной; вт–сб 11:00–14:00 и 15:00–19:00; вс — выходной")
        #expect(values[.departmentSanitaryDay] == "последний четверг месяца")
    }

    @Test func readerNamesLoseControlCharactersAndEmptyOnesAreMissing() {
        #expect(context("2026-11-10T09:00:00Z", reader: "\u{1B}]0;x\u{07}Иван\u{202E} Иванов")[.readerFirstName] == "]0;xИван")
        #expect(context("2026-11-10T09:00:00Z", reader: "  ")[.readerFirstName] == nil)
        let bare = ReplyContext.make(.init(readerName: "", pageName: "", pageURL: "", departmentName: ""),
                                     timeline: nil, now: at("2026-11-10T09:00:00Z"))
        #expect(bare.values.isEmpty)
    }

    @Test func aCalendarThatNeverOpensHasNoNextOpening() throws {
        let never = try OpenTimeline(calendar: WorkingCalendar(weeklyHours: [:], holidays: .none))
        let values = ReplyContext.make(.init(readerName: "А", pageName: "", pageURL: "", departmentName: ""),
                                       timeline: never, now: at("2026-11-10T09:00:00Z"))
        #expect(values[.departmentNextOpen] == nil)
        #expect(values[.departmentSanitaryDay] == nil)
    }
}
