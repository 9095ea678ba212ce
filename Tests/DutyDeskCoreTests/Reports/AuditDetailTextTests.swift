import DutyDeskCore
import Foundation
import Testing

/// `audit log` shows detail values the way people read them: local times, words in the
/// session's language; anything else unchanged.
struct AuditDetailTextTests {
    let moscow = TimeZone(identifier: "Europe/Moscow")!

    @Test func epochSecondsAndUTCInstantsBecomeLocalTimes() {
        #expect(AuditDetailText.value(key: "ends_at", "1794333600", zone: moscow, language: .ru) == "2026-11-10 21:00")
        #expect(AuditDetailText.value(key: "starts_at_before", "1794301200", zone: moscow, language: .en) == "2026-11-10 12:00")
        #expect(AuditDetailText.value(key: "until", "2026-11-17T12:00:00Z", zone: moscow, language: .ru) == "2026-11-17 15:00")
        // A number under another key is a number.
        #expect(AuditDetailText.value(key: "user_id", "266901473", zone: moscow, language: .ru) == "266901473")
    }

    @Test func blockWordsFollowTheLanguage() {
        #expect(AuditDetailText.value(key: "term", "1 week", zone: moscow, language: .ru) == "1 неделя")
        #expect(AuditDetailText.value(key: "term", "3 days", zone: moscow, language: .ru) == "3 дня")
        #expect(AuditDetailText.value(key: "term", "3 days", zone: moscow, language: .en) == "3 days")
        #expect(AuditDetailText.value(key: "term", "permanent", zone: moscow, language: .ru) == "навсегда")
        #expect(AuditDetailText.value(key: "term", "through 2026-12-01", zone: moscow, language: .ru) == "по 2026-12-01 включительно")
        #expect(AuditDetailText.value(key: "term", "until 2026-12-01T15:00:00Z", zone: moscow, language: .ru) == "до 2026-12-01 18:00")
        #expect(AuditDetailText.value(key: "until", "permanent", zone: moscow, language: .ru) == "навсегда")
        #expect(AuditDetailText.value(key: "reason", "offtopic", zone: moscow, language: .ru) == "не по теме")
        #expect(AuditDetailText.value(key: "mark", "complaint", zone: moscow, language: .en) == ItemMark.complaint.label.en)
        // A free-text reason stays as written.
        #expect(AuditDetailText.value(key: "reason", "Читатель ответил сам", zone: moscow, language: .en) == "Читатель ответил сам")
    }
}
