/// A half-open stretch of a day during which a department is open: `[start, end)`, local time.
public struct OpenInterval: Hashable, Sendable, Codable, CustomStringConvertible {
    public let start: TimeOfDay
    public let end: TimeOfDay

    public enum ParseError: Error, Equatable, Sendable {
        case notAnInterval(String)
        case badTime(String)
        case endsBeforeItStarts(String)
    }

    public init(start: TimeOfDay, end: TimeOfDay) throws(ParseError) {
        guard start < end else { throw .endsBeforeItStarts("\(start)-\(end)") }
        self.start = start
        self.end = end
    }

    /// Parses `"10:00-20:00"`.
    public init(text: String) throws(ParseError) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count == 2 else { throw .notAnInterval(text) }
        guard let start = TimeOfDay(text: parts[0]) else { throw .badTime(parts[0]) }
        guard let end = TimeOfDay(text: parts[1]) else { throw .badTime(parts[1]) }
        try self.init(start: start, end: end)
    }

    public var minutes: Int { end.minutes - start.minutes }

    public var description: String { "\(start)-\(end)" }

    public func overlaps(_ other: OpenInterval) -> Bool {
        start < other.end && other.start < end
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        do {
            try self.init(text: text)
        } catch {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                                                    debugDescription: "not an opening interval: \(text)"))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

extension [OpenInterval] {
    /// The first pair of intervals in this list that overlap, if any.
    public func firstOverlap() -> (OpenInterval, OpenInterval)? {
        let sorted = self.sorted { $0.start < $1.start }
        for (a, b) in zip(sorted, sorted.dropFirst()) where a.overlaps(b) {
            return (a, b)
        }
        return nil
    }

    public var totalMinutes: Int { reduce(0) { $0 + $1.minutes } }
}
