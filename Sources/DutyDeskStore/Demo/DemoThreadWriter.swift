import DutyDeskCore
import Foundation
import GRDB

/// Writes one scripted demo thread: its item, messages, reads, flags and block.
struct DemoThreadWriter {
    let thread: DemoThread
    let index: Int
    let calendar: PageCalendar
    let now: Date

    func write(_ db: Database) throws {
        let nowSeconds = Int64(now.timeIntervalSince1970)
        let first = Int64(firstArrival().timeIntervalSince1970)
        // Later lines keep their spacing but never land in the demo's future.
        let times = thread.lines.map { min(first + Int64($0.afterMinutes) * 60, nowSeconds - 30) }
        let kind: ItemKind = thread.kind == "comment" ? .comment : .message
        let key = thread.postID.map { "\($0):demo\(index)" } ?? String(thread.readerID)
        let itemID = try ItemWriter.item(
            db, for: .init(pageID: thread.page, kind: kind, key: key), authorID: thread.readerID,
            authorName: thread.readerName, postID: thread.postID, at: first)
        for (lineIndex, line) in thread.lines.enumerated() {
            let staffName = line.staff.flatMap { try? String.fetchOne(db, sql: "SELECT name FROM staff WHERE username = ?",
                                                                       arguments: [$0]) }
            try ItemWriter.add(db, .init(
                itemID: itemID, pageID: thread.page, direction: line.fromPage ? .outgoing : .incoming,
                platformKey: "demo:\(index):\(lineIndex)",
                authorID: line.fromPage ? -1 : thread.readerID,
                authorName: line.fromPage ? (staffName ?? calendar.pageName) : thread.readerName,
                text: line.text, sentAt: times[lineIndex], rawJSON: #"{"source":"demo"}"#))
        }
        let lastTime = times.last ?? first
        for (offset, reader) in thread.readBy.enumerated() {
            try db.execute(sql: "INSERT OR IGNORE INTO item_reads (item_id, username, read_at) VALUES (?, ?, ?)",
                           arguments: [itemID, reader, min(first + 300 + Int64(offset) * 60, nowSeconds)])
        }
        try db.execute(sql: """
            UPDATE items SET category = ?, is_critical = ?, is_complaint = ?,
                   escalated_at = ?, escalated_by = ?
            WHERE id = ?
            """, arguments: [thread.category, thread.critical, thread.complaint,
                             thread.escalated ? min(lastTime + 600, nowSeconds) : nil,
                             thread.escalated ? thread.readBy.first ?? "demo" : nil, itemID])
        if let reason = thread.closedReason {
            try db.execute(sql: """
                UPDATE items SET status = 'closed', closed_reason = ?, closed_by = ?, closed_at = ? WHERE id = ?
                """, arguments: [reason, thread.readBy.first ?? "demo", min(lastTime + 600, nowSeconds), itemID])
        }
        if thread.blockedReader {
            _ = try BlockLedger.insert(db, .init(
                pageID: thread.page, userID: thread.readerID, userName: thread.readerName,
                reason: thread.category == "spam" ? .advertising : .insult,
                comment: "Демо: блокировка по п. 6.7", fromAt: min(lastTime + 900, nowSeconds),
                untilAt: nowSeconds + 30 * 86_400, blockedBy: thread.readBy.first ?? "demo"))
        }
        try ItemClock.refresh(db, itemID: itemID, calendar: calendar)
    }

    private func firstArrival() -> Date {
        switch thread.timing {
        case .arrivedAgo(let minutes):
            return now.addingTimeInterval(-Double(minutes) * 60)
        case .remainingOpen(let minutes):
            // The countdown belongs to the oldest unanswered message, which follows the last reply.
            let lastReply = thread.lines.lastIndex(where: \.fromPage)
            let pending = thread.lines.indices.first { !thread.lines[$0].fromPage && $0 > (lastReply ?? -1) }
            let pendingOffset = pending.map { Double(thread.lines[$0].afterMinutes) * 60 } ?? 0
            let pendingArrival = DemoClock.arrival(leaving: Double(minutes) * 60, at: now, on: calendar.timeline)
            return pendingArrival.addingTimeInterval(-pendingOffset)
        }
    }
}
