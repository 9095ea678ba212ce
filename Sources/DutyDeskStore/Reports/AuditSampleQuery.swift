import DutyDeskCore
import Foundation
import GRDB

/// The curator's audit sample (regulation 5.14) from the database: for each page, up to
/// `perPage` of the quarter's answered requests, picked by `AuditSampler` from the seed.
///
/// The population is every answered request of the quarter on the page (the same requests the
/// quarterly report counts), listed by arrival and then item, so the same seed on the same
/// database picks the same requests. A request answered later joins the population, so a sample
/// drawn again after more replies may differ; the seed is what makes a given day's sample repeatable.
public enum AuditSampleQuery {
    public static func sample(_ db: Database, quarter: QuarterPeriod, perPage: Int, seed: UInt64,
                              pageIDs: Set<String>? = nil, now: Date) throws -> AuditSample {
        let job = try QuarterFigures.Job(db, quarter: quarter, pageIDs: pageIDs, now: now)
        var population: [String: [Candidate]] = [:]
        try job.scan.forEach(db) { item in
            for request in item.requests {
                guard let reply = request.reply else { continue }
                population[item.pageID, default: []].append(Candidate(
                    itemID: item.itemID, channel: item.channel, category: item.category, request: request, reply: reply))
            }
        }
        let names = job.scan.calendars.mapValues(\.pageName)
        let staffNames = try DutyQuery.names(db)
        let pages = try job.pages.sorted().map { pageID in
            let candidates = (population[pageID] ?? []).sorted { ($0.request.arrival, $0.itemID) < ($1.request.arrival, $1.itemID) }
            let picked = AuditSampler.pick(perPage, from: candidates.count, seed: seed, page: pageID)
            return AuditSamplePage(pageID: pageID, pageName: names[pageID] ?? pageID, population: candidates.count,
                                   entries: try picked.map { try entry(db, candidates[$0], staffNames: staffNames) })
        }
        return AuditSample(quarter: quarter, seed: seed, perPage: perPage,
                           timeZoneIdentifier: job.emptyTally.timeZone.identifier,
                           generatedAt: Int64(now.timeIntervalSince1970), pages: pages)
    }

    /// An answered request, before its texts are read (only the picked ones ever are).
    struct Candidate {
        let itemID: Int64
        let channel: RequestChannel
        let category: RequestCategory?
        let request: ReportRequest
        let reply: ReportReply
    }

    /// Reads a picked request's texts: a few queries per picked request, never per candidate.
    static func entry(_ db: Database, _ candidate: Candidate, staffNames: [String: String]) throws -> AuditSampleEntry {
        let incoming = try String.fetchAll(db, sql: """
            SELECT text FROM messages
            WHERE item_id = ? AND direction = 'in' AND deleted_at IS NULL AND sent_at >= ? AND sent_at <= ?
            ORDER BY sent_at, id
            """, arguments: [candidate.itemID, candidate.request.arrival, candidate.reply.at])
        let reply = try Row.fetchOne(db, sql: """
            SELECT m.text, o.template_ids FROM messages m LEFT JOIN outbox o ON o.id = m.outbox_id WHERE m.id = ?
            """, arguments: [candidate.reply.messageID])
        let templateJSON: String? = reply?[1]
        let templates = templateJSON.flatMap { try? JSONDecoder().decode([String].self, from: Data($0.utf8)) } ?? []
        return AuditSampleEntry(
            itemID: candidate.itemID, channel: candidate.channel, category: candidate.category,
            arrival: candidate.request.arrival, deadline: candidate.request.deadline, replyAt: candidate.reply.at,
            responseSeconds: candidate.reply.workingSeconds, origin: candidate.reply.origin, templateIDs: templates,
            administrator: candidate.reply.author, administratorName: candidate.reply.author.flatMap { staffNames[$0] },
            incomingText: incoming.joined(separator: "\n"),
            replyText: reply?[0] ?? "")
    }
}
