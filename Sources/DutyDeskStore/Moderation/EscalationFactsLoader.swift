import DutyDeskCore
import Foundation
import GRDB

/// Gathers what the escalation mail says about an item: the department's head, the page, a
/// link, the reader and their messages, and who escalates.
enum EscalationFactsLoader {
    struct Department {
        let id: String
        let name: String
        let headName: String?
        let headEmail: String?
    }

    static func department(_ db: Database, pageID: String) throws -> Department {
        let row = try Row.fetchOne(db, sql: """
            SELECT d.id, d.name, d.head_name, d.head_email FROM pages p JOIN departments d ON d.id = p.department_id
            WHERE p.id = ?
            """, arguments: [pageID])
        guard let row else { throw UnknownPage(pageID: pageID, knownPages: []) }
        return Department(id: row["id"], name: row["name"], headName: row["head_name"], headEmail: row["head_email"])
    }

    static func facts(_ db: Database, target: ModerationTarget, department: Department, headEmail: String,
                      actor: Operator?, username: String, at: Date) throws -> EscalationMail.Facts {
        let item = target.record
        guard let page = try PageRecord.fetchOne(db, key: item.pageID) else {
            throw UnknownPage(pageID: item.pageID, knownPages: [])
        }
        let messages = try MessageRecord
            .filter(MessageRecord.Columns.itemID == target.id && MessageRecord.Columns.direction == MessageDirection.incoming
                    && MessageRecord.Columns.deletedAt == nil)
            .order(MessageRecord.Columns.sentAt, MessageRecord.Columns.id)
            .fetchAll(db)
            .map { EscalationMail.ReaderMessage(sentAt: Date(timeIntervalSince1970: TimeInterval($0.sentAt)), text: $0.text) }
        let staffEmail = try String.fetchOne(db, sql: "SELECT email FROM staff WHERE username = ?", arguments: [username])
        let link = ItemLink.url(network: page.network, externalID: page.externalID, pageURL: page.url, kind: item.kind,
                                threadKey: item.threadKey, postID: item.postID)
        return EscalationMail.Facts(
            headName: department.headName, headEmail: headEmail, departmentName: department.name, pageName: page.name,
            link: link, itemID: target.id, kind: item.kind,
            readerName: item.authorName.isEmpty ? "id \(item.authorID)" : item.authorName, readerID: item.authorID,
            messages: messages, escalatedAt: at, escalatedByName: actor?.name ?? username, escalatedByUsername: username,
            escalatedByEmail: staffEmail, timeZone: target.timeZone)
    }
}
