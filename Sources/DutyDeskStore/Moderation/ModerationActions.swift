import DutyDeskCore
import Foundation
import GRDB

/// The moderation actions of regulation 3.5–3.7 and 6.7, as the TUI's effects and the CLI
/// commands perform them.
///
/// Every action follows one pattern, inside one write transaction: load what it is about,
/// check the operator's role on that page (`AccessPolicy`), check the regulation
/// (`ModerationRules`), write, append the audit entry, and refresh the item's reply clock when
/// the status changes. A refusal throws before anything is written: `AccessDenied` for roles,
/// `ModerationRefusal` for rules, `BlockTermProblem` for a bad term, `ItemNotFound`.
public struct ModerationActions: Sendable {
    public let database: DutyDeskDatabase
    /// Nil when the person at the keyboard is not staff: every action is refused.
    public let actor: Operator?
    /// The clock of the action (fixed in demos and tests).
    public let now: Date

    /// True for a rehearsal: every check runs and every write is made, then rolled back.
    public let isRehearsal: Bool

    public init(database: DutyDeskDatabase, actor: Operator?, now: Date) {
        self.init(database: database, actor: actor, now: now, isRehearsal: false)
    }

    private init(database: DutyDeskDatabase, actor: Operator?, now: Date, isRehearsal: Bool) {
        self.database = database
        self.actor = actor
        self.now = now
        self.isRehearsal = isRehearsal
    }

    /// The same actions, rolled back at the end: asks "would this be refused, and what would it
    /// do?" with exactly the checks of the real thing, before a confirmation is shown (a write
    /// transaction must not stay open while a person thinks). Escalation is not rehearsed: it
    /// writes a file and may send mail.
    public var rehearsal: ModerationActions {
        ModerationActions(database: database, actor: actor, now: now, isRehearsal: true)
    }

    /// Runs `body` in one write transaction, committed, or rolled back in a rehearsal.
    func perform<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) throws -> T {
        guard isRehearsal else { return try database.writer.write(body) }
        return try database.writer.writeWithoutTransaction { db in
            var result: T?
            try db.inTransaction(.immediate) {
                result = try body(db)
                return .rollback
            }
            return result!
        }
    }

    var nowSeconds: Int64 { Int64(now.timeIntervalSince1970.rounded(.down)) }

    /// Checks the role and returns the username to record. `AccessPolicy` refuses a nil actor,
    /// so the fallback is never written.
    func authorise(_ action: OperatorAction, page pageID: String) throws -> String {
        try AccessPolicy.check(action, page: pageID, by: actor)
        return actor?.username ?? "unknown"
    }
}

extension ModerationActions {
    /// The time zone of a page's department: block ends and mail times are local to it.
    public func timeZone(pageID: String) throws -> TimeZone {
        try database.reader.read { try PageCalendars.load($0, pageID: pageID) }.timeline.timeZone
    }

    /// The time zone of the department of an item's page.
    public func timeZone(itemID: Int64) throws -> TimeZone {
        try database.reader.read { try ModerationTarget.load($0, itemID: itemID) }.timeZone
    }
}
