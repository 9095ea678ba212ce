/// ISO weekdays, Monday first, as the organisation file spells them (`mon` … `sun`).
public enum Weekday: String, CaseIterable, Sendable, Codable, CodingKeyRepresentable, Comparable {
    case mon, tue, wed, thu, fri, sat, sun

    /// Accepts the file's short codes and the full English names (`thursday`), any letter case.
    public init?(code: String) {
        let lower = code.lowercased()
        if let short = Weekday(rawValue: lower) {
            self = short
            return
        }
        guard let match = Weekday.allCases.first(where: { $0.englishName.lowercased() == lower }) else {
            return nil
        }
        self = match
    }

    public var englishName: String {
        switch self {
        case .mon: "Monday"
        case .tue: "Tuesday"
        case .wed: "Wednesday"
        case .thu: "Thursday"
        case .fri: "Friday"
        case .sat: "Saturday"
        case .sun: "Sunday"
        }
    }

    public static func < (a: Weekday, b: Weekday) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}
