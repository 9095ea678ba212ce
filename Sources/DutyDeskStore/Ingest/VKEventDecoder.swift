import DutyDeskCore

/// Reads a VK Callback API / Bots Long Poll envelope `{type, object, group_id, event_id}` into an
/// `IngestEvent` (formats.md: "VK Callback API / Bots Long Poll").
struct VKEventDecoder {
    let pages: IngestPages
    /// When an event carries no time of its own (deletes, blocks, VK comment edits).
    let receivedAt: Int64

    static let types: Set<String> = [
        "message_new", "message_reply", "message_edit",
        "wall_reply_new", "wall_reply_edit", "wall_reply_delete", "wall_reply_restore",
        "user_block", "user_unblock",
    ]

    func decode(_ envelope: FieldReader, line: DecodedLine) throws(RejectionReason) -> IngestEvent {
        let type = try envelope.string("type")
        let group = try envelope.int64("group_id")
        guard group > 0 else {
            throw .invalidValue(path: "group_id", problem: Localized(ru: "должен быть положительным", en: "must be positive"))
        }
        guard Self.types.contains(type) else { throw .unsupportedType(network: .vk, type: type) }
        let eventID = try envelope.identifier("event_id")
        let object = try envelope.object("object")
        let page = try pages.vkPage(group: group)
        let change = try change(type: type, object: object, page: page, line: line)
        return IngestEvent(network: .vk, eventKey: eventID, type: type, pageID: page.id, rawJSON: line.text, change: change)
    }

    private func change(type: String, object: FieldReader, page: IngestPages.Page, line: DecodedLine)
        throws(RejectionReason) -> IngestChange {
        switch type {
        case "message_new":
            // Wrapped: {message, client_info}.
            return .message(try privateMessage(try object.object("message"), page: page, line: line, reply: false))
        case "message_reply":
            return .message(try privateMessage(object, page: page, line: line, reply: true))
        case "message_edit":
            let message = try privateMessage(object, page: page, line: line, reply: false)
            return .edit(message, editedAt: try object.optionalInt64("update_time") ?? receivedAt)
        case "wall_reply_new":
            return .message(try comment(object, page: page, line: line))
        case "wall_reply_edit":
            return .edit(try comment(object, page: page, line: line), editedAt: receivedAt)
        case "wall_reply_restore":
            return .restore(try comment(object, page: page, line: line))
        case "wall_reply_delete":
            return try deletion(object)
        case "user_block":
            return .block(VKUserBlock(
                adminID: try object.int64("admin_id"), userID: try object.int64("user_id"),
                unblockDate: try object.optionalInt64("unblock_date") ?? 0,
                reasonCode: Int(try object.optionalInt64("reason") ?? 0),
                comment: try object.optionalString("comment")))
        default:   // "user_unblock"
            return .unblock(VKUserUnblock(
                adminID: try object.int64("admin_id"), userID: try object.int64("user_id"),
                byEndDate: try object.flag("by_end_date")))
        }
    }

    /// A private (or group chat) message: the conversation is the peer; messages are keyed by
    /// (peer_id, conversation_message_id) because `id` is 0 in group chats.
    private func privateMessage(_ message: FieldReader, page: IngestPages.Page, line: DecodedLine, reply: Bool)
        throws(RejectionReason) -> IngestMessage {
        let peer = try message.int64("peer_id")
        let from = try message.int64("from_id")
        let cmid = try message.int64("conversation_message_id")
        let sentByPage = try message.flag("out")
        let outgoing = reply || sentByPage
        return IngestMessage(
            placement: .thread(kind: .message, key: String(peer)),
            platformKey: "peer:\(peer):cmid:\(cmid)",
            direction: outgoing ? .outgoing : .incoming,
            authorID: from, authorName: outgoing ? page.name : "",
            text: try message.string("text"), sentAt: try message.int64("date"), postID: nil,
            replyToKey: nil, rawJSON: line.text(of: message.object))
    }

    /// A wall comment: the thread is the post plus the top-level comment (parents_stack[0], or
    /// the comment itself); a comment from -group_id is the page's own answer in that thread.
    private func comment(_ comment: FieldReader, page: IngestPages.Page, line: DecodedLine)
        throws(RejectionReason) -> IngestMessage {
        let id = try comment.int64("id")
        let from = try comment.int64("from_id")
        let postID = try comment.int64("post_id")
        let owner = try comment.int64("post_owner_id")
        let parents = try comment.int64Array("parents_stack")
        let replyTo = try comment.optionalInt64("reply_to_comment")
        let post = "\(owner)_\(postID)"
        let placement: ThreadPlacement
        if let top = parents.first {
            placement = .thread(kind: .comment, key: "\(post):\(top)")
        } else if let replyTo {
            // A reply without a thread stack: it joins the thread of the comment it answers.
            placement = .sameThreadAs(platformKey: Self.commentKey(owner: owner, id: replyTo),
                                      fallback: "\(post):\(replyTo)", kind: .comment)
        } else {
            placement = .thread(kind: .comment, key: "\(post):\(id)")
        }
        let outgoing = from == -page.externalID
        return IngestMessage(
            placement: placement, platformKey: Self.commentKey(owner: owner, id: id),
            direction: outgoing ? .outgoing : .incoming,
            authorID: from, authorName: outgoing ? page.name : "",
            text: try comment.string("text"), sentAt: try comment.int64("date"), postID: postID,
            replyToKey: replyTo.map { Self.commentKey(owner: owner, id: $0) },
            rawJSON: line.text(of: comment.object), earlyRepliesThreadKey: "\(post):\(id)", deletable: true)
    }

    /// `wall_reply_delete`: who deleted it comes as `deleter_id` or `user_id`, depending on the
    /// source (formats.md): either is accepted, `deleter_id` first.
    private func deletion(_ object: FieldReader) throws(RejectionReason) -> IngestChange {
        let owner = try object.int64("owner_id")
        let id = try object.int64("id")
        let deleter: Int64
        if object.has("deleter_id") {
            deleter = try object.int64("deleter_id")
        } else if object.has("user_id") {
            deleter = try object.int64("user_id")
        } else {
            throw .missingField(path: object.pathOf("deleter_id") + " / " + object.pathOf("user_id"))
        }
        return .delete(platformKey: Self.commentKey(owner: owner, id: id), deletedBy: VKActor.name(deleter))
    }

    static func commentKey(owner: Int64, id: Int64) -> String { "wall:\(owner):\(id)" }
}
