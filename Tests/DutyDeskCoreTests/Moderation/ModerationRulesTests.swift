import Foundation
import Testing
@testable import DutyDeskCore

/// Every moderation rule, and every refusal that rests on a clause quoting that clause.
struct ModerationRulesTests {
    static let clause36 = "п. 3.6 регламента: «Критические комментарии пользователей по профилю деятельности библиотеки, а не могут быть удалены или проигнорированы.»"
    static let clause37 = "п. 3.7 регламента: «Все жалобы по профилю деятельности библиотеки, поступающие от пользователей, должны быть переданы руководителю отдела.»"
    let moscow = TimeZone(identifier: "Europe/Moscow")!

    func comment(_ status: ItemStatus = .open, critical: Bool = false, complaint: Bool = false,
                 category: RequestCategory? = nil, escalatedAt: Date? = nil) -> ModeratedItem {
        ModeratedItem(id: 7, pageID: "lib1-vk", kind: .comment, status: status, isCritical: critical,
                      isComplaint: complaint, category: category, escalatedAt: escalatedAt)
    }

    let readers = ModeratedMessage(id: 70, direction: .incoming)

    // MARK: delete (3.5, 3.6, 6.7)

    @Test func anOffensiveCommentIsDeletedWithAReason() throws {
        try ModerationRules.checkDelete(comment(), message: readers, reason: .insult)
    }

    @Test(arguments: [(true, false, nil), (false, true, nil), (false, false, RequestCategory.criticalRemark),
                      (false, false, RequestCategory.complaint)] as [(Bool, Bool, RequestCategory?)])
    func criticalRemarksAndComplaintsAreNeverDeletedQuoting36(critical: Bool, complaint: Bool, category: RequestCategory?) {
        let item = comment(critical: critical, complaint: complaint, category: category)
        let refusal = #expect(throws: ModerationRefusal.self) {
            try ModerationRules.checkDelete(item, message: readers, reason: .insult)
        }
        #expect(refusal?.clause == .criticalRemarksAreAnswered)
        #expect(refusal?.message.ru.hasPrefix("Нельзя удалить: на") == true)
        #expect(refusal?.message.ru.hasSuffix(Self.clause36) == true, "\(refusal?.message.ru ?? "")")
        #expect(refusal?.message.en.contains("regulation 3.6: \u{201C}Users' critical comments") == true)
        // The same refusal comes first when the message is still to be chosen.
        #expect(throws: refusal!) { try ModerationRules.messageToDelete(in: item, [readers, readers], requested: nil) }
    }

    @Test func deletingNeedsOneOfTheFiveCodesQuoting67() {
        let refusal = #expect(throws: ModerationRefusal.self) {
            try ModerationRules.checkDelete(comment(), message: readers, reason: nil)
        }
        #expect(refusal?.clause == .blockingReasons)
        #expect(refusal?.message.ru.contains("insult, illegal, advertising, offtopic, spam") == true)
        #expect(refusal?.message.ru.contains("п. 6.7 регламента: «Блокировка пользователей допускается в следующих случаях: оскорбления сотрудников библиотеки или пользователей;") == true)
    }

    @Test func onlyCommentsAreDeletedQuoting35() {
        var message = comment()
        message.kind = .message
        let refusal = #expect(throws: ModerationRefusal.self) {
            try ModerationRules.checkDelete(message, message: readers, reason: .spam)
        }
        #expect(refusal?.reason == .onlyCommentsCanBeDeleted)
        #expect(refusal?.message.ru.contains("п. 3.5 регламента: «Намеренно грубые") == true)
    }

    @Test func thePagesOwnReplyAndAnAlreadyDeletedCommentAreNotDeleted() {
        #expect(throws: ModerationRefusal(.onlyReadersCommentsCanBeDeleted)) {
            try ModerationRules.checkDelete(comment(), message: ModeratedMessage(id: 71, direction: .outgoing), reason: .spam)
        }
        #expect(throws: ModerationRefusal(.alreadyDeleted(messageID: 70))) {
            try ModerationRules.checkDelete(comment(), message: ModeratedMessage(id: 70, direction: .incoming, deletedAt: Date()),
                                            reason: .spam)
        }
    }

    @Test func theCommentToDeleteIsTheOnlyOneStandingOrNamed() throws {
        let reply = ModeratedMessage(id: 71, direction: .outgoing)
        let second = ModeratedMessage(id: 72, direction: .incoming)
        let gone = ModeratedMessage(id: 69, direction: .incoming, deletedAt: Date())
        #expect(try ModerationRules.messageToDelete(in: comment(), [gone, readers, reply], requested: nil) == readers)
        #expect(throws: ModerationRefusal(.chooseMessage(candidates: [70, 72]))) {
            try ModerationRules.messageToDelete(in: comment(), [readers, reply, second], requested: nil)
        }
        #expect(try ModerationRules.messageToDelete(in: comment(), [readers, reply, second], requested: 72) == second)
        #expect(throws: ModerationRefusal(.messageNotInItem(messageID: 99, itemID: 7))) {
            try ModerationRules.messageToDelete(in: comment(), [readers], requested: 99)
        }
        #expect(throws: ModerationRefusal(.alreadyDeleted(messageID: 69))) {
            try ModerationRules.messageToDelete(in: comment(), [gone, reply], requested: nil)
        }
    }

    // MARK: close and reopen (3.6)

    @Test func anItemThatNeedsNoAnswerIsClosedWithAReason() throws {
        try ModerationRules.checkClose(comment(), reason: "спам удалён")
        #expect(throws: ModerationRefusal(.closeNeedsReason)) { try ModerationRules.checkClose(comment(), reason: "  \n") }
    }

    @Test(arguments: [(true, false), (false, true)])
    func criticalRemarksAndComplaintsAreNeverClosedWithoutAnAnswerQuoting36(critical: Bool, complaint: Bool) {
        let refusal = #expect(throws: ModerationRefusal.self) {
            try ModerationRules.checkClose(comment(critical: critical, complaint: complaint), reason: "не нужно")
        }
        #expect(refusal?.reason == .protectedFromClosing(complaint ? .complaint : .criticalRemark))
        #expect(refusal?.message.ru.hasPrefix("Нельзя закрыть без ответа") == true)
        #expect(refusal?.message.ru.hasSuffix(Self.clause36) == true)
    }

    @Test func closedAndAnsweredItemsHaveNothingToClose() {
        #expect(throws: ModerationRefusal(.alreadyClosed)) { try ModerationRules.checkClose(comment(.closed), reason: "x") }
        #expect(throws: ModerationRefusal(.answeredNeedsNoClosing)) { try ModerationRules.checkClose(comment(.answered), reason: "x") }
    }

    @Test func onlyAClosedItemIsReopened() throws {
        try ModerationRules.checkReopen(comment(.closed))
        #expect(throws: ModerationRefusal(.notClosed)) { try ModerationRules.checkReopen(comment(.open)) }
    }

    // MARK: escalate (3.7)

    @Test func aComplaintGoesToTheHeadOnce() throws {
        try ModerationRules.checkEscalate(comment(complaint: true), headEmail: "head@example.org", departmentID: "lib1",
                                          again: false, timeZone: moscow)
        try ModerationRules.checkEscalate(comment(category: .complaint), headEmail: "head@example.org", departmentID: "lib1",
                                          again: false, timeZone: moscow)
        let at = Date(timeIntervalSince1970: 1_762_700_400)
        let escalated = comment(complaint: true, escalatedAt: at)
        let refusal = #expect(throws: ModerationRefusal.self) {
            try ModerationRules.checkEscalate(escalated, headEmail: "head@example.org", departmentID: "lib1",
                                              again: false, timeZone: moscow)
        }
        #expect(refusal?.message.ru.contains("уже передана руководителю 2025-11-09 18:00") == true)
        #expect(refusal?.message.en.contains("--again") == true)
        try ModerationRules.checkEscalate(escalated, headEmail: "head@example.org", departmentID: "lib1",
                                          again: true, timeZone: moscow)
    }

    @Test func onlyAComplaintIsEscalatedQuoting37() {
        let refusal = #expect(throws: ModerationRefusal.self) {
            try ModerationRules.checkEscalate(comment(critical: true), headEmail: "head@example.org", departmentID: "lib1",
                                              again: false, timeZone: moscow)
        }
        #expect(refusal?.reason == .notAComplaint)
        #expect(refusal?.message.ru.contains("mark ID --complaint") == true)
        #expect(refusal?.message.ru.hasSuffix(Self.clause37) == true)
    }

    @Test(arguments: [nil, "", "head", "head@localhost", "a@b.org\nBcc: x@y.org", "a@b.org, c@d.org", "Head <h@x.org>"])
    func aHeadWithoutAUsableAddressIsRefusedQuoting37(email: String?) {
        let refusal = #expect(throws: ModerationRefusal.self) {
            try ModerationRules.checkEscalate(comment(complaint: true), headEmail: email, departmentID: "lib1",
                                              again: false, timeZone: moscow)
        }
        #expect(refusal?.reason == .noHeadEmail(departmentID: "lib1"))
        #expect(refusal?.message.ru.hasSuffix(Self.clause37) == true)
    }

    // MARK: block and unblock (6.7)

    @Test func aUserBlockedAlreadyIsNotBlockedAgain() throws {
        let now = Date(timeIntervalSince1970: 1_762_700_400)
        try ModerationRules.checkBlock(current: nil, at: now, timeZone: moscow)
        try ModerationRules.checkBlock(current: .expired(at: now), at: now, timeZone: moscow)
        let refusal = #expect(throws: ModerationRefusal.self) {
            try ModerationRules.checkBlock(current: .active(remaining: 3600), at: now, timeZone: moscow)
        }
        #expect(refusal?.message.ru == "Пользователь уже заблокирован до 2025-11-09 19:00; чтобы изменить срок, сначала разблокируйте.")
        #expect(throws: ModerationRefusal(.alreadyBlocked(until: nil, timeZone: moscow))) {
            try ModerationRules.checkBlock(current: .active(remaining: nil), at: now, timeZone: moscow)
        }
    }

    @Test func onlyABlockInForceIsLifted() throws {
        try ModerationRules.checkUnblock(current: .active(remaining: nil))
        for state in [nil, BlockState.expired(at: Date()), .lifted(at: Date()), .scheduled] {
            #expect(throws: ModerationRefusal(.notBlocked)) { try ModerationRules.checkUnblock(current: state) }
        }
    }

    @Test func everyRefusalHasBothLanguages() {
        let reasons: [ModerationRefusal.Reason] = [
            .protectedFromDeletion(.complaint), .protectedFromClosing(.criticalRemark), .deleteNeedsReason,
            .onlyCommentsCanBeDeleted, .onlyReadersCommentsCanBeDeleted, .alreadyDeleted(messageID: 1),
            .chooseMessage(candidates: [1, 2]), .messageNotInItem(messageID: 1, itemID: 2), .closeNeedsReason,
            .alreadyClosed, .answeredNeedsNoClosing, .notClosed, .nothingToAnswer, .notAComplaint,
            .alreadyEscalated(at: Date(), timeZone: moscow), .noHeadEmail(departmentID: "x"),
            .alreadyBlocked(until: nil, timeZone: moscow), .notBlocked,
        ]
        for reason in reasons {
            let message = ModerationRefusal(reason).message
            #expect(!message.ru.isEmpty && !message.en.isEmpty)
            #expect(message.ru != message.en)
        }
    }
}
