import DutyDeskCore
@testable import DutyDeskStore
@testable import DutyDeskTUI
import Foundation
import Testing

/// The composer after review: a request type for free text, the field Tab selected named in
/// words, the whole check message with its next step, and the rules' words instead of ids.
@Suite struct ComposerReviewTests {
    static let forbidden = "Здравствуйте! Ответили Вам в личку, посмотрите, пожалуйста."

    func sendRequest(_ effects: [Effect]) -> ReplyRequest? {
        for effect in effects {
            if case .replies(.send(let request, _)) = effect { return request }
        }
        return nil
    }

    func unclassified(_ text: String, templateIDs: [String] = []) -> AppState {
        var state = RepliesScene.state()
        state.replies.composer = ComposerState(item: RepliesScene.item(.message, category: nil),
                                               text: ComposerText(text), templateIDs: templateIDs)
        return state
    }

    // MARK: 5 — the request type of a free-text reply

    @Test func aFreeTextReplyToAnUnclassifiedItemAsksForItsTypeThenSends() throws {
        var state = unclassified("Здравствуйте! Книга есть в наличии.")
        #expect(sendRequest(try RepliesScene.press("F2", &state)) == nil)
        guard case .category(let choices, 0)? = state.replies.composer?.question else {
            Issue.record("no request type asked")
            return
        }
        #expect(choices.contains(.renewal) && choices.contains(.other))
        let screen = ScreenView.render(state).plainText
        #expect(screen.contains("не указан вид запроса"))
        #expect(screen.contains("▸ " + Words.category(choices[0].rawValue).ru))
        // Letters are not typed into the text while the choice is open.
        _ = RepliesScene.type("x", &state)
        #expect(state.replies.composer?.text.text == "Здравствуйте! Книга есть в наличии.")
        try RepliesScene.press("Down", &state)
        let request = try #require(sendRequest(try RepliesScene.press("Enter", &state)))
        #expect(request.category == choices[1])
        #expect(state.replies.composer?.category == choices[1])
        #expect(ScreenView.render(state).plainText.contains("вид: " + Words.category(choices[1].rawValue).ru))
    }

    @Test func jAndKMoveInTheRequestTypeListLikeTheArrows() throws {
        var state = unclassified("Здравствуйте! Книга есть в наличии.")
        try RepliesScene.press("F2", &state)
        guard case .category(let choices, 0)? = state.replies.composer?.question else {
            Issue.record("no request type asked")
            return
        }
        #expect(choices.count >= 3)
        #expect(ScreenView.render(state).plainText.contains("↑↓/jk — выбор, Enter — отправить, Esc — к тексту"))
        _ = RepliesScene.type("j", &state)
        _ = RepliesScene.type("j", &state)
        guard case .category(_, 2)? = state.replies.composer?.question else {
            Issue.record("j did not move down: \(String(describing: state.replies.composer?.question))")
            return
        }
        _ = RepliesScene.type("k", &state)
        let request = try #require(sendRequest(try RepliesScene.press("Enter", &state)))
        #expect(request.category == choices[1])
        #expect(state.replies.composer?.text.text == "Здравствуйте! Книга есть в наличии.")
        #expect(ScreenView.render(state).plainText.contains("вид: " + Words.category(choices[1].rawValue).ru))
    }

    @Test func escapeLeavesTheChoiceWithoutSending() throws {
        var state = unclassified("Здравствуйте! Книга есть в наличии.")
        try RepliesScene.press("F2", &state)
        #expect(sendRequest(try RepliesScene.press("Escape", &state)) == nil)
        #expect(state.replies.composer?.question == nil)
        #expect(state.replies.composer != nil)
    }

    @Test func theItemsTypeOrTheTemplatesIsUsedWithoutAsking() throws {
        var classified = RepliesScene.composer(.message, text: "Здравствуйте! Книга есть в наличии.")
        let request = try #require(sendRequest(try RepliesScene.press("F2", &classified)))
        // nil: the store records the item's own type.
        #expect(request.category == nil)

        var fromTemplate = unclassified("Здравствуйте! Книга есть в наличии.", templateIDs: ["renewal-done"])
        // A template reply keeps the template's type: sent at once, nothing asked.
        let templated = try #require(sendRequest(try RepliesScene.press("F2", &fromTemplate)))
        #expect(templated.category == nil)
        #expect(fromTemplate.replies.composer?.question == nil)
    }

    @Test func theChosenTypeIsRecordedAndClassifiesTheItem() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("tui-category-\(UUID().uuidString).sqlite").path
        let database = try DutyDeskDatabase.open(path: path)
        let now = ISO8601DateFormatter().date(from: "2026-12-01T11:30:00Z")!
        _ = try DemoSeeder.seed(database, now: now, actor: "tester")
        let demo = try database.reader.read { try OperatorDirectory.find($0, username: "demo")! }
        let itemID = try #require(try database.reader.read { db in
            try Int64.fetchOne(db, sql: """
                SELECT id FROM items WHERE page_id = 'cbs-vk' AND kind = 'message' AND status = 'open' ORDER BY id LIMIT 1
                """)
        })
        try database.writer.write { try $0.execute(sql: "UPDATE items SET category = NULL WHERE id = ?", arguments: [itemID]) }
        let session = Session(username: "demo", staff: demo, language: .ru, clockIsFixed: true,
                              localClock: LocalClock(timeZone: TimeZone(identifier: "Europe/Moscow")!))
        var state = AppState(size: ScreenSize(width: 100, height: 30), session: session, now: now)
        state.replies.templates = RepliesScene.templates
        let runtime = AppRuntime.inline(state: state,
                                        backend: try DatabaseBackend(database: database, staff: demo, watchChanges: false),
                                        allowsWrites: true)
        runtime.start()
        for key in try KeyNotation.parse("g") { runtime.send(.key(key)) }
        while runtime.state.list.selectedItem?.id != itemID {
            let before = runtime.state.list.selectedItem?.id
            for key in try KeyNotation.parse("j") { runtime.send(.key(key)) }
            try #require(runtime.state.list.selectedItem?.id != before)
        }
        for key in try KeyNotation.parse("r") { runtime.send(.key(key)) }
        #expect(runtime.state.replies.picker?.item.category == nil)
        #expect(runtime.state.replies.picker?.item.recent.last?.direction == .incoming)
        for key in try KeyNotation.parse("C-n") { runtime.send(.key(key)) }
        for character in "Здравствуйте! Книга есть в наличии." { runtime.send(.key(.character(character))) }
        for key in try KeyNotation.parse("F2 Enter") { runtime.send(.key(key)) }
        #expect(runtime.state.replies.composer == nil)
        let entry = try #require(try database.reader.read { try OutboxQuery.entries($0) }.first { $0.itemID == itemID })
        let first = try #require(ComposerUpdate.categoryChoices(RepliesScene.templates.catalog).first)
        #expect(entry.category == first)
        #expect(entry.freeForm)
        let category = try database.reader.read { try String.fetchOne($0, sql: "SELECT category FROM items WHERE id = ?", arguments: [itemID]) }
        #expect(category == first.rawValue)
    }

    // MARK: 4 — the field Tab selected, in words

    @Test func afterATemplateTheSelectedFieldIsNamedAndTabGoesToTheNext() throws {
        var state = RepliesScene.picker(.message)
        _ = RepliesScene.type("продление выполнено", &state)
        try RepliesScene.press("Enter", &state)
        #expect(ScreenView.render(state).plainText.contains("Набранный текст заменит поле «Название издания»"))
        try RepliesScene.press("Tab", &state)
        #expect(ScreenView.render(state).plainText.contains("заменит поле «Новый срок возврата»"))
        _ = RepliesScene.type("1 декабря", &state)
        let text = try #require(state.replies.composer?.text.text)
        #expect(text.contains("«{{ask:Название издания}}» до 1 декабря"))
        // Nothing selected any more: no promise about replacing.
        #expect(!ScreenView.render(state).plainText.contains("заменит поле"))
    }

    // MARK: 3 — the whole check message and the next step

    @Test func aBlockedCommentShowsTheWholeRefusalAndCtrlP() throws {
        var state = RepliesScene.composer(.comment, text: Self.forbidden)
        try RepliesScene.press("F2", &state)
        let screen = ScreenView.render(state).plainText
        #expect(screen.contains("Ответ не отправлен: п. 3.6"))
        // At 100x30 the whole message fits: every wrapped line is on screen, nothing to scroll.
        let composer = try #require(state.replies.composer)
        let lines = ComposerMessage.lines(composer, language: .ru, width: ComposerGeometry.box(state.size).innerWidth, catalog: RepliesScene.templates.catalog).lines
        #expect(lines.map(\.text).joined(separator: " ").contains("нажмите Ctrl-P и отправьте снова (F2)."))
        for line in lines { #expect(screen.contains(line.text)) }
        #expect(!screen.contains("PgDn"))
        #expect(screen.contains("Исправьте красное или Ctrl-P (нужны перс. данные), F2"))
    }

    @Test func atSixtyByFifteenTheRefusalScrollsAndTheNextStepStays() throws {
        var state = RepliesScene.composer(.comment, text: Self.forbidden)
        state.size = ScreenSize(width: 60, height: 15)
        try RepliesScene.press("F2", &state)
        var screen = ScreenView.render(state).plainText
        #expect(screen.contains("Ответ не отправлен"))
        #expect(screen.contains("Ctrl-P (нужны перс. данные), F2"))
        #expect(screen.contains("▼ PgDn"))
        try Golden.check(screen, "replies-blocked-60x15-ru")
        for _ in 0..<6 { try RepliesScene.press("PgDn", &state) }
        screen = ScreenView.render(state).plainText
        #expect(screen.contains("отправьте снова (F2)."))
        #expect(!screen.contains("▼ PgDn"))
        #expect(screen.contains("▲ PgUp"))
        try RepliesScene.press("PgUp", &state)
        #expect(state.replies.composer?.messageScroll ?? 0 > 0 || !ScreenView.render(state).plainText.contains("▲ PgUp"))
    }

    @Test func theWarningsQuestionScrollsAndYesStillAnswers() throws {
        var state = RepliesScene.composer(.message, text: "Привет!!! Продлили до {{ask:Дата}}")
        state.size = ScreenSize(width: 60, height: 15)
        try RepliesScene.press("F2", &state)
        #expect(ScreenView.render(state).plainText.contains("▼ PgDn"))
        #expect(ScreenView.render(state).plainText.contains("Send anyway?") || ScreenView.render(state).plainText.contains("Отправить всё равно?"))
        for _ in 0..<8 { try RepliesScene.press("PgDn", &state) }
        let screen = ScreenView.render(state).plainText
        #expect(screen.contains("(«!!!»)"))
        #expect(!screen.contains("▼ PgDn"))
        #expect(sendRequest(try RepliesScene.press("y", &state)) != nil)
    }

    // MARK: 2 — the rules' words, the templates' titles

    @Test func theChecksLineNamesTheRulesInWordsNotIds() {
        let state = RepliesScene.composer(.message, text: "Привет!!! Продлили до {{ask:Дата}}")
        let screen = ScreenView.render(state).plainText
        // Too long for the checks row: the count there, each finding on its own lines below.
        #expect(screen.contains("Проверки (замечаний: 3):"))
        #expect(screen.contains("– п. 6.9 — в ответе остались незаполненные поля"))
        #expect(screen.contains("– п. 6.9 — фамильярное приветствие"))
        #expect(!screen.contains("unfilled-field"))
        #expect(!screen.contains("familiar-greeting"))
    }

    @Test func theSentNoticeIsReadToItsEndAt60x15() {
        var state = RepliesScene.state(width: 60, height: 15)
        _ = Update.apply(.replies(.sent(itemID: 1, outboxID: 7, text: "Здравствуйте!")), to: &state)
        let screen = ScreenView.render(state).plainText
        #expect(screen.contains("отметьте публикацию в исходящих (2)"))
        #expect(screen.contains("Ответ #7 поставлен в очередь и скопирован в буфер обмена;"))
    }

    @Test func everyWarningIsShownWholeAt60x15() {
        var state = RepliesScene.state(width: 60, height: 15)
        state.replies.composer = ComposerState(item: RepliesScene.item(.message),
                                               text: ComposerText("Привет!!! Продлили до {{ask:Дата}}"), templateIDs: [])
        let screen = ScreenView.render(state).plainText
        #expect(screen.contains("Проверки (замечаний: 3):"))
        #expect(screen.contains("незаполненные поля"))
        #expect(screen.contains("фамильярное приветствие"))
        #expect(screen.contains("восклицательных знаков"))
        // The text keeps at least its cursor row.
        #expect(screen.contains("{{ask:Дата}}"))
    }

    /// The outbox row at a given width, for a reply with a long author's name.
    func outboxRow(width: Int) -> String {
        var state = RepliesScene.state(width: width)
        state.panel = .outbox
        state.replies.outbox.entries = [
            OutboxEntry(id: 12, itemID: 5, pageID: "cbs-vk", network: "vk", kind: .message, author: "Анатолий Пестов",
                        text: "Текст", templateIDs: ["renewal-done"], edited: false, freeForm: false, personalData: false,
                        category: .renewal, status: .pending, createdBy: "lebedeva", createdAt: InboxScene.now,
                        sentAt: nil, error: nil),
        ]
        state.replies.outbox.loaded = true
        let screen = ScreenView.render(state).plainText
        return screen.split(separator: "\n").map(String.init).first { $0.contains("#12") } ?? ""
    }

    @Test func theOutboxRowKeepsTheTemplateAndTheWholeTimeAtEveryWidth() {
        let when = "пн 09.11.2026 15:00"
        let narrow = outboxRow(width: 60)
        #expect(narrow.contains(when))
        #expect(narrow.contains("Анатолий"))
        #expect(narrow.contains("Продлен"))
        #expect(!narrow.contains("lebedeva"))
        let medium = outboxRow(width: 100)
        #expect(medium.contains(when))
        #expect(medium.contains("Анатолий Пестов"))
        #expect(medium.contains("Продление выполнено"))
        #expect(medium.contains("cbs-vk"))
        #expect(TerminalCells.width(of: medium) <= 100)
        let wide = outboxRow(width: 160)
        #expect(wide.contains("lebedeva") && wide.contains("→#5") && wide.contains(when))
    }

    @Test func theOutboxListsTemplateTitlesAndAnUnknownIdAsItIs() {
        var state = RepliesScene.state(width: 160)
        state.panel = .outbox
        func entry(_ id: Int64, _ templates: [String]) -> OutboxEntry {
            OutboxEntry(id: id, itemID: 5, pageID: "cbs-vk", network: "vk", kind: .message, author: "Ольга", text: "Текст",
                        templateIDs: templates, edited: false, freeForm: templates.isEmpty, personalData: false,
                        category: .renewal, status: .pending, createdBy: "demo", createdAt: Date(timeIntervalSince1970: 0),
                        sentAt: nil, error: nil)
        }
        state.replies.outbox.entries = [entry(1, ["renewal-done"]), entry(2, ["gone-template"])]
        state.replies.outbox.loaded = true
        let screen = ScreenView.render(state).plainText
        #expect(screen.contains("Продление выполнено"))
        #expect(!screen.contains("renewal-done"))
        #expect(screen.contains("gone-template"))
    }
}
