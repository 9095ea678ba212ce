import DutyDeskCore
import Foundation
import GRDB

/// `dutydesk demo`: a ready organisation and a realistic inbox, relative to the clock.
/// Idempotent: a database that already holds the demo is left exactly as it is.
public enum DemoSeeder {
    static let demoFileName = "demo-organisation.yaml"

    public enum Outcome: Equatable, Sendable {
        case seeded(items: Int)
        case alreadyThere
    }

    public static func seed(_ database: DutyDeskDatabase, now: Date, actor: String) throws -> Outcome {
        let organisation = try OrganisationFileReader.read(text: DemoOrganisationYAML.text, fileName: demoFileName)
        return try database.writer.write { db in
            if try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = ?", arguments: [DemoMarker.seededKey]) != nil {
                return .alreadyThere
            }
            try OrganisationImport.apply(organisation, to: db, actor: actor, at: now)
            try db.execute(sql: "INSERT OR REPLACE INTO meta (key, value) VALUES (?, '1')", arguments: [DemoMarker.demoKey])
            let calendars = try PageCalendars.loadAll(db)
            var count = 0
            for (index, thread) in DemoInboxScript.threads.enumerated() {
                guard let calendar = calendars[thread.page] else { continue }
                try DemoThreadWriter(thread: thread, index: index, calendar: calendar, now: now).write(db)
                count += 1
            }
            try DemoDutyWeek.write(db, organisation: organisation, calendars: calendars, now: now)
            try db.execute(sql: "INSERT INTO meta (key, value) VALUES (?, ?)",
                           arguments: [DemoMarker.seededKey, String(Int64(now.timeIntervalSince1970))])
            try AuditLog.append(db, actor: actor, action: "demo.seed", pageID: nil, itemID: nil,
                                details: ["items": String(count)], at: Int64(now.timeIntervalSince1970))
            return .seeded(items: count)
        }
    }
}
