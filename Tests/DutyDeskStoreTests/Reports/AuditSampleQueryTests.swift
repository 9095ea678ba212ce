import DutyDeskCore
import Foundation
import Testing
@testable import DutyDeskStore

/// The audit sample on `ReportDataset`: answered requests of the quarter, reproducible by seed.
@Suite struct AuditSampleQueryTests {
    let fixture: ReportFixture
    let now: Date

    init() throws {
        fixture = try ReportFixture()
        try ReportDataset.fill(fixture)
        now = fixture.date("2026-11-19 12:00")
    }

    func sample(seed: UInt64, perPage: Int = 2) throws -> AuditSample {
        try fixture.database.reader.read {
            try AuditSampleQuery.sample($0, quarter: ReportDataset.quarter, perPage: perPage, seed: seed, now: now)
        }
    }

    @Test func thePopulationIsTheQuartersAnsweredRequests() throws {
        let all = try sample(seed: 1, perPage: 100)
        // p1: items 1, 2 (both clocks), 7, 11 answered; 5 is not. p2: only item 10.
        #expect(all.pages.map(\.population) == [5, 1])
        #expect(all.pages[0].entries.count == 5)
        #expect(all.pages[1].entries.map(\.responseSeconds) == [1800])
    }

    @Test func theSameSeedPicksTheSameAndOthersVary() throws {
        let first = try sample(seed: 2026)
        #expect(try sample(seed: 2026) == first)
        #expect(first.pages[0].entries.count == 2)
        #expect(first.pages[1].entries.count == 1)
        // Ten choose… 5 choose 2 = 10 possible samples on p1: twenty seeds give more than one.
        let samples = Set(try (UInt64(1)...20).map { try sample(seed: $0).pages[0].entries.map(\.arrival) })
        #expect(samples.count > 1)
    }

    @Test func anEntryCarriesTheTextsTheTemplateAndTheTime() throws {
        let all = try sample(seed: 1, perPage: 100)
        let entries = all.pages[0].entries
        // Item 2's second request: two reader messages before the reply made outside dutydesk.
        let late = try #require(entries.first { $0.arrival == fixture.at("2026-11-16 13:00") })
        #expect(late.incomingText == "А в субботу?\nИ детей можно?")
        #expect(late.replyText == "Да, и детей тоже.")
        #expect(late.origin == .outsideDutyDesk && late.administrator == nil && late.templateIDs.isEmpty)
        #expect(late.responseSeconds == 64_800)
        #expect(late.standing == .answeredLate)
        let renewal = try #require(entries.first { $0.arrival == fixture.at("2026-11-09 15:00") })
        #expect(renewal.templateIDs == ["renewal-done"] && renewal.origin == .template && renewal.administrator == "ivanova")
        // Named from the staff list, as the quarterly report names administrators.
        #expect(renewal.administratorName == "Иванова Анна" && late.administratorName == nil)
        #expect(renewal.incomingText == "Продлите, пожалуйста, книги.")
        let edited = try #require(entries.first { $0.arrival == fixture.at("2026-11-10 10:00") })
        #expect(edited.origin == .editedTemplate && edited.templateIDs == ["gratitude"])
        // Entries are listed by arrival.
        #expect(entries.map(\.arrival) == entries.map(\.arrival).sorted())
    }
}
