import DutyDeskCore
import Foundation
import GRDB

/// Replying to an item (regulation 6.8, 6.3, 3.6, 6.9): check, queue in the outbox, and
/// answer the item; then mark the reply posted (or not posted) once the administrator has
/// put it on the platform by hand, until dutydesk delivers replies itself.
///
/// A reply answers the item when it is sent to the outbox, not when it is posted: the 6.2
/// clock measures the administrator's answer, and posting a ready text is clerical. A reply
/// marked as not posted (`markFailed`) stops answering the item, which reopens with its old
/// deadline, so a reply that never reached the reader cannot hide an overdue item.
///
/// Every action runs in one write transaction: load, check the role (`AccessPolicy`), check
/// the text, write, append to the audit log. A refusal throws before anything is written.
public struct ReplyActions: Sendable {
    public let database: DutyDeskDatabase
    public let actor: Operator?
    public let now: Date
    public let catalog: TemplateCatalog

    public init(database: DutyDeskDatabase, actor: Operator?, now: Date, catalog: TemplateCatalog) {
        self.database = database
        self.actor = actor
        self.now = now
        self.catalog = catalog
    }

    var nowSeconds: Int64 { Int64(now.timeIntervalSince1970.rounded(.down)) }

    /// The reply as it would be sent, with the checks' findings; writes nothing. Refused, like
    /// the send, to someone without the right to reply on the item's page.
    public func prepare(_ request: ReplyRequest) throws -> PreparedReply {
        try database.reader.read { db in
            let target = try ReplyTarget.load(db, itemID: request.itemID)
            // A dry run answers the same question as the send: may this person reply here?
            try AccessPolicy.check(.reply, page: target.item.pageID, by: actor)
            return try prepare(request, for: target)
        }
    }

    func prepare(_ request: ReplyRequest, for target: ReplyTarget) throws -> PreparedReply {
        for id in request.templateIDs {
            guard let template = catalog.library[id] else { throw RenderFailure.unknownTemplate(id) }
            guard template.allows(target.channel) else {
                throw ReplyRefusal.templateNotForChannel(id: id, channel: target.channel)
            }
        }
        let context = target.context(now: now)
        let known = try catalog.renderer.fieldNames(request.templateIDs, context: context)
        let unknown = TemplateRenderer.unknownFields(request.fields.keys.sorted(), known: known)
        if !unknown.isEmpty { throw ReplyRefusal.unknownFields(unknown, known: known) }
        let rendered = request.templateIDs.isEmpty ? nil
            : try catalog.renderer.render(request.templateIDs, context: context, fields: request.fields)
        let text = request.text ?? rendered?.text ?? ""
        let category = request.category ?? target.item.category
            ?? request.templateIDs.first.flatMap { catalog.library[$0]?.category }
        let report = catalog.checks.check(text, facts: target.checkFacts(personalData: request.personalData))
        return PreparedReply(target: target, text: text, templateIDs: request.templateIDs, rendered: rendered,
                             edited: rendered.map { $0.isEdited(text) } ?? false, personalData: request.personalData,
                             category: category, report: report)
    }

    /// Checks and queues the reply, and answers the item. Throws `ReplyRefusal.blocked` when a
    /// blocking rule fires and `.needsConfirmation` for unconfirmed warnings.
    public func send(_ request: ReplyRequest) throws -> SentReply {
        try database.writer.write { db in
            let target = try ReplyTarget.load(db, itemID: request.itemID)
            try AccessPolicy.check(.reply, page: target.item.pageID, by: actor)
            let username = actor?.username ?? "unknown"
            let prepared = try prepare(request, for: target)
            guard prepared.report.blocking.isEmpty else { throw ReplyRefusal.blocked(prepared.report.blocking) }
            guard prepared.report.allowsSending(warningsConfirmed: request.warningsConfirmed) else {
                throw ReplyRefusal.needsConfirmation(prepared.report.warnings)
            }
            var entry = OutboxRecord(
                itemID: target.itemID, text: prepared.text, templateIDs: prepared.templateIDs,
                edited: prepared.edited, freeForm: prepared.freeForm, personalData: prepared.personalData,
                category: prepared.category, status: .pending,
                // VK takes a 32-bit random_id; positive keeps it valid everywhere.
                randomID: Int64.random(in: 1...Int64(Int32.max)),
                replyToKey: target.replyToKey, createdBy: username, createdAt: nowSeconds)
            try entry.insert(db)
            let outboxID = entry.id!
            let messageID = try recordMessage(db, target: target, prepared: prepared, outboxID: outboxID)
            try ItemClock.refresh(db, itemID: target.itemID, calendar: target.calendar)
            if target.item.category == nil, let category = prepared.category {
                // Classifying by reply: the quarterly statistics (5.12) count every request by type.
                try db.execute(sql: "UPDATE items SET category = ? WHERE id = ? AND category IS NULL",
                               arguments: [category.rawValue, target.itemID])
            }
            // Answering means having read it (3.4).
            try db.execute(sql: "INSERT OR IGNORE INTO item_reads (item_id, username, read_at) VALUES (?, ?, ?)",
                           arguments: [target.itemID, username, nowSeconds])
            try DraftStore.discard(db, itemID: target.itemID, ownedBy: username)
            try AuditLog.append(db, actor: username, action: "reply", pageID: target.item.pageID,
                                itemID: target.itemID, details: auditDetails(prepared, outboxID: outboxID), at: nowSeconds)
            let status = try ItemStatus.fetchOne(db, sql: "SELECT status FROM items WHERE id = ?",
                                                 arguments: [target.itemID]) ?? .answered
            return SentReply(outboxID: outboxID, messageID: messageID, prepared: prepared, itemStatus: status)
        }
    }

    /// The page's own message in the item, keyed `outbox:<id>`: rule 6 of the deadline reads
    /// messages, so this is what makes the reply answer every earlier incoming message.
    private func recordMessage(_ db: Database, target: ReplyTarget, prepared: PreparedReply, outboxID: Int64) throws
        -> Int64 {
        let key = "outbox:\(outboxID)"
        guard let messageID = try ItemWriter.add(db, .init(
            itemID: target.itemID, pageID: target.item.pageID, direction: .outgoing, platformKey: key,
            authorID: target.pageAuthorID, authorName: target.pageName, text: prepared.text, sentAt: nowSeconds,
            rawJSON: "", replyToKey: target.replyToKey)) else {
            throw DatabaseError(resultCode: .SQLITE_CONSTRAINT, message: "message \(key) already exists")
        }
        // No platform event exists for it yet: raw_json stays NULL until delivery reports back.
        try db.execute(sql: "UPDATE messages SET raw_json = NULL, outbox_id = ? WHERE id = ?",
                       arguments: [outboxID, messageID])
        return messageID
    }

    private func auditDetails(_ prepared: PreparedReply, outboxID: Int64) -> [String: String] {
        var details = [
            "outbox_id": String(outboxID),
            "templates": prepared.templateIDs.joined(separator: ","),
            "edited": String(prepared.edited),
            "free_form": String(prepared.freeForm),
            "personal_data": String(prepared.personalData),
            "channel": prepared.target.channel.rawValue,
        ]
        details["category"] = prepared.category?.rawValue
        let warnings = prepared.report.warnings.map(\.ruleID)
        if !warnings.isEmpty { details["warnings_confirmed"] = warnings.joined(separator: ",") }
        return details
    }
}
