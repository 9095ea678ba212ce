import DutyDeskCore
import DutyDeskStore
@testable import DutyDeskTUI
import Foundation
import Testing

/// The moderation keys end to end inside the process: forms → `ModerationActions` on a real
/// demo database → what `BlockQuery` and the inbox then say.
@Suite struct ModerationRuntimeTests {
    static let rogozhin: Int64 = 266_901_473

    @Test func aBlockMadeInTheFormIsFoundWithItsReasonAndEnd() throws {
        let scene = try ModerationDatabaseScene()
        let runtime = try scene.runtime(as: "gromov")
        try scene.select(runtime, author: "Рогожин")
        #expect(ItemActionUpdate.target(runtime.state).map { runtime.state.list.texts[$0.id] != nil } == true)
        try press(runtime, "b 4 Enter Enter")
        type(runtime, "про дорогу")
        try press(runtime, "Enter y")
        #expect(runtime.state.moderation.form == nil)
        #expect(runtime.state.notice?.text.ru.contains("Заблокирован: Виктор Рогожин (id 266901473) на cbs-vk") == true)
        let block = try #require(try scene.blocks().first { $0.block.userID == Self.rogozhin })
        #expect(block.block.pageID == "cbs-vk")
        #expect(block.block.reason == .offtopic)
        #expect(block.block.comment == "про дорогу")
        #expect(block.block.blockedBy == "gromov")
        #expect(block.block.untilAt == Int64(ModerationDatabaseScene.now.timeIntervalSince1970) + 7 * 86_400)
        #expect(block.isActive)
        // The success reloaded the inbox: the item is marked, and listed after every other one.
        let list = runtime.state.list
        let last = try #require(list.item(at: list.count - 1))
        #expect(last.authorBlocked)
        #expect(list.texts[last.id].map { String($0.author.characters) } == "Виктор Рогожин" || list.texts[last.id] == nil)
        #expect((0..<list.count - 1).allSatisfy { list.item(at: $0)?.authorBlocked == false })
    }

    @Test func aBlockMadeFromAnItemIsListedInTheItemsHistory() throws {
        let scene = try ModerationDatabaseScene()
        let runtime = try scene.runtime(as: "gromov")
        try scene.select(runtime, author: "Рогожин")
        let itemID = try #require(ItemActionUpdate.target(runtime.state)?.id)
        try press(runtime, "b 4 Enter Enter Enter y")
        #expect(try scene.blocks().contains { $0.block.userID == Self.rogozhin })
        try scene.select(runtime, author: "Рогожин")
        try press(runtime, "h")
        let history = try #require(runtime.state.reports.history?.history)
        #expect(history.itemID == itemID)
        #expect(history.entries.contains { $0.action == "block" && $0.actor == "gromov" })
        #expect(ScreenView.render(runtime.state).plainText.contains("автор заблокирован (п. 6.7): не по теме, 1 неделя"))
    }

    @Test func theBlocksPanelListsTheBlockAndUnblocksItWithAConfirmation() throws {
        let scene = try ModerationDatabaseScene()
        let runtime = try scene.runtime(as: "gromov")
        try scene.select(runtime, author: "Рогожин")
        try press(runtime, "b 4 Enter Enter")
        type(runtime, "про дорогу")
        try press(runtime, "Enter y 5")
        #expect(runtime.state.panel == .blocks)
        let screen = ScreenView.render(runtime.state).plainText
        #expect(screen.contains("Виктор Рогожин (id 266901473)"))
        #expect(screen.contains("не по теме") && !screen.contains("offtopic"))
        #expect(screen.contains("7 д 0 ч"))
        #expect(screen.contains("gromov"))
        #expect(screen.contains("про дорогу"))
        #expect(screen.contains("Причина: комментарии на темы, не относящиеся к профилю деятельности отдела"))
        try press(runtime, "u")
        guard case .unblock(let form)? = runtime.state.moderation.form else { Issue.record("no unblock form"); return }
        #expect(form.user?.userID == Self.rogozhin)
        type(runtime, "извинился")
        try press(runtime, "Enter")
        #expect(try scene.blocks(includePast: false).contains { $0.block.userID == Self.rogozhin })
        try press(runtime, "y")
        #expect(try scene.blocks(includePast: false).contains { $0.block.userID == Self.rogozhin } == false)
        let lifted = try #require(try scene.blocks().first { $0.block.userID == Self.rogozhin })
        #expect(lifted.block.unblockNote == "извинился")
        #expect(lifted.block.unblockedBy == "gromov")
        // The panel reloaded: not among the current blocks; the past shows it lifted.
        #expect(!runtime.state.moderation.blocks.visible(at: runtime.state.nowSeconds).contains { $0.block.userID == Self.rogozhin })
        try press(runtime, "s")
        #expect(ScreenView.render(runtime.state).plainText.contains("снята"))
    }

    @Test func closingAComplaintIsRefusedQuotingTheClause() throws {
        let scene = try ModerationDatabaseScene()
        let runtime = try scene.runtime(as: "demo")
        try scene.select(runtime, author: "Воронцова")
        try press(runtime, "x")
        guard case .message(let box)? = runtime.state.moderation.form else { Issue.record("not refused"); return }
        #expect(box.lines.first?.ru.contains("Нельзя закрыть без ответа: на жалобу нужно ответить — п. 3.6 регламента") == true)
        let item = try #require(try scene.inbox().first { $0.author == "Галина Воронцова" })
        #expect(item.status == "open")
    }

    @Test func theStoreRefusesWhatTheListCouldNotKnow() throws {
        // Classified as a critical remark in the database but not marked: the list lets the form
        // open, and the Store refuses the close quoting 3.6 all the same.
        let scene = try ModerationDatabaseScene()
        let runtime = try scene.runtime(as: "gromov")
        try scene.select(runtime, author: "Рогожин")
        let itemID = try #require(ItemActionUpdate.target(runtime.state)?.id)
        _ = try scene.database.writer.write { db in
            try db.execute(sql: "UPDATE items SET category = 'critical_remark' WHERE id = ?", arguments: [itemID])
        }
        try press(runtime, "x")
        type(runtime, "не нужно")
        try press(runtime, "Enter y")
        guard case .message(let box)? = runtime.state.moderation.form else { Issue.record("not refused"); return }
        #expect(box.lines.first == ModerationRefusal(.protectedFromClosing(.criticalRemark)).message)
    }

    @Test func deletingACommentKeepsItsTextAndCanBlockTheAuthorToo() throws {
        let scene = try ModerationDatabaseScene()
        let runtime = try scene.runtime(as: "gromov")
        try scene.select(runtime, author: "Рогожин")
        let itemID = try #require(ItemActionUpdate.target(runtime.state)?.id)
        try press(runtime, "d 4 Enter y")
        guard case .confirm? = runtime.state.moderation.form else { Issue.record("no offer to block"); return }
        try press(runtime, "y")
        // The block form starts at the term, with the deletion's reason.
        try press(runtime, "5 Enter Enter y")
        let block = try #require(try scene.blocks().first { $0.block.userID == Self.rogozhin })
        #expect(block.block.reason == .offtopic)
        #expect(block.block.untilAt == Int64(ModerationDatabaseScene.now.timeIntervalSince1970) + 365 * 86_400)
        let thread = try #require(try scene.database.reader.read { try ThreadQuery.thread($0, itemID: itemID) })
        let readers = thread.messages.filter { $0.direction == .incoming }
        #expect(!readers.isEmpty)
        #expect(readers.allSatisfy { $0.deletedAt != nil && $0.deleteReason == "offtopic" && !$0.text.isEmpty })
    }

    @Test func markCloseAndReopenGoThroughTheStore() throws {
        let scene = try ModerationDatabaseScene()
        let runtime = try scene.runtime(as: "gromov")
        try scene.select(runtime, author: "Рогожин")
        let itemID = try #require(ItemActionUpdate.target(runtime.state)?.id)
        try press(runtime, "x")
        type(runtime, "спам удалён")
        try press(runtime, "Enter y")
        #expect(try scene.database.reader.read { try ItemRecord.fetchOne($0, key: itemID) }?.status == .closed)
        // Closed items are not in the default list: open it from the "all" status.
        try press(runtime, "s s s s")
        try scene.select(runtime, author: "Рогожин")
        try press(runtime, "o")
        #expect(try scene.database.reader.read { try ItemRecord.fetchOne($0, key: itemID) }?.status == .open)
        try press(runtime, "m 2")
        #expect(try scene.database.reader.read { try ItemRecord.fetchOne($0, key: itemID) }?.isComplaint == true)
    }

    @Test func aNonStaffUserIsToldTheScreenIsReadOnly() throws {
        let scene = try ModerationDatabaseScene()
        let runtime = try scene.runtime(as: "stranger")
        try scene.select(runtime, author: "Рогожин")
        try press(runtime, "b")
        guard case .message(let box)? = runtime.state.moderation.form else { Issue.record("not refused"); return }
        #expect(box.lines.first?.ru.contains("вы не найдены среди сотрудников, доступ только для чтения") == true)
        #expect(try scene.blocks().contains { $0.block.userID == Self.rogozhin } == false)
    }
}

extension ModerationRuntimeTests {
    @Test func escalatingAComplaintShowsTheReadyMailAndWhereItWasWritten() throws {
        let scene = try ModerationDatabaseScene()
        let runtime = try scene.runtime(as: "demo")
        try scene.select(runtime, author: "Воронцова")
        try press(runtime, "e y")
        guard case .message(let box)? = runtime.state.moderation.form else { Issue.record("no mail shown"); return }
        let lines = box.lines.map(\.ru)
        #expect(lines.first?.hasPrefix("Кому: ") == true)
        #expect(lines.contains { $0.hasPrefix("Тема: ") })
        let saved = try #require(lines.first { $0.hasPrefix("Письмо сохранено: ") })
        let path = String(saved.dropFirst("Письмо сохранено: ".count))
        #expect(FileManager.default.fileExists(atPath: path))
        #expect(lines.contains { $0.contains("DUTYDESK_MAIL_COMMAND") || $0.hasPrefix("Отправлено через") })
        let screen = ScreenView.render(runtime.state).plainText
        #expect(screen.contains("Жалоба передана руководителю (п. 3.7)"))
    }
}

extension ModerationRuntimeTests {
    @Test func aBlockWrittenByAnotherProcessAppearsOnTheOpenPanel() throws {
        let scene = try ModerationDatabaseScene()
        let runtime = try scene.runtime(as: "gromov")
        try press(runtime, "5")
        #expect(!ScreenView.render(runtime.state).plainText.contains("Виктор Рогожин"))
        // Another dutydesk (or ingest of a VK user_block) writes the block.
        let orlova = try scene.database.reader.read { try OperatorDirectory.find($0, username: "orlova") }
        try ModerationActions(database: scene.database, actor: orlova, now: ModerationDatabaseScene.now)
            .block(.init(pageID: "cbs-vk", userID: Self.rogozhin, reason: .spam, term: .span(count: 3, unit: .day)))
        runtime.send(.databaseChanged)
        let screen = ScreenView.render(runtime.state).plainText
        #expect(screen.contains("Виктор Рогожин"))
        #expect(screen.contains("3 д 0 ч"))
        #expect(screen.contains("orlova"))
    }
}

extension ModerationRuntimeTests {
    @Test func severalCommentsAreChosenInTheOpenedThreadAndOnlyThatOneIsDeleted() throws {
        let scene = try ModerationDatabaseScene()
        let runtime = try scene.runtime(as: "gromov")
        try scene.select(runtime, author: "Рогожин")
        let itemID = try #require(ItemActionUpdate.target(runtime.state)?.id)
        try scene.database.writer.write { db in
            _ = try ItemWriter.add(db, .init(itemID: itemID, pageID: "cbs-vk", direction: .incoming, platformKey: "tui-second",
                                             authorID: Self.rogozhin, authorName: "Виктор Рогожин", text: "и ещё одно",
                                             sentAt: Int64(ModerationDatabaseScene.now.timeIntervalSince1970) - 60,
                                             rawJSON: "{}"))
        }
        runtime.send(.databaseChanged)
        // From the list, the comments are loaded and the form asks which one, the latest first.
        try press(runtime, "d")
        guard case .delete(let fromList)? = runtime.state.moderation.form else { Issue.record("no delete form"); return }
        #expect(fromList.choosingComment && fromList.comments.count == 2 && fromList.chosenComment?.excerpt == "и ещё одно")
        try press(runtime, "Escape Enter d")
        guard case .delete(let form)? = runtime.state.moderation.form else { Issue.record("no delete form"); return }
        #expect(form.comments.count == 2 && form.comments.last?.excerpt == "и ещё одно")
        try press(runtime, "Enter 4 Enter y")
        let thread = try #require(try scene.database.reader.read { try ThreadQuery.thread($0, itemID: itemID) })
        let readers = thread.messages.filter { $0.direction == .incoming }
        #expect(readers.filter { $0.deletedAt != nil }.map(\.text) == ["и ещё одно"])
    }
}

extension ModerationRuntimeTests {
    @Test func theDeleteDialogShowsTheCommentItWouldDelete() throws {
        let scene = try ModerationDatabaseScene()
        let runtime = try scene.runtime(as: "gromov")
        try scene.select(runtime, author: "Рогожин")
        let itemID = try #require(ItemActionUpdate.target(runtime.state)?.id)
        let thread = try #require(try scene.database.reader.read { try ThreadQuery.thread($0, itemID: itemID) })
        let comment = try #require(thread.messages.first { $0.direction == .incoming && $0.deletedAt == nil })
        // Pressed on the list, not in the opened thread: the text is loaded for the dialog.
        #expect(runtime.state.detail == nil)
        try press(runtime, "d")
        guard case .delete(let form)? = runtime.state.moderation.form else { Issue.record("no delete form"); return }
        #expect(form.chosenComment?.id == comment.id && !form.choosingComment)
        let excerpt = CommentChoice(id: comment.id, text: comment.text).excerpt
        let screen = ScreenView.render(runtime.state).plainText
        #expect(screen.contains("Комментарий: «" + String(excerpt.prefix(30))))
        // What is shown is what goes: the message's own id is sent.
        try press(runtime, "5 Enter y")
        let after = try #require(try scene.database.reader.read { try ThreadQuery.thread($0, itemID: itemID) })
        #expect(after.messages.first { $0.id == comment.id }?.deleteReason == "spam")
    }

    @Test func aCommentIsShownOnOneLineTerminalSafeAndCutShort() {
        let long = "первая строка\u{1B}[2J\nвторая " + String(repeating: "я", count: 300)
        let choice = CommentChoice(id: 1, text: long)
        #expect(choice.excerpt.count == CommentChoice.longestExcerpt && choice.excerpt.hasSuffix("…"))
        #expect(choice.excerpt.hasPrefix("первая строка␛[2J вторая я"))
        #expect(!choice.excerpt.contains("\n") && !choice.excerpt.contains("\u{1B}"))
        #expect(CommentChoice(id: 2, text: "коротко").excerpt == "коротко")
    }
}
