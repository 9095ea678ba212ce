import DutyDeskCore
import Foundation
import GRDB

extension ModerationActions {
    public struct Escalation: Sendable, Equatable {
        public let mail: EscalationMail
        /// The mail file, written before the escalation was recorded.
        public let path: String
        /// Nil when no mail command is configured: the file is ready to send by hand.
        public let delivery: MailCommand.Outcome?
        /// An organisation-wide mail command exists but was ignored (the database is shared).
        public let ignoredSharedMailCommand: Bool
    }

    /// Passes a complaint to the head of the page's department (3.7): records the escalation,
    /// writes the ready e-mail to `outbox-mail/`, and hands it to the mail command when there
    /// is one. `again` re-sends a complaint already escalated.
    ///
    /// A rehearsal checks and renders the mail but writes no file and sends nothing (`path` is
    /// empty). The file is written inside the transaction, so an escalation is never recorded without
    /// its mail; the command runs after the commit (it may be slow, and its failure does not
    /// undo the escalation: the file is there to send by hand), and its outcome is audited too.
    public func escalate(itemID: Int64, again: Bool = false, environment: [String: String]) throws -> Escalation {
        let (mail, path, settings) = try perform { db in
            let target = try ModerationTarget.load(db, itemID: itemID)
            let username = try authorise(.escalate, page: target.pageID)
            let department = try EscalationFactsLoader.department(db, pageID: target.pageID)
            try ModerationRules.checkEscalate(target.moderated, headEmail: department.headEmail,
                                              departmentID: department.id, again: again, timeZone: target.timeZone)
            let facts = try EscalationFactsLoader.facts(db, target: target, department: department,
                                                        headEmail: department.headEmail ?? "", actor: actor,
                                                        username: username, at: now)
            let mail = EscalationMail(facts)
            let path = isRehearsal ? ""
                : try MailOutbox.write(mail.messageText, itemID: itemID, at: now, databasePath: database.path)
            try db.execute(sql: "UPDATE items SET escalated_at = ?, escalated_by = ? WHERE id = ?",
                           arguments: [nowSeconds, username, itemID])
            try AuditLog.append(db, actor: username, action: "item.escalate", pageID: target.pageID, itemID: itemID,
                                details: ["to": department.headEmail ?? "", "mail_file": path, "again": again ? "1" : "0"],
                                at: nowSeconds)
            let settings = try MailSettings.resolve(db, environment: environment, databasePath: database.path)
            return (mail, path, settings)
        }
        guard let command = settings.command, !isRehearsal else {
            return Escalation(mail: mail, path: path, delivery: nil, ignoredSharedMailCommand: settings.ignoredSharedSetting)
        }
        let outcome = MailCommand.send(mail.messageText, with: command)
        try database.writer.write { db in
            var details = ["mail_file": path, "command": command]
            switch outcome {
            case .sent: details["outcome"] = "sent"
            case .failed(_, let reason): details["outcome"] = "failed"; details["error"] = reason
            }
            let pageID = try String.fetchOne(db, sql: "SELECT page_id FROM items WHERE id = ?", arguments: [itemID])
            try AuditLog.append(db, actor: actor?.username ?? "unknown", action: "item.escalate.mail", pageID: pageID,
                                itemID: itemID, details: details, at: nowSeconds)
        }
        return Escalation(mail: mail, path: path, delivery: outcome, ignoredSharedMailCommand: false)
    }
}
