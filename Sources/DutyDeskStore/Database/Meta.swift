import GRDB

/// Small facts about the database itself, kept in the `meta` table (for example the demo
/// marker that `DemoMarker` reads).
public enum Meta {
    public static func value(_ db: Database, forKey key: String) throws -> String? {
        try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = ?", arguments: [key])
    }

    /// Sets the value, or removes the key when `value` is nil.
    public static func setValue(_ db: Database, _ value: String?, forKey key: String) throws {
        if let value {
            try db.execute(sql: """
                INSERT INTO meta (key, value) VALUES (?, ?)
                ON CONFLICT(key) DO UPDATE SET value = excluded.value
                """, arguments: [key, value])
        } else {
            try db.execute(sql: "DELETE FROM meta WHERE key = ?", arguments: [key])
        }
    }
}
