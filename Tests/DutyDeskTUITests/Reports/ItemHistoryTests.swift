import DutyDeskCore
@testable import DutyDeskStore
@testable import DutyDeskTUI
import Foundation
import Testing

/// `h`: an item's history from the audit log, on a real database after real actions.
@Suite struct ItemHistoryTests {
    let fixture: ReportsTUIFixture

    init() throws {
        fixture = try ReportsTUIFixture()
    }


    func lines(_ runtime: AppRuntime) -> [String] {
        ScreenView.render(runtime.state).plainText.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    func row(_ lines: [String], _ text: String) -> Int? { lines.firstIndex { $0.contains(text) } }

    @Test func listsTheReadTheReplyAndTheCloseInOrder() throws {
        defer { fixture.remove() }
        let item = try fixture.message("Q", .incoming, at: "2026-11-19 11:00")
        let who = ReportsTUIFixture.coordinatorOfP1
        let runtime = try fixture.runtime(who)
        // Opening the item marks it read (3.4), through the runtime.
        try press(runtime, "Enter")
        #expect(runtime.state.detail?.itemID == item)
        // A free-text reply through the Store, then the reader writes again, then a close.
        let catalog = TemplateCatalog(folder: "", library: TemplateLibrary([]), rules: ReplyRules([]), problems: [])
        _ = try ReplyActions(database: fixture.database, actor: who, now: fixture.date("2026-11-19 12:05"), catalog: catalog)
            .send(ReplyRequest(itemID: item, text: "Здравствуйте! Да, можно."))
        try fixture.message("Q", .incoming, at: "2026-11-19 12:10")
        try ModerationActions(database: fixture.database, actor: who, now: fixture.date("2026-11-19 12:15"))
            .closeItem(itemID: item, reason: "Спасибо, вопрос решён")

        try press(runtime, "h")
        let history = try #require(runtime.state.reports.history?.history)
        #expect(history.entries.map(\.action) == ["item.read", "reply", "item.close"])
        let screen = lines(runtime)
        #expect(screen.contains { $0.contains("История обращения #\(item)") })
        let read = try #require(row(screen, "чт 19.11.2026 12:00  Иванова А. (ivanova)  прочтение (п. 3.4)"))
        let reply = try #require(row(screen, "чт 19.11.2026 12:05  Иванова А. (ivanova)  ответ свободным текстом"))
        let close = try #require(row(screen, "закрыто без ответа: Спасибо, вопрос решён"))
        #expect(read < reply && reply < close)
        // Esc closes the history and leaves the item open.
        try press(runtime, "Escape")
        #expect(runtime.state.reports.history == nil)
        #expect(runtime.state.detail?.itemID == item)
    }

    @Test func opensFromTheSelectedRowOfTheList() throws {
        defer { fixture.remove() }
        let item = try fixture.message("R", .incoming, at: "2026-11-19 11:00")
        let runtime = try fixture.runtime(ReportsTUIFixture.coordinatorOfP1)
        try press(runtime, "Enter Escape")
        #expect(runtime.state.detail == nil)
        try press(runtime, "h")
        #expect(runtime.state.reports.history?.itemID == item)
        #expect(runtime.state.reports.history?.history?.entries.map(\.action) == ["item.read"])
        // The keys are the modal's now: j scrolls it, not the list.
        let selected = runtime.state.list.selected
        try press(runtime, "j h")
        #expect(runtime.state.list.selected == selected)
        #expect(runtime.state.reports.history == nil)
    }

    @Test func anEntryWrittenWhileTheHistoryIsOpenAppears() throws {
        defer { fixture.remove() }
        let item = try fixture.message("T", .incoming, at: "2026-11-19 11:00")
        let who = ReportsTUIFixture.coordinatorOfP1
        let runtime = try fixture.runtime(who)
        try press(runtime, "Enter h")
        #expect(runtime.state.reports.history?.history?.entries.count == 1)
        try ModerationActions(database: fixture.database, actor: who, now: fixture.date("2026-11-19 12:01"))
            .setMark(.complaint, on: true, itemID: item)
        runtime.send(.databaseChanged)
        #expect(runtime.state.reports.history?.history?.entries.map(\.action) == ["item.read", "item.mark"])
        #expect(lines(runtime).contains { $0.contains("отмечено: жалоба") })
    }

    @Test func someoneWithoutARoleOnThePageIsToldWhy() throws {
        defer { fixture.remove() }
        _ = try fixture.message("S", page: "p2", .incoming, at: "2026-11-19 11:00")
        let outsider = Operator(username: "petrov", name: "Петров Пётр", roles: ["p1": .admin])
        let runtime = try fixture.runtime(outsider)
        try press(runtime, "h")
        #expect(runtime.state.reports.history == nil)
        #expect(runtime.state.notice != nil)
    }

    @Test func everyKindOfActionReadsAsAPhrase() {
        let entries: [(AuditEntry, String)] = [
            (AuditEntry(at: 0, actor: "a", action: "reply", details: ["free_form": "false", "templates": "renewal-done",
                                                                     "edited": "true", "outbox_id": "7"]),
             "ответ по шаблону renewal-done (шаблон изменён), исходящий № 7"),
            (AuditEntry(at: 0, actor: "a", action: "comment.delete", details: ["reason": "spam"]),
             "комментарий удалён (п. 6.7): спам (любая посторонняя информация)"),
            (AuditEntry(at: 0, actor: "a", action: "item.mark", details: ["mark": "complaint"]), "отмечено: жалоба"),
            (AuditEntry(at: 0, actor: "a", action: "item.escalate", details: ["again": "1", "to": "head@example.org"]),
             "передано руководителю повторно (п. 3.7), head@example.org"),
            (AuditEntry(at: 0, actor: "a", action: "block", details: ["reason": "offtopic", "term": "1 week",
                                                                     "until": "2026-11-17T12:00:00Z"]),
             "автор заблокирован (п. 6.7): не по теме, 1 неделя"),
            (AuditEntry(at: 0, actor: "a", action: "unblock", details: ["note": "извинился"]), "блокировка автора снята: извинился"),
            (AuditEntry(at: 0, actor: "a", action: "something.new", details: ["x": "\u{1B}[2Jy"]), "something.new x=␛[2Jy"),
        ]
        for (entry, phrase) in entries {
            #expect(AuditEntryPhrase.text(entry, .ru) == phrase)
        }
    }
}
