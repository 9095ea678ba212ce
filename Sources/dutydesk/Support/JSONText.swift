import Foundation

/// JSON output: sorted keys for stable diffs, Cyrillic as is, slashes unescaped.
enum JSONText {
    static func object(_ value: Any) throws -> String {
        let data = try JSONSerialization.data(withJSONObject: value,
                                              options: [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted])
        return String(decoding: data, as: UTF8.self)
    }
}
