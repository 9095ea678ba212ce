import Foundation

/// Open time of a page's department with nobody on duty (regulation 6.1 asks for duty
/// "на протяжении всего времени работы отдела").
public struct CoverageGap: Hashable, Sendable {
    public var pageID: String
    public var start: Date
    public var end: Date

    public init(pageID: String, start: Date, end: Date) {
        self.pageID = pageID
        self.start = start
        self.end = end
    }

    public var interval: DateInterval { DateInterval(start: start, end: end) }
    public var duration: TimeInterval { end.timeIntervalSince(start) }

    public func contains(_ instant: Date) -> Bool { start <= instant && instant < end }
}
