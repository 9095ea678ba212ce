/// The monthly closure St. Petersburg libraries keep for cleaning ("санитарный день").
public enum SanitaryDayRule: Hashable, Sendable, Codable, CustomStringConvertible {
    case none
    /// The last given weekday of each month, e.g. the last Thursday.
    case lastWeekday(Weekday)
    /// The last day of each month on which the department would otherwise be open.
    case lastWorkingDay

    /// Parses the organisation file's codes: `none`, `last-working-day`, `last-thursday`, `last-thu`.
    public init?(code: String) {
        let lower = code.lowercased()
        switch lower {
        case "none": self = .none
        case "last-working-day": self = .lastWorkingDay
        default:
            guard lower.hasPrefix("last-"), let weekday = Weekday(code: String(lower.dropFirst(5))) else {
                return nil
            }
            self = .lastWeekday(weekday)
        }
    }

    public var code: String {
        switch self {
        case .none: "none"
        case .lastWorkingDay: "last-working-day"
        case .lastWeekday(let weekday): "last-\(weekday.englishName.lowercased())"
        }
    }

    public var description: String { code }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let rule = SanitaryDayRule(code: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                                                    debugDescription: "not a sanitary day rule: \(text)"))
        }
        self = rule
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(code)
    }
}
