import ArgumentParser
import DutyDeskCore
import DutyDeskStore
import Foundation

/// `dutydesk delete ITEM --reason R [--message ID] [--block-for 7d | --block-until DATE | --block-permanent]`.
struct DeleteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "delete",
        abstract: "Delete an offensive comment (3.5) with a reason code; optionally block its author too.",
        discussion: """
            The comment stays in the database, marked deleted, with who deleted it and why. Critical \
            remarks and complaints cannot be deleted (3.6). On a terminal dutydesk offers to block \
            the author as well; in scripts use --block-for, --block-until or --block-permanent.
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The item number.")
    var item: String

    @Option(help: "The regulation's reason: insult, illegal, advertising, offtopic or spam.")
    var reason: BlockReason?

    @Option(help: "Which comment of the item, when the reader wrote several.")
    var message: Int64?

    @Option(help: "Block the author too, for a span: 12h, 1d, 3d, 1w, 1m, 1y.")
    var blockFor: String?

    @Option(help: "Block the author too, until this date (through its end) or time.")
    var blockUntil: String?

    @Flag(help: "Block the author too, permanently.")
    var blockPermanent = false

    @Option(help: "A comment kept with the block.")
    var blockComment: String?

    @Flag(help: "Do not offer to block the author.")
    var noBlock = false

    @Flag(help: "Do not ask for confirmation.")
    var yes = false

    func run() throws {
        try withContext(global) { context in
            try ModerationCLI.run(global, context: context) { actions, _ in
                let itemID = try ModerationCLI.itemID(item)
                let language = context.language
                let zone = try actions.timeZone(itemID: itemID)
                var term = try BlockTermOptions.term(span: blockFor, until: blockUntil, permanent: blockPermanent,
                                                     timeZone: zone)
                // Refusals (3.6, the reason code, which comment) come before any question.
                let first = try actions.rehearsal.deleteComment(itemID: itemID, messageID: message, reason: reason,
                                                                blockFor: term, blockComment: blockComment)
                if term == nil, !noBlock, !yes, ModerationCLI.stdinIsTerminal {
                    term = try offerBlock(author: first.message, language: language, zone: zone, now: context.now)
                }
                let preview = term == nil ? first : try actions.rehearsal.deleteComment(
                    itemID: itemID, messageID: message, reason: reason, blockFor: term, blockComment: blockComment)
                let author = TerminalSafeText.line(preview.message.authorName)
                let alsoBlock = preview.block.flatMap { block in
                    preview.authorWasBlockedAlready ? nil : BlockText.end(block, zone: zone)
                }
                try ModerationCLI.confirm(Localized(
                    ru: "Удалить комментарий #\(preview.message.id ?? 0) (\(author)) в обращении #\(itemID)"
                        + (alsoBlock.map { " и заблокировать автора \($0.ru)" } ?? "") + "?",
                    en: "Delete comment #\(preview.message.id ?? 0) (\(author)) of item #\(itemID)"
                        + (alsoBlock.map { " and block its author \($0.en)" } ?? "") + "?"),
                    yes: yes, language: language)
                let done = try actions.deleteComment(itemID: itemID, messageID: message, reason: reason,
                                                     blockFor: term, blockComment: blockComment)
                report(done, itemID: itemID, zone: zone, language: language)
            }
        }
    }

    /// On a terminal: "block the author too?" with the term typed in, or Enter for no.
    private func offerBlock(author message: MessageRecord, language: Language, zone: TimeZone, now: Date) throws
        -> BlockTerm? {
        let name = TerminalSafeText.line(message.authorName)
        while true {
            let answer = ModerationCLI.ask(Localized(
                ru: "Заблокировать автора (\(name)) тоже? Срок 1d, 3d, 1w, 1m, 1y, permanent или дата; Enter — нет: ",
                en: "Block the author (\(name)) too? Term 1d, 3d, 1w, 1m, 1y, permanent or a date; Enter for no: ")
                .text(language))
            if answer.isEmpty || ["n", "no", "н", "нет"].contains(answer.lowercased()) { return nil }
            if ["permanent", "навсегда"].contains(answer.lowercased()) { return .permanent }
            do {
                let term = try (try? BlockTerm.parseSpan(answer)) ?? BlockTerm.parseEnd(answer, timeZone: zone)
                _ = try term.end(from: now, timeZone: zone)
                return term
            } catch let problem as BlockTermProblem {
                printError(problem.message.text(language))
            }
        }
    }

    private func report(_ done: ModerationActions.CommentDeletion, itemID: Int64, zone: TimeZone, language: Language) {
        let id = done.message.id ?? 0
        let reason = ModerationCLI.reasonText(done.message.deleteReason.flatMap(BlockReason.init(rawValue:)))
        print(Localized(ru: "Комментарий #\(id) удалён, причина: \(reason.ru); текст сохранён в базе.",
                        en: "Comment #\(id) deleted, reason: \(reason.en); its text stays in the database.").text(language))
        if done.closedItem {
            print(Localized(ru: "Обращение #\(itemID) закрыто: других сообщений читателя в нём нет.",
                            en: "Item #\(itemID) closed: nothing else of the reader's is left in it.").text(language))
        }
        if let block = done.block {
            let summary = BlockText.summary(block, zone: zone)
            print((done.authorWasBlockedAlready
                   ? Localized(ru: "Автор уже был заблокирован: \(summary.ru).", en: "The author was blocked already: \(summary.en).")
                   : Localized(ru: "Заблокирован: \(summary.ru). Блокировка #\(block.id ?? 0).",
                               en: "Blocked: \(summary.en). Block #\(block.id ?? 0).")).text(language))
        } else if !noBlock {
            let message = done.message
            print(Localized(
                ru: "Автор не заблокирован; при необходимости: dutydesk block \(message.pageID) \(message.authorID) --reason \(message.deleteReason ?? "insult") --for 7d",
                en: "The author is not blocked; if needed: dutydesk block \(message.pageID) \(message.authorID) --reason \(message.deleteReason ?? "insult") --for 7d")
                .text(language))
        }
    }
}
