import GRDB

/// Marks a database as the demo one: `--as` is honoured there, since it holds nothing real.
public enum DemoMarker {
    static let demoKey = "demo"
    static let seededKey = "demo_seeded_at"

    public static func isDemo(_ db: Database) throws -> Bool {
        try Meta.value(db, forKey: demoKey) == "1"
    }
}
