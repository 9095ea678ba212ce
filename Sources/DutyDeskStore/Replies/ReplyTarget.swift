import DutyDeskCore
import Foundation
import GRDB

/// The item a reply answers, with what the templates, the checks and the outbox need: its
/// channel, network, page and department, the reader's name, the message being answered.
public struct ReplyTarget: Sendable {
    public let item: ItemRecord
    public let calendar: PageCalendar
    public let network: Network
    public let pageName: String
    public let pageURL: String
    /// VK group id (positive) or Telegram channel chat id (negative).
    public let pageExternalID: Int64
    public let departmentName: String
    /// The platform key of the latest incoming message: the reply threads under it.
    public let replyToKey: String?

    public var itemID: Int64 { item.id ?? 0 }
    public var channel: ItemKind { item.kind }

    public static func load(_ db: Database, itemID: Int64) throws -> ReplyTarget {
        guard let item = try ItemRecord.fetchOne(db, key: itemID) else { throw ReplyRefusal.unknownItem(itemID) }
        let calendar = try PageCalendars.load(db, pageID: item.pageID)
        let row = try Row.fetchOne(db, sql: """
            SELECT p.network, p.name, p.url, p.external_id, d.name AS department_name
            FROM pages p JOIN departments d ON d.id = p.department_id WHERE p.id = ?
            """, arguments: [item.pageID])
        let replyTo = try String.fetchOne(db, sql: """
            SELECT platform_key FROM messages WHERE item_id = ? AND direction = 'in' AND deleted_at IS NULL
            ORDER BY sent_at DESC, id DESC LIMIT 1
            """, arguments: [itemID])
        return ReplyTarget(
            item: item, calendar: calendar,
            network: Network(rawValue: row?["network"] ?? "") ?? .vk,
            pageName: row?["name"] ?? calendar.pageName, pageURL: row?["url"] ?? "",
            pageExternalID: row?["external_id"] ?? 0, departmentName: row?["department_name"] ?? "",
            replyToKey: replyTo)
    }

    /// The placeholder values for this item at `now`.
    public func context(now: Date) -> ReplyContext {
        ReplyContext.make(.init(readerName: item.authorName, pageName: pageName, pageURL: pageURL,
                                departmentName: departmentName),
                          timeline: calendar.timeline, now: now)
    }

    public func checkFacts(personalData: Bool) -> ReplyChecks.Facts {
        ReplyChecks.Facts(channel: channel, network: network, personalData: personalData)
    }

    /// How the page appears as the author of its own messages: VK shows a community as the
    /// negative group id; a Telegram channel's chat id is negative already.
    var pageAuthorID: Int64 {
        network == .vk ? -abs(pageExternalID) : pageExternalID
    }
}
