import DutyDeskCore

/// Typed access to the members of a JSON object, where every failure names the full path of the
/// field ("object.message.peer_id: missing"), so a rejection says exactly what is wrong.
struct FieldReader {
    let object: JSONObject
    /// The path of this object itself, "" for the line's top level.
    let path: String

    init(_ object: JSONObject, path: String = "") {
        self.object = object
        self.path = path
    }

    func pathOf(_ key: String) -> String { path.isEmpty ? key : path + "." + key }

    /// Present and not null.
    func has(_ key: String) -> Bool {
        switch object[key] {
        case nil, .null?: false
        default: true
        }
    }

    private func require(_ key: String) throws(RejectionReason) -> JSONValue {
        guard let value = object[key], !isNull(value) else { throw .missingField(path: pathOf(key)) }
        return value
    }

    private func isNull(_ value: JSONValue) -> Bool {
        if case .null = value { return true }
        return false
    }

    func int64(_ key: String) throws(RejectionReason) -> Int64 {
        let value = try require(key)
        guard case .integer(let number) = value else { throw mistyped(key, "an integer", value) }
        return number
    }

    func optionalInt64(_ key: String) throws(RejectionReason) -> Int64? {
        has(key) ? try int64(key) : nil
    }

    func string(_ key: String) throws(RejectionReason) -> String {
        let value = try require(key)
        guard case .string(let text) = value else { throw mistyped(key, "a string", value) }
        return text
    }

    func optionalString(_ key: String) throws(RejectionReason) -> String? {
        has(key) ? try string(key) : nil
    }

    /// VK writes flags as 0/1, Telegram as true/false; both are read as a Bool.
    func flag(_ key: String) throws(RejectionReason) -> Bool {
        guard has(key) else { return false }
        switch object[key]! {
        case .bool(let flag): return flag
        case .integer(0): return false
        case .integer(1): return true
        case let other: throw mistyped(key, "0 or 1", other)
        }
    }

    /// An id that one source sends as a number and another as a string (VK's `event_id`).
    func identifier(_ key: String) throws(RejectionReason) -> String {
        let value = try require(key)
        switch value {
        case .string(let text) where !text.isEmpty: return text
        case .string: throw .invalidValue(path: pathOf(key), problem: Localized(ru: "пустое значение", en: "empty"))
        case .integer(let number): return String(number)
        default: throw mistyped(key, "an integer or a string", value)
        }
    }

    func object(_ key: String) throws(RejectionReason) -> FieldReader {
        let value = try require(key)
        guard case .object(let nested) = value else { throw mistyped(key, "an object", value) }
        return FieldReader(nested, path: pathOf(key))
    }

    func optionalObject(_ key: String) throws(RejectionReason) -> FieldReader? {
        has(key) ? try object(key) : nil
    }

    /// An array of integers (VK's `parents_stack`); absent means empty.
    func int64Array(_ key: String) throws(RejectionReason) -> [Int64] {
        guard has(key) else { return [] }
        guard case .array(let elements) = object[key]! else { throw mistyped(key, "an array", object[key]!) }
        var numbers: [Int64] = []
        numbers.reserveCapacity(elements.count)
        for (index, element) in elements.enumerated() {
            guard case .integer(let number) = element else {
                throw .wrongType(path: pathOf(key) + "[\(index)]", expected: "an integer", found: element.kindName)
            }
            numbers.append(number)
        }
        return numbers
    }

    private func mistyped(_ key: String, _ expected: String, _ found: JSONValue) -> RejectionReason {
        .wrongType(path: pathOf(key), expected: expected, found: found.kindName)
    }
}
