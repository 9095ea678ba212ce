import Foundation

/// A minimal RFC 5545 reader for the tests: unfolds lines, splits properties, unescapes text,
/// reads UTC times. Deliberately separate from the writer, so a test reads what a calendar
/// program would, not what the writer meant. (The end-to-end tests have a copy: test targets
/// cannot share sources.)
struct ICalendarReader {
    struct Event {
        var properties: [String: String] = [:]
        var uid: String? { properties["UID"] }
        var summary: String? { properties["SUMMARY"] }
        var description: String? { properties["DESCRIPTION"] }
        var start: Date? { properties["DTSTART"].flatMap(ICalendarReader.utc) }
        var end: Date? { properties["DTEND"].flatMap(ICalendarReader.utc) }
    }

    struct Problem: Error, CustomStringConvertible {
        let description: String
    }

    var calendar: [String: String] = [:]
    var events: [Event] = []

    init(_ text: String) throws {
        guard text.hasSuffix("\r\n") else { throw Problem(description: "does not end with CRLF") }
        if text.replacingOccurrences(of: "\r\n", with: "").contains("\n") {
            throw Problem(description: "a bare LF line end")
        }
        let unfolded = text.replacingOccurrences(of: "\r\n ", with: "").replacingOccurrences(of: "\r\n\t", with: "")
        var current: Event?
        var depth: [String] = []
        for line in unfolded.components(separatedBy: "\r\n") where !line.isEmpty {
            guard let colon = line.firstIndex(of: ":") else { throw Problem(description: "no colon in \(line)") }
            let name = String(line[..<colon]).split(separator: ";").first.map(String.init) ?? ""
            let value = String(line[line.index(after: colon)...])
            switch (name, value) {
            case ("BEGIN", "VEVENT"): current = Event(); depth.append(value)
            case ("END", "VEVENT"):
                guard let event = current else { throw Problem(description: "END:VEVENT without BEGIN") }
                events.append(event)
                current = nil
                depth.removeLast()
            case ("BEGIN", _): depth.append(value)
            case ("END", _): depth.removeLast()
            default:
                if current != nil {
                    current!.properties[name] = Self.unescape(value)
                } else {
                    calendar[name] = Self.unescape(value)
                }
            }
        }
        guard depth.isEmpty else { throw Problem(description: "unclosed \(depth)") }
    }

    static func unescape(_ value: String) -> String {
        var result = ""
        var escaping = false
        for character in value {
            if escaping {
                switch character {
                case "n", "N": result += "\n"
                default: result.append(character)
                }
                escaping = false
            } else if character == "\\" {
                escaping = true
            } else {
                result.append(character)
            }
        }
        return result
    }

    /// `20261110T070000Z` only: the writer promises UTC.
    static func utc(_ text: String) -> Date? {
        guard text.count == 16, text.hasSuffix("Z") else { return nil }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd'T'HHmmss'Z'"
        return formatter.date(from: text)
    }
}
