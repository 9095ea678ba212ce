import DutyDeskCore

/// Reads a Telegram Bot API `Update` carrying `message` or `edited_message` into an
/// `IngestEvent` (formats.md: "Telegram Bot API").
///
/// Private chats belong to the `--page` of the run (the bot); messages in a channel's linked
/// discussion group belong to the page with that `discussion_chat_id` and are comments, threaded
/// to the channel post's automatic forward.
struct TelegramUpdateDecoder {
    let pages: IngestPages
    let receivedAt: Int64

    /// Update fields that are not the update's content.
    private static let envelopeKeys: Set<String> = ["update_id"]

    func decode(_ update: FieldReader, line: DecodedLine) throws(RejectionReason) -> IngestEvent {
        let updateID = try update.int64("update_id")
        let type: String
        if update.has("message") {
            type = "message"
        } else if update.has("edited_message") {
            type = "edited_message"
        } else {
            let other = update.object.members.map(\.key).first { !Self.envelopeKeys.contains($0) }
            throw other.map { .unsupportedType(network: .telegram, type: $0) } ?? .missingField(path: "message")
        }
        let message = try update.object(type)
        let chat = try message.object("chat")
        let chatID = try chat.int64("id")
        let chatType = try chat.string("type")
        let page: IngestPages.Page
        let change: IngestChange
        switch chatType {
        case "private":
            page = try pages.telegramPrivatePage(chat: chatID)
            change = try wrap(try privateMessage(message, chatID: chatID, line: line), type: type, message: message)
        case "group", "supergroup":
            page = try pages.telegramPage(discussionChat: chatID)
            if try message.flag("is_automatic_forward") {
                // The channel's post itself, copied into the group: comments thread to it.
                change = .recordOnly
            } else {
                change = try wrap(try comment(message, chatID: chatID, page: page, line: line), type: type, message: message)
            }
        default:
            throw .invalidValue(path: chat.pathOf("type"), problem: Localized(
                ru: "«\(chatType)»: принимаются личные чаты и группы обсуждения каналов",
                en: "'\(chatType)': only private chats and channels' discussion groups are ingested"))
        }
        let pageForKey = pages.requestedPageID ?? page.id
        return IngestEvent(network: .telegram, eventKey: "\(pageForKey):\(updateID)", type: type, pageID: page.id,
                           rawJSON: line.text, change: change)
    }

    private func wrap(_ message: IngestMessage, type: String, message reader: FieldReader) throws(RejectionReason)
        -> IngestChange {
        guard type == "edited_message" else { return .message(message) }
        return .edit(message, editedAt: try reader.optionalInt64("edit_date") ?? receivedAt)
    }

    /// A reader's message to the bot. A bot never receives its own messages, so these are all
    /// incoming; the answers are the replies dutydesk records itself.
    private func privateMessage(_ message: FieldReader, chatID: Int64, line: DecodedLine) throws(RejectionReason)
        -> IngestMessage {
        let messageID = try message.int64("message_id")
        let from = try message.optionalObject("from")
        return IngestMessage(
            placement: .thread(kind: .message, key: String(chatID)),
            platformKey: Self.messageKey(chat: chatID, message: messageID),
            direction: .incoming,
            authorID: try from?.int64("id") ?? chatID, authorName: try from.map { (user) throws(RejectionReason) in try personName(user) } ?? "",
            text: try text(message), sentAt: try message.int64("date"), postID: nil,
            replyToKey: try replyKey(message, chatID: chatID), rawJSON: line.text(of: message.object))
    }

    /// A comment in the discussion group. Its thread is the forwarded post: `message_thread_id`
    /// when Telegram gives it, else the post it replies to, else the thread of the comment it
    /// replies to. A reply to a comment not stored yet waits in a thread named after that
    /// comment's id, and moves to the comment's thread when the comment arrives, so the order
    /// of arrival does not matter; a reply whose comment never arrives stays in that thread.
    /// A message posted as the channel (or as the group, by an anonymous administrator) is the
    /// page's answer.
    private func comment(_ message: FieldReader, chatID: Int64, page: IngestPages.Page, line: DecodedLine)
        throws(RejectionReason) -> IngestMessage {
        let messageID = try message.int64("message_id")
        let reply = try message.optionalObject("reply_to_message")
        let placement: ThreadPlacement
        if let thread = try message.optionalInt64("message_thread_id") {
            placement = .thread(kind: .comment, key: String(thread))
        } else if let reply {
            let replied = try reply.int64("message_id")
            if let thread = try reply.optionalInt64("message_thread_id") {
                placement = .thread(kind: .comment, key: String(thread))
            } else if try reply.flag("is_automatic_forward") {
                placement = .thread(kind: .comment, key: String(replied))
            } else {
                placement = .sameThreadAs(platformKey: Self.messageKey(chat: chatID, message: replied),
                                          fallback: String(replied), kind: .comment)
            }
        } else {
            // Not a reply to any post: a message of its own in the group, its own thread.
            placement = .thread(kind: .comment, key: String(messageID))
        }
        let senderChat = try message.optionalObject("sender_chat")
        let senderChatID = try senderChat?.int64("id")
        let fromPage = senderChatID == page.externalID || senderChatID == chatID
        let from = try message.optionalObject("from")
        let authorID: Int64
        let authorName: String
        if fromPage {
            authorID = senderChatID!
            authorName = page.name
        } else if let from {
            authorID = try from.int64("id")
            authorName = try personName(from)
        } else if let senderChat, let senderChatID {
            // Another channel commenting under its own name.
            authorID = senderChatID
            authorName = try senderChat.optionalString("title") ?? ""
        } else {
            throw .missingField(path: message.pathOf("from"))
        }
        return IngestMessage(
            placement: placement, platformKey: Self.messageKey(chat: chatID, message: messageID),
            direction: fromPage ? .outgoing : .incoming, authorID: authorID, authorName: authorName,
            text: try text(message), sentAt: try message.int64("date"), postID: nil,
            replyToKey: try replyKey(message, chatID: chatID), rawJSON: line.text(of: message.object),
            earlyRepliesThreadKey: String(messageID))
    }

    /// Text, or a media message's caption; a sticker or a photo without caption has neither.
    private func text(_ message: FieldReader) throws(RejectionReason) -> String {
        if let text = try message.optionalString("text") { return text }
        return try message.optionalString("caption") ?? ""
    }

    private func personName(_ user: FieldReader) throws(RejectionReason) -> String {
        let first = try user.optionalString("first_name") ?? ""
        let last = try user.optionalString("last_name") ?? ""
        let name = last.isEmpty ? first : first + " " + last
        if !name.isEmpty { return name }
        guard let username = try user.optionalString("username") else { return "" }
        return "@" + username
    }

    private func replyKey(_ message: FieldReader, chatID: Int64) throws(RejectionReason) -> String? {
        guard let reply = try message.optionalObject("reply_to_message") else { return nil }
        return Self.messageKey(chat: chatID, message: try reply.int64("message_id"))
    }

    static func messageKey(chat: Int64, message: Int64) -> String { "tg:\(chat):\(message)" }
}
