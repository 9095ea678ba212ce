import DutyDeskCore
@testable import DutyDeskStore
@testable import DutyDeskTUI
import Foundation
import GRDB
import Testing

/// The replies feature through the runtime on a real temporary demo database: `r`, the picker,
/// the composer, drafts in SQLite, sending into the outbox, and the outbox panel.
@Suite struct RepliesRuntimeTests {
    static let now = ISO8601DateFormatter().date(from: "2026-12-01T11:30:00Z")!

    let database: DutyDeskDatabase
    let demo: Operator

    init() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("tui-replies-\(UUID().uuidString).sqlite").path
        database = try DutyDeskDatabase.open(path: path)
        _ = try DemoSeeder.seed(database, now: Self.now, actor: "tester")
        demo = try database.reader.read { try OperatorDirectory.find($0, username: "demo")! }
    }

    func runtime(as staff: Operator?, username: String = "demo") throws -> AppRuntime {
        let session = Session(username: username, staff: staff, language: .ru, clockIsFixed: true,
                              localClock: LocalClock(timeZone: TimeZone(identifier: "Europe/Moscow")!))
        var state = AppState(size: ScreenSize(width: 100, height: 30), session: session, now: Self.now)
        state.replies.templates = RepliesScene.templates
        let runtime = AppRuntime.inline(state: state,
                                        backend: try DatabaseBackend(database: database, staff: staff, watchChanges: false),
                                        allowsWrites: true)
        runtime.start()
        return runtime
    }



    /// Moves the inbox selection onto the first open item of that kind on cbs-vk.
    func select(_ kind: ItemKind, in runtime: AppRuntime) throws -> Int64 {
        let target = try #require((0..<runtime.state.list.count).compactMap { runtime.state.list.item(at: $0) }
            .first { $0.pageID == "cbs-vk" && $0.kind == kind && $0.status == .open })
        try press(runtime, "g")
        while runtime.state.list.selectedItem?.id != target.id { try press(runtime, "j") }
        return target.id
    }

    func draft(_ itemID: Int64) throws -> DraftRecord? {
        try database.reader.read { try DraftStore.load($0, itemID: itemID) }
    }

    @Test func aTemplateReplyGoesFromRToTheOutboxAndTheClipboard() throws {
        let runtime = try runtime(as: demo)
        let itemID = try select(.message, in: runtime)
        try press(runtime, "r")
        #expect(runtime.state.replies.picker?.item.itemID == itemID)
        type(runtime, "продление выполнено")
        try press(runtime, "Enter")
        type(runtime, "Война и мир")
        #expect(try draft(itemID)?.text.contains("«Война и мир»") == true)
        #expect(try draft(itemID)?.templateIDs == ["renewal-done"])
        try press(runtime, "F2")
        #expect(runtime.state.replies.composer?.question != nil)
        try press(runtime, "y")
        #expect(runtime.state.replies.composer == nil)

        let entries = try database.reader.read { try OutboxQuery.entries($0) }
        let entry = try #require(entries.first { $0.itemID == itemID })
        #expect(entry.status == .pending)
        #expect(entry.templateIDs == ["renewal-done"])
        // Typing over a field is filling it, not editing the approved wording (6.8).
        #expect(!entry.edited)
        #expect(!entry.freeForm)
        #expect(entry.createdBy == "demo")
        #expect(try draft(itemID) == nil)
        let status = try database.reader.read { try String.fetchOne($0, sql: "SELECT status FROM items WHERE id = ?", arguments: [itemID]) }
        #expect(status == "answered")
        let requests = runtime.takeTerminalRequests()
        #expect(requests.count == 1)
        if case .copyToClipboard(let text)? = requests.first { #expect(text == entry.text) } else { Issue.record("no clipboard copy") }
    }

    @Test func theDraftComesBackWhenTheItemIsRepliedToAgain() throws {
        let first = try runtime(as: demo)
        let itemID = try select(.comment, in: first)
        try press(first, "r C-n")
        type(first, "Черновик 👨‍👩‍👧 ответа")
        try press(first, "Escape")
        #expect(first.state.replies.composer == nil)
        #expect(try draft(itemID)?.text == "Черновик 👨‍👩‍👧 ответа")

        // A new process: the draft is in the database, not in memory.
        let second = try runtime(as: demo)
        _ = try select(.comment, in: second)
        try press(second, "r")
        #expect(second.state.replies.picker == nil)
        #expect(second.state.replies.composer?.text.text == "Черновик 👨‍👩‍👧 ответа")
    }

    @Test func aColleaguesDraftIsTakenOverOnlyAfterAYes() throws {
        let gromov = try database.reader.read { try OperatorDirectory.find($0, username: "orlova")! }
        let mine = try runtime(as: demo)
        let itemID = try select(.comment, in: mine)
        try press(mine, "r C-n")
        type(mine, "Мой текст")
        let colleague = try runtime(as: gromov, username: "orlova")
        _ = try select(.comment, in: colleague)
        try press(colleague, "r")
        #expect(colleague.state.replies.composer?.question == .takeOver(username: "demo"))
        type(colleague, "x")
        #expect(try draft(itemID)?.username == "demo")
        try press(colleague, "y")
        type(colleague, "!")
        #expect(try draft(itemID)?.username == "orlova")
        #expect(try draft(itemID)?.text == "Мой текст!")
    }

    @Test func aUserWhoMayNotReplyIsToldWhy() throws {
        let runtime = try runtime(as: nil, username: "guest")
        _ = try select(.message, in: runtime)
        try press(runtime, "r")
        #expect(runtime.state.replies.picker == nil)
        #expect(runtime.state.replies.composer == nil)
        #expect(runtime.state.notice?.role == .error)
    }

    @Test func theOutboxPanelListsRepliesMarksThemPostedAndCopiesAgain() throws {
        let runtime = try runtime(as: demo)
        _ = try select(.message, in: runtime)
        try press(runtime, "r C-n")
        type(runtime, "Здравствуйте! Книга ждёт Вас.")
        try press(runtime, "F2")
        _ = runtime.takeTerminalRequests()
        try press(runtime, "2")
        let entry = try #require(runtime.state.replies.outbox.entries.first)
        #expect(entry.status == .pending)
        #expect(entry.freeForm)
        var screen = ScreenView.render(runtime.state).plainText
        #expect(screen.contains("#\(entry.id)"))
        #expect(screen.contains("ждёт"))
        #expect(screen.contains("своими словами"))
        try press(runtime, "p")
        #expect(runtime.state.replies.outbox.entries.first?.status == .sent)
        screen = ScreenView.render(runtime.state).plainText
        #expect(screen.contains("опубл."))
        try press(runtime, "c")
        if case .copyToClipboard(let text)? = runtime.takeTerminalRequests().first {
            #expect(text == "Здравствуйте! Книга ждёт Вас.")
        } else {
            Issue.record("no clipboard copy")
        }
    }

    @Test func ctrlEHandsTheTextToTheTerminalLoopAndTheEditedTextComesBack() throws {
        let runtime = try runtime(as: demo)
        let itemID = try select(.message, in: runtime)
        try press(runtime, "r C-n")
        type(runtime, "Первая строка")
        try press(runtime, "C-e")
        guard case .editText(let text, let then)? = runtime.takeTerminalRequests().first else {
            Issue.record("no editor request")
            return
        }
        #expect(text == "Первая строка")
        runtime.send(then("Первая строка\nВторая строка"))
        #expect(runtime.state.replies.composer?.text.text == "Первая строка\nВторая строка")
        #expect(try draft(itemID)?.text == "Первая строка\nВторая строка")
        // An editor that failed changes nothing and says so.
        runtime.send(then(nil))
        #expect(runtime.state.replies.composer?.text.text == "Первая строка\nВторая строка")
        #expect(runtime.state.replies.composer?.problem != nil)
    }
}
