import Foundation
import Testing
@testable import DutyDeskCore

/// The .ics export read back by an independent reader, and the RFC 5545 details checked.
struct ICalendarWriterTests {
    let stamp = Date(timeIntervalSince1970: 1_794_000_000)

    func event(_ id: Int, summary: String, description: String? = nil) -> ICalendarEvent {
        let start = Date(timeIntervalSince1970: 1_794_300_000 + Double(id) * 86_400)
        return ICalendarEvent(uid: "dutydesk-shift-\(id)@dutydesk", start: start, end: start.addingTimeInterval(5 * 3600),
                              summary: summary, description: description, url: "https://vk.com/club210000001",
                              sequence: id)
    }

    @Test func readsBackEveryEventWithItsTimesAndTexts() throws {
        let tricky = "Дежурство; ЦБС, страница \\ «ВКонтакте»\nвторая строка"
        let events = [event(1, summary: "Дежурство: ЦБС — ВКонтакте"), event(2, summary: tricky, description: tricky)]
        let text = ICalendarWriter.calendar(name: "Дежурства, Громов", events: events, stamp: stamp)
        let read = try ICalendarReader(text)
        #expect(read.calendar["VERSION"] == "2.0")
        #expect(read.calendar["PRODID"] == ICalendarWriter.productID)
        #expect(read.calendar["X-WR-CALNAME"] == "Дежурства, Громов")
        #expect(read.events.count == 2)
        for (written, back) in zip(events, read.events) {
            #expect(back.uid == written.uid)
            #expect(back.start == written.start)
            #expect(back.end == written.end)
            #expect(back.summary == written.summary)
            #expect(back.description == written.description)
            #expect(back.properties["DTSTAMP"] == "20261106T212000Z")
            #expect(back.properties["SEQUENCE"] == String(written.sequence))
        }
    }

    @Test func everyLineEndsInCRLFAndFitsIn75Octets() {
        let long = String(repeating: "Дежурство администратора страницы ", count: 8)
        let text = ICalendarWriter.calendar(name: "x", events: [event(1, summary: long, description: long)], stamp: stamp)
        #expect(text.hasSuffix("\r\n"))
        let lines = text.components(separatedBy: "\r\n").dropLast()
        #expect(lines.allSatisfy { $0.utf8.count <= 75 }, "\(lines.map { $0.utf8.count }.max() ?? 0) octets")
        #expect(lines.contains { $0.hasPrefix(" ") }, "the long summary was folded")
        // Folding never cuts a UTF-8 sequence: every physical line, as bytes, is valid UTF-8 alone.
        let bytes = Array(text.utf8)
        var start = 0
        for index in bytes.indices.dropLast() where bytes[index] == 13 && bytes[index + 1] == 10 {
            #expect(String(validating: bytes[start..<index], as: UTF8.self) != nil)
            start = index + 2
        }
    }

    @Test func escapesTextAsTheRFCSays() {
        #expect(ICalendarWriter.escape("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne")
    }

    @Test func foldsAtExactly75Octets() {
        let line = String(repeating: "a", count: 80)
        #expect(ICalendarWriter.fold(line) == String(repeating: "a", count: 75) + "\r\n " + "aaaaa\r\n")
        #expect(ICalendarWriter.fold(String(repeating: "b", count: 75)) == String(repeating: "b", count: 75) + "\r\n")
        // A two-octet letter that would straddle octet 75 moves to the next line whole.
        let folded = ICalendarWriter.fold(String(repeating: "a", count: 74) + "ж")
        #expect(folded == String(repeating: "a", count: 74) + "\r\n ж\r\n")
    }

    @Test func timesAreUTCWithZ() {
        #expect(ICalendarWriter.utc(Date(timeIntervalSince1970: 0)) == "19700101T000000Z")
    }

    @Test func aStoredShiftsUIDIsItsId() {
        let shift = Shift(id: 42, pageID: "p", username: "u", start: stamp, end: stamp.addingTimeInterval(60))
        #expect(ICalendarEvent.uid(for: shift) == "dutydesk-shift-42@dutydesk")
    }
}
