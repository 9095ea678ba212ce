/// A wall-clock time in whole minutes after local midnight; 24:00 is allowed as a closing time.
public struct TimeOfDay: Hashable, Comparable, Sendable, CustomStringConvertible {
    public static let endOfDay = TimeOfDay(uncheckedMinutes: 24 * 60)

    public let minutes: Int

    public init?(minutes: Int) {
        guard (0...(24 * 60)).contains(minutes) else { return nil }
        self.minutes = minutes
    }

    private init(uncheckedMinutes: Int) { minutes = uncheckedMinutes }

    public init?(hour: Int, minute: Int) {
        guard (0...24).contains(hour), (0...59).contains(minute), hour < 24 || minute == 0 else { return nil }
        self.init(uncheckedMinutes: hour * 60 + minute)
    }

    /// Parses `H:MM` or `HH:MM`; rejects "25:00", "10:60", "24:30" and anything that is not a time.
    public init?(text: String) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let h = Int(parts[0]), let m = Int(parts[1]) else { return nil }
        self.init(hour: h, minute: m)
    }

    public var hour: Int { minutes / 60 }
    public var minute: Int { minutes % 60 }

    public var description: String {
        let h = hour < 10 ? "0\(hour)" : "\(hour)"
        let m = minute < 10 ? "0\(minute)" : "\(minute)"
        return "\(h):\(m)"
    }

    public static func < (a: TimeOfDay, b: TimeOfDay) -> Bool { a.minutes < b.minutes }
}
