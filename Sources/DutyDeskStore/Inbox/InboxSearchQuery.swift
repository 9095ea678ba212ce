import GRDB

/// `/` search in the inbox: the items whose author or shown text contains the words, ignoring
/// case in any script. SQLite's LIKE folds only ASCII, and readers write in Cyrillic, so the
/// folding is done by a small Swift function registered on the connection.
public enum InboxSearchQuery {
    static let functionName = "dutydesk_folded_contains"

    public static func matchingItemIDs(_ db: Database, text: String) throws -> Set<Int64> {
        let needle = text.lowercased()
        guard !needle.isEmpty else { return [] }
        db.add(function: foldedContains)
        let ids = try Int64.fetchCursor(db, sql: """
            SELECT id FROM items
            WHERE \(functionName)(author_name, ?) OR \(functionName)(preview, ?)
            """, arguments: [needle, needle])
        var result = Set<Int64>()
        while let id = try ids.next() { result.insert(id) }
        return result
    }

    /// (haystack, lowercased needle) → whether the lowercased haystack contains the needle.
    static let foldedContains = DatabaseFunction(functionName, argumentCount: 2, pure: true) { values in
        guard let haystack = String.fromDatabaseValue(values[0]),
              let needle = String.fromDatabaseValue(values[1]) else { return false }
        return haystack.lowercased().contains(needle)
    }
}
