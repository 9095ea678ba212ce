/// A JSON value as ingest reads it: integers stay exact 64-bit integers (VK and Telegram ids
/// do not fit a Double), and an object remembers where its text lies in the line, so that the
/// platform's own JSON of a message can be kept without serialising it again.
enum JSONValue: Sendable {
    case null
    case bool(Bool)
    /// A number written without fraction or exponent that fits in 64 bits.
    case integer(Int64)
    /// Any other number.
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object(JSONObject)

    /// What a rejection says was found instead of the expected type.
    var kindName: String {
        switch self {
        case .null: "null"
        case .bool: "a boolean"
        case .integer: "an integer"
        case .number: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }
}

/// A JSON object: members in their order (events have a dozen keys, so a linear search beats
/// hashing them), plus the byte range of the object's text in the line it came from.
struct JSONObject: Sendable {
    var members: [(key: String, value: JSONValue)]
    var byteRange: Range<Int>

    /// The value of `key`; with a repeated key the last one wins, as in most parsers.
    subscript(key: String) -> JSONValue? {
        var index = members.count - 1
        while index >= 0 {
            if members[index].key == key { return members[index].value }
            index -= 1
        }
        return nil
    }

    func contains(_ key: String) -> Bool { self[key] != nil }
}
