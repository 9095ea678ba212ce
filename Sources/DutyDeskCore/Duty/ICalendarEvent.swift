import Foundation

/// One VEVENT of an exported duty calendar.
public struct ICalendarEvent: Sendable, Equatable {
    /// Stable per shift, so that importing an updated file again updates the event in place.
    public var uid: String
    public var start: Date
    public var end: Date
    public var summary: String
    public var description: String?
    public var url: String?
    /// Raised each time the shift changes, so calendar programs take the newer version (RFC 5545 3.8.7.4).
    public var sequence: Int

    public init(uid: String, start: Date, end: Date, summary: String, description: String? = nil,
                url: String? = nil, sequence: Int = 0) {
        self.uid = uid
        self.start = start
        self.end = end
        self.summary = summary
        self.description = description
        self.url = url
        self.sequence = sequence
    }

    /// The UID of a stored shift: its database id, which no edit changes.
    public static func uid(for shift: Shift) -> String {
        if let id = shift.id { return "dutydesk-shift-\(id)@dutydesk" }
        return "dutydesk-shift-\(shift.pageID)-\(shift.username)-\(Int64(shift.start.timeIntervalSince1970))@dutydesk"
    }
}
