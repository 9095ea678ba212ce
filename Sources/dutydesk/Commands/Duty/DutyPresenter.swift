import DutyDeskCore
import DutyDeskStore
import Foundation
import GRDB

/// Names, pages and zones the duty commands show shifts with, read once per command.
struct DutyPresenter {
    let names: [String: String]
    let calendars: [String: PageCalendar]
    let language: Language

    init(_ db: Database, language: Language) throws {
        names = try DutyQuery.names(db)
        calendars = try PageCalendars.loadAll(db)
        self.language = language
    }

    func name(_ username: String) -> String { names[username] ?? username }

    func timeline(_ pageID: String) -> OpenTimeline? { calendars[pageID]?.timeline }

    /// "#14 cbs-vk 10.11.2026 (вт) 10:00–15:30 Громов Павел"
    func line(_ shift: Shift) -> String {
        let id = shift.id.map { "#\($0) " } ?? ""
        let when = timeline(shift.pageID).map { DutyTimeText.span(shift, on: $0).text(language) }
            ?? "\(ISOInstant.utc(shift.start))–\(ISOInstant.utc(shift.end))"
        return "\(id)\(shift.pageID) \(when) \(name(shift.username))"
    }

    /// The stable JSON shape of a shift.
    func json(_ shift: Shift) -> [String: Any] {
        var object: [String: Any] = [
            "id": shift.id.map { $0 as Any } ?? NSNull(),
            "page": shift.pageID,
            "username": shift.username,
            "name": name(shift.username),
            "starts_at": ISOInstant.utc(shift.start),
            "ends_at": ISOInstant.utc(shift.end),
            "origin": shift.origin.rawValue,
        ]
        if let timeline = timeline(shift.pageID) {
            object["starts_local"] = ISOInstant.local(shift.start, in: timeline.timeZone)
            object["ends_local"] = ISOInstant.local(shift.end, in: timeline.timeZone)
            object["open_seconds"] = Int(shift.openTime(on: timeline))
        }
        return object
    }

    func json(_ gap: CoverageGap) -> [String: Any] {
        var object: [String: Any] = ["page": gap.pageID, "starts_at": ISOInstant.utc(gap.start),
                                     "ends_at": ISOInstant.utc(gap.end), "seconds": Int(gap.duration)]
        if let timeline = timeline(gap.pageID) {
            object["starts_local"] = ISOInstant.local(gap.start, in: timeline.timeZone)
            object["ends_local"] = ISOInstant.local(gap.end, in: timeline.timeZone)
        }
        return object
    }

    /// "cbs-vk 10.11.2026 (вт) 12:00–13:00"
    func line(_ gap: CoverageGap) -> String {
        let when = timeline(gap.pageID).map { DutyTimeText.span(gap.start, gap.end, on: $0).text(language) }
            ?? "\(ISOInstant.utc(gap.start))–\(ISOInstant.utc(gap.end))"
        return "\(gap.pageID) \(when)"
    }
}
