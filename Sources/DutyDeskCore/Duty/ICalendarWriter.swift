import Foundation

/// Writes duty shifts as an iCalendar file (RFC 5545) that calendar programs import.
///
/// The details the RFC insists on and programs trip over: CRLF line ends (3.1), lines folded at
/// 75 octets — octets, not characters, and never inside a UTF-8 sequence — with a space starting
/// each continuation line; times in UTC with the `Z` suffix (3.3.5, form #2), so no VTIMEZONE
/// is needed; a DTSTAMP on every event; and `\\`, `;`, `,` and newlines escaped in text (3.3.11).
public enum ICalendarWriter {
    public static let productID = "-//dutydesk//Duty shifts//RU"
    public static let maximumLineOctets = 75

    /// The whole VCALENDAR. `stamp` is when the file is made (DTSTAMP).
    public static func calendar(name: String, events: [ICalendarEvent], stamp: Date) -> String {
        var lines = [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:\(productID)",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
            "X-WR-CALNAME:\(escape(name))",
        ]
        for event in events {
            lines += [
                "BEGIN:VEVENT",
                "UID:\(escape(event.uid))",
                "DTSTAMP:\(utc(stamp))",
                "DTSTART:\(utc(event.start))",
                "DTEND:\(utc(event.end))",
                "SEQUENCE:\(event.sequence)",
                "SUMMARY:\(escape(event.summary))",
            ]
            if let description = event.description { lines.append("DESCRIPTION:\(escape(description))") }
            if let url = event.url { lines.append("URL:\(url)") }
            lines += ["TRANSP:OPAQUE", "END:VEVENT"]
        }
        lines.append("END:VCALENDAR")
        return lines.map(fold).joined()
    }

    /// TEXT value escaping (RFC 5545 3.3.11).
    public static func escape(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "\\": result += "\\\\"
            case ";": result += "\\;"
            case ",": result += "\\,"
            case "\r\n", "\n", "\r": result += "\\n"
            default: result.append(character)
            }
        }
        return result
    }

    /// One content line, folded into lines of at most 75 octets, each ended by CRLF.
    public static func fold(_ line: String) -> String {
        var result = ""
        var current = ""
        var octets = 0
        for scalar in line.unicodeScalars {
            let size = String(scalar).utf8.count
            if octets + size > maximumLineOctets {
                result += current + "\r\n"
                current = " "
                octets = 1
            }
            current.unicodeScalars.append(scalar)
            octets += size
        }
        return result + current + "\r\n"
    }

    /// `20261110T070000Z`.
    public static func utc(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let p = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        func two(_ n: Int?) -> String { let n = n ?? 0; return n < 10 ? "0\(n)" : "\(n)" }
        return "\(p.year ?? 0)\(two(p.month))\(two(p.day))T\(two(p.hour))\(two(p.minute))\(two(p.second))Z"
    }
}
