import DutyDeskCore
import DutyDeskStore
@testable import DutyDeskTUI
import Foundation
import Testing

/// The moderation forms on the scripted scene, through `update` alone: what each key does to
/// the form and which effect a confirmation sends. The scene's list order is
/// [1, 2, 3, 5, 6, 4]: item 4's author is blocked, so it comes last.
@Suite struct ModerationFormTests {
    /// Presses keys on a copy of the state and returns every effect they asked for.
    @discardableResult
    func press(_ state: inout AppState, _ keys: String) throws -> [Effect] {
        var effects: [Effect] = []
        for key in try KeyNotation.parse(keys) { effects += Update.apply(.key(key), to: &state) }
        return effects.filter { if case .moderation = $0 { return true } else { return false } }
    }

    /// The scene with the item `id` selected in the list.
    func state(selecting id: Int64, staff: Operator? = InboxScene.belova) throws -> AppState {
        var state = InboxScene.runtime(staff: staff).state
        let index = try #require((0..<state.list.count).first { state.list.item(at: $0)?.id == id })
        state.list.select(index, rows: state.layout.listRows)
        return state
    }

    func blockForm(_ state: AppState) -> BlockForm? {
        if case .block(let form)? = state.moderation.form { return form }
        return nil
    }

    func message(_ state: AppState) -> MessageBox? {
        if case .message(let box)? = state.moderation.form { return box }
        return nil
    }

    @Test func blockWalksReasonTermCommentAndAConfirmation() throws {
        var state = try state(selecting: 5)
        try press(&state, "b")
        #expect(blockForm(state)?.step == .reason)
        try press(&state, "4 Enter")
        #expect(blockForm(state)?.chosenReason == .offtopic)
        #expect(blockForm(state)?.step == .term)
        // The default term is a week; ↓ picks a month, ↑ back to a week.
        try press(&state, "Down Up Enter")
        #expect(blockForm(state)?.step == .comment)
        #expect(blockForm(state)?.end == InboxScene.now.addingTimeInterval(7 * 86_400))
        for character in "про дорогу q" { _ = Update.apply(.key(.character(character)), to: &state) }
        try press(&state, "BSpace BSpace Enter")
        #expect(blockForm(state)?.step == .confirm)
        let screen = ScreenView.render(state).plainText
        #expect(screen.contains("Причина: комментарии на темы, не относящиеся к профилю"))
        #expect(screen.contains("1 неделя, до 2026-11-16 15:00 (Europe/Moscow)"))
        #expect(screen.contains("Комментарий: про дорогу"))
        let effects = try press(&state, "y")
        #expect(effects == [.moderation(.blockAuthor(itemID: 5, reason: .offtopic, term: .span(count: 1, unit: .week),
                                                     comment: "про дорогу"))])
        #expect(state.moderation.form == .working(ModerationBoxes.working))
    }

    @Test func theTermsAreThePresetsAndADate() throws {
        var state = try state(selecting: 5)
        try press(&state, "b Enter")
        let screen = ScreenView.render(state).plainText
        for label in ["  1 1 день", "  2 3 дня", "▸ 3 1 неделя", "  4 1 месяц", "  5 1 год", "  6 навсегда",
                      "  7 до даты… (ГГГГ-ММ-ДД)"] {
            #expect(screen.contains("│ " + label), "term \(label)")
        }
        try press(&state, "6 Enter Enter y")
        #expect(state.moderation.form == .working(ModerationBoxes.working))
        var permanent = try self.state(selecting: 5)
        let effects = try press(&permanent, "b Enter 6 Enter Enter y")
        #expect(effects == [.moderation(.blockAuthor(itemID: 5, reason: .insult, term: .permanent, comment: ""))])
    }

    @Test func aDateThatCannotBeReadIsSaidInTheFormWhichStays() throws {
        var state = try state(selecting: 5)
        try press(&state, "b Enter 7 Enter")
        #expect(blockForm(state)?.step == .date)
        for character in "2026-13-01" { _ = Update.apply(.key(.character(character)), to: &state) }
        try press(&state, "Enter")
        #expect(blockForm(state)?.step == .date)
        #expect(blockForm(state)?.error == BlockTermProblem.unreadableDate("2026-13-01").message)
        #expect(ScreenView.render(state).plainText.contains("Дата «2026-13-01» не понята"))
        // A date already past is refused too, and a date a year and more ahead (VK's limit).
        try press(&state, "BSpace BSpace BSpace BSpace BSpace")
        for character in "11-01" { _ = Update.apply(.key(.character(character)), to: &state) }
        try press(&state, "Enter")
        #expect(blockForm(state)?.error?.ru.contains("уже прошёл") == true)
        try press(&state, "BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace")
        for character in "2028-01-01" { _ = Update.apply(.key(.character(character)), to: &state) }
        try press(&state, "Enter")
        #expect(blockForm(state)?.error?.ru.contains("не более чем на год") == true)
        try press(&state, "BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace")
        for character in "2026-12-01" { _ = Update.apply(.key(.character(character)), to: &state) }
        try press(&state, "Enter")
        #expect(blockForm(state)?.step == .comment)
        #expect(blockForm(state)?.error == nil)
        // Through the end of that day in Moscow: 2 December 00:00 MSK.
        #expect(blockForm(state)?.end == ISO8601DateFormatter().date(from: "2026-12-01T21:00:00Z"))
        let effects = try press(&state, "Enter y")
        #expect(effects == [.moderation(.blockAuthor(itemID: 5, reason: .insult,
                                                     term: .throughDate(LocalDate(year: 2026, month: 12, day: 1)!),
                                                     comment: ""))])
    }

    @Test func escapeStepsBackAndFinallyCloses() throws {
        var state = try state(selecting: 5)
        try press(&state, "b Enter Enter Enter")
        #expect(blockForm(state)?.step == .confirm)
        try press(&state, "n")
        #expect(blockForm(state)?.step == .comment)
        try press(&state, "Escape")
        #expect(blockForm(state)?.step == .term)
        try press(&state, "Escape")
        #expect(blockForm(state)?.step == .reason)
        try press(&state, "Escape")
        #expect(state.moderation.form == nil)
        #expect(state.panel == .inbox)
    }

    @Test func qTypedInACommentIsTextNotQuit() throws {
        var state = try state(selecting: 5)
        try press(&state, "b Enter Enter")
        _ = Update.apply(.key(.character("q")), to: &state)
        #expect(blockForm(state)?.comment == "q")
        #expect(!state.quitting)
    }

    @Test func closingAComplaintIsRefusedQuotingTheClause() throws {
        var state = try state(selecting: 1)
        let effects = try press(&state, "x")
        #expect(effects.isEmpty)
        let box = try #require(message(state))
        #expect(box.role == .error)
        #expect(box.lines.first == ModerationRefusal(.protectedFromClosing(.complaint)).message)
        let screen = ScreenView.render(state).plainText
        #expect(screen.contains("Нельзя закрыть без ответа"))
        #expect(screen.contains("п. 3.6"))
        try press(&state, "Enter")
        #expect(state.moderation.form == nil)
    }

    @Test func deletingIsRefusedForCriticalRemarksAndPrivateMessages() throws {
        var critical = try state(selecting: 2)
        try press(&critical, "d")
        #expect(message(critical)?.lines.first == ModerationRefusal(.protectedFromDeletion(.criticalRemark)).message)
        #expect(message(critical)?.lines.first?.ru.contains("п. 3.6 регламента") == true)
        var privateMessage = try state(selecting: 5)
        try press(&privateMessage, "d")
        #expect(message(privateMessage)?.lines.first == ModerationRefusal(.onlyCommentsCanBeDeleted).message)
    }

    @Test func deletingNeedsAReasonThenOffersToBlockTheAuthor() throws {
        var state = try state(selecting: 6)
        try press(&state, "d")
        guard case .delete(let form)? = state.moderation.form else { Issue.record("no delete form"); return }
        #expect(!form.confirming)
        let effects = try press(&state, "5 Enter y")
        let item = ModerationItem(itemID: 6, pageID: "lib-tg", author: "Виктор Рогожин")
        #expect(effects == [.moderation(.deleteComment(item, messageID: nil, reason: .spam))])
        _ = Update.apply(.moderation(.commentDeleted(item, .spam, closedItem: true)), to: &state)
        #expect(ScreenView.render(state).plainText.contains("Заблокировать автора тоже"))
        try press(&state, "y")
        #expect(blockForm(state)?.chosenReason == .spam)
        #expect(blockForm(state)?.step == .term)
    }

    @Test func inAnOpenedThreadWithSeveralCommentsTheFormAsksWhichOne() throws {
        var state = try state(selecting: 6)
        _ = Update.apply(.key(.enter), to: &state)
        func comment(_ id: Int64, _ text: String, deleted: Bool = false) -> InboxThreadMessage {
            InboxThreadMessage(id: id, direction: .incoming, authorName: "Виктор Рогожин", text: text,
                               sentAt: InboxScene.at(9, 9, 0), deletedAt: deleted ? InboxScene.at(9, 9, 30) : nil,
                               deleteReason: deleted ? "spam" : nil)
        }
        state.detail?.thread = InboxThread(
            itemID: 6, pageID: "lib-tg", pageName: "lib-tg", kind: .comment, status: .open, author: "Виктор Рогожин",
            deadlineAt: nil, category: nil, closedReason: nil, readers: [],
            messages: [comment(60, "первый\u{1B}[2J"), comment(61, "второй"), comment(62, "уже удалён", deleted: true)])
        try press(&state, "d")
        guard case .delete(let form)? = state.moderation.form else { Issue.record("no delete form"); return }
        #expect(form.comments.map(\.id) == [60, 61])
        #expect(form.choosingComment && form.comment == 1)
        let screen = ScreenView.render(state).plainText
        #expect(screen.contains("▸ 2 второй") && screen.contains("1 первый␛[2J") && !screen.contains("уже удалён"))
        try press(&state, "1 Enter Escape")
        guard case .delete(let back)? = state.moderation.form else { Issue.record("closed"); return }
        #expect(back.choosingComment && back.comment == 0)
        let effects = try press(&state, "Enter 3 Enter y")
        let item = ModerationItem(itemID: 6, pageID: "lib-tg", author: "Виктор Рогожин")
        #expect(effects == [.moderation(.deleteComment(item, messageID: 60, reason: .advertising))])
    }

    @Test func closingNeedsAReasonAndAConfirmation() throws {
        var state = try state(selecting: 5)
        try press(&state, "x Enter")
        guard case .close(let empty)? = state.moderation.form else { Issue.record("no close form"); return }
        #expect(empty.error == ModerationRefusal(.closeNeedsReason).message)
        for character in "спасибо" { _ = Update.apply(.key(.character(character)), to: &state) }
        #expect(try press(&state, "Enter").isEmpty)
        let effects = try press(&state, "y")
        #expect(effects == [.moderation(.close(itemID: 5, reason: "спасибо"))])
    }

    @Test func markingIsOneKeyEachAndASecondPressUnmarks() throws {
        var ordinary = try state(selecting: 5)
        #expect(try press(&ordinary, "m 2") == [.moderation(.mark(itemID: 5, .complaint, on: true))])
        var complaint = try state(selecting: 1)
        #expect(try press(&complaint, "m 2") == [.moderation(.mark(itemID: 1, .complaint, on: false))])
        var critical = try state(selecting: 5)
        #expect(try press(&critical, "m к") == [.moderation(.mark(itemID: 5, .critical, on: true))])
    }

    @Test func bangAndStarToggleTheMarksInOneKeyOnTheListAndTheOpenedItem() throws {
        // Item 5 has no marks; item 1 is a complaint; item 2 a critical remark.
        var ordinary = try state(selecting: 5)
        #expect(try press(&ordinary, "!") == [.moderation(.mark(itemID: 5, .complaint, on: true))])
        #expect(ordinary.moderation.form == .working(ModerationBoxes.working))
        var complaint = try state(selecting: 1)
        #expect(try press(&complaint, "!") == [.moderation(.mark(itemID: 1, .complaint, on: false))])
        var star = try state(selecting: 5)
        #expect(try press(&star, "*") == [.moderation(.mark(itemID: 5, .critical, on: true))])
        var critical = try state(selecting: 2)
        #expect(try press(&critical, "*") == [.moderation(.mark(itemID: 2, .critical, on: false))])
        var opened = try state(selecting: 5)
        _ = Update.apply(.key(.enter), to: &opened)
        #expect(opened.detail?.itemID == 5)
        #expect(try press(&opened, "!") == [.moderation(.mark(itemID: 5, .complaint, on: true))])
        // The same role check as the menu: nothing is sent for a page the operator does not administer.
        var otherPage = try state(selecting: 3)
        #expect(try press(&otherPage, "*").isEmpty)
        #expect(message(otherPage)?.lines.first?.ru.contains("Нет прав") == true)
        // The menu stays, and takes the same signs.
        var menu = try state(selecting: 5)
        #expect(try press(&menu, "m !") == [.moderation(.mark(itemID: 5, .complaint, on: true))])
    }

    @Test func theHelpListsTheOneKeyMarks() throws {
        var state = try state(selecting: 5)
        // The help is taller than the screen: read it page by page.
        var help = ""
        for scroll in stride(from: 0, to: KeyMap.bindings(for: .inbox).count, by: 10) {
            state.overlay = .help(scroll: scroll)
            help += ScreenView.render(state).plainText
        }
        #expect(help.contains("!   ") && help.contains("жалоба (п. 3.7): отметить или снять отметку"))
        #expect(help.contains("*   ") && help.contains("критическое замечание (п. 3.6): отметить или снять"))
        #expect(help.contains("меню отметок (то же, что * и !)"))
        #expect(KeyMap.binding(for: .character("!"), in: .inbox)?.command == .moderation(.toggleComplaint))
        #expect(KeyMap.binding(for: .character("*"), in: .detail)?.command == .moderation(.toggleCritical))
    }

    @Test func theEscalationQuestionReadsAsSentences() throws {
        var state = try state(selecting: 1)
        try press(&state, "e")
        guard case .confirm(let box)? = state.moderation.form else { Issue.record("no question"); return }
        let author = ItemActionUpdate.author(of: 1, state)
        let page = try #require(ItemActionUpdate.target(state)?.pageID)
        #expect(!author.isEmpty)
        #expect(box.lines.first?.ru == "Жалоба от читателя: \(author) (обращение #1, страница \(page)).")
        #expect(ScreenView.render(state).plainText.contains("Жалоба от читателя: \(author)"))
        #expect(box.lines.last?.ru.hasPrefix("Она будет передана руководителю отдела (п. 3.7)") == true)
        #expect(ModerationItem(itemID: 9, pageID: "cbs-vk", author: "").complaintSentence.ru
                == "Жалоба читателя (обращение #9, страница cbs-vk).")
    }

    @Test func aBlockedAuthorIsUnblockedWithANoteNotBlockedAgain() throws {
        var state = try state(selecting: 4)
        try press(&state, "b")
        #expect(message(state)?.lines.first == AlreadyBlocked().message)
        try press(&state, "Escape u")
        for character in "извинился" { _ = Update.apply(.key(.character(character)), to: &state) }
        let effects = try press(&state, "Enter y")
        #expect(effects == [.moderation(.unblockAuthor(itemID: 4, note: "извинился"))])
        var notBlocked = try self.state(selecting: 5)
        try press(&notBlocked, "u")
        #expect(message(notBlocked)?.lines.first == ModerationRefusal(.notBlocked).message)
    }

    @Test func escalatingAsksFirstAndReopeningOnlyUndoesAClose() throws {
        var state = try state(selecting: 1)
        #expect(try press(&state, "e").isEmpty)
        #expect(try press(&state, "y") == [.moderation(.escalate(itemID: 1, again: false))])
        // Item 2 was escalated before (↑): the question says so and yes sends it again.
        var escalated = try self.state(selecting: 2)
        try press(&escalated, "e")
        #expect(ScreenView.render(escalated).plainText.contains("уже передана руководителю"))
        #expect(try press(&escalated, "y") == [.moderation(.escalate(itemID: 2, again: true))])
        var open = try self.state(selecting: 5)
        try press(&open, "o")
        #expect(message(open)?.lines.first == ModerationRefusal(.notClosed).message)
    }

    @Test func rolesDecideBeforeAnyForm() throws {
        var guest = try state(selecting: 5, staff: nil)
        try press(&guest, "b")
        #expect(message(guest)?.lines.first?.ru.contains("доступ только для чтения") == true)
        // belova administers lib-vk and lib-tg, not kids-vk.
        var otherPage = try state(selecting: 3)
        try press(&otherPage, "x")
        #expect(message(otherPage)?.lines.first?.ru.contains("Нет прав") == true)
        #expect(message(otherPage)?.lines.first?.ru.contains("kids-vk") == true)
    }

    @Test func theKeysWorkOnAnOpenedItemToo() throws {
        var state = try state(selecting: 5)
        _ = Update.apply(.key(.enter), to: &state)
        #expect(state.detail?.itemID == 5)
        try press(&state, "b")
        #expect(blockForm(state)?.item.itemID == 5)
    }

    @Test func aLongMessageScrollsToItsLastLineAndNoFurther() throws {
        var state = InboxScene.runtime().state
        let lines = (1...60).map { Localized(ru: "строка \($0)", en: "line \($0)") }
        state.moderation.form = .message(MessageBox(title: Localized(ru: "Письмо", en: "Mail"), lines: lines, role: .normal))
        #expect(!ScreenView.render(state).plainText.contains("строка 60"))
        try press(&state, "k")
        guard case .message(let top)? = state.moderation.form else { Issue.record("closed"); return }
        #expect(top.scroll == 0)
        for _ in 0..<100 { _ = Update.apply(.key(.character("j")), to: &state) }
        guard case .message(let bottom)? = state.moderation.form else { Issue.record("closed"); return }
        let screen = ScreenView.render(state).plainText
        #expect(screen.contains("строка 60") && screen.contains("Enter — закрыть"))
        try press(&state, "k")
        guard case .message(let back)? = state.moderation.form else { Issue.record("closed"); return }
        #expect(back.scroll == bottom.scroll - 1)
    }

    @Test func aRefusalFromTheStoreReplacesTheForm() {
        var state = InboxScene.runtime().state
        state.moderation.form = .working(ModerationBoxes.working)
        let refusal = ModerationRefusal(.protectedFromClosing(.complaint)).message
        _ = Update.apply(.moderation(.refused(refusal)), to: &state)
        #expect(state.moderation.form == .message(ModerationBoxes.refusal(refusal)))
    }
}
