import Foundation
import GRDB

/// The organisation's time zone (the organisation file's top-level `timezone`), in which
/// quarters and weeks of the reports are read.
public enum OrganisationTimeZone {
    public static let fallback = "Europe/Moscow"

    public static func get(_ db: Database) throws -> TimeZone {
        let identifier = try Meta.value(db, forKey: "default_timezone") ?? fallback
        return TimeZone(identifier: identifier) ?? TimeZone(identifier: fallback)!
    }
}
