/// The quarterly figures of one page, or of all the report's pages together (regulation 5.12).
///
/// The unit is the **request**: an incoming message that started a reply clock, with the
/// messages that followed it until the reply (see `RequestClock`). A request belongs to the
/// quarter in which it arrived. "Items" counts the conversations and comment threads those
/// requests came in.
public struct PageFigures: Sendable, Equatable {
    /// Nil for the all-pages total.
    public let pageID: String?
    public let pageName: String

    public var requests = 0
    public var items = 0
    public var byCategory: [RequestCategory: Int] = [:]
    public var unclassified = 0
    public var byChannel: [RequestChannel: Int] = [:]
    public var byStanding: [RequestStanding: Int] = [:]
    /// Over every answered request, in seconds of working time.
    public var responseTime = ResponseTimeSummary(seconds: [])
    /// Open items past their deadline at the report's clock, whose clock started before the
    /// quarter ended (for the current quarter: exactly the inbox's overdue items).
    public var overdueNow = 0
    /// How the first replies were made.
    public var answersByOrigin: [ReplyOrigin: Int] = [:]
    /// Blocks that started in the quarter, by reason.
    public var blocksByReason: [BlockReason: Int] = [:]
    /// Blocks learned from VK with a reason outside the regulation's five.
    public var blocksWithoutReason = 0
    /// Items escalated to the department head (3.7) during the quarter.
    public var escalatedComplaints = 0
    /// Busiest first; replies made outside dutydesk last.
    public var administrators: [AdministratorFigures] = []
    /// One entry per week of `QuarterPeriod.weekStarts`.
    public var weeks: [WeekFigures] = []

    public init(pageID: String?, pageName: String) {
        self.pageID = pageID
        self.pageName = pageName
    }

    public func count(_ standing: RequestStanding) -> Int { byStanding[standing] ?? 0 }

    public var answeredOnTime: Int { count(.answeredOnTime) }

    /// Requests whose outcome against the deadline is known: answered (on time or late), or
    /// unanswered with the deadline passed. Waiting, closed and deadline-less requests are not judged.
    public var judged: Int { count(.answeredOnTime) + count(.answeredLate) + count(.overdue) }

    /// Missed the deadline: answered late, or still unanswered past it ("overdue during the quarter").
    public var missedDeadline: Int { count(.answeredLate) + count(.overdue) }

    /// Answered on time out of the judged requests, 0…1; nil when nothing could be judged.
    public var onTimeShare: Double? {
        judged > 0 ? Double(answeredOnTime) / Double(judged) : nil
    }

    public var answered: Int { responseTime.count }

    public var blocks: Int { blocksByReason.values.reduce(0, +) + blocksWithoutReason }
}

/// One administrator's first replies in the quarter.
public struct AdministratorFigures: Sendable, Equatable {
    /// Nil: replies made in VK or Telegram directly, by someone dutydesk cannot name.
    public let username: String?
    public let name: String?
    public let answered: Int
    /// Median (nearest rank) response time in seconds of working time.
    public let medianSeconds: Int?

    public init(username: String?, name: String?, answered: Int, medianSeconds: Int?) {
        self.username = username
        self.name = name
        self.answered = answered
        self.medianSeconds = medianSeconds
    }
}

/// Requests that arrived in one week, and how many of them missed the deadline.
public struct WeekFigures: Sendable, Equatable {
    public let start: LocalDate
    public var received: Int
    public var missedDeadline: Int

    public init(start: LocalDate, received: Int = 0, missedDeadline: Int = 0) {
        self.start = start
        self.received = received
        self.missedDeadline = missedDeadline
    }
}

/// The quarterly report: every page's figures and their total.
public struct QuarterReport: Sendable, Equatable {
    public let quarter: QuarterPeriod
    /// The organisation's time zone, in which the quarter's dates and weeks are read.
    public let timeZoneIdentifier: String
    /// The report's clock (Unix seconds): replies up to it count, "overdue now" is at it.
    public let generatedAt: Int64
    /// Ordered by page id.
    public let pages: [PageFigures]
    public let overall: PageFigures

    public init(quarter: QuarterPeriod, timeZoneIdentifier: String, generatedAt: Int64,
                pages: [PageFigures], overall: PageFigures) {
        self.quarter = quarter
        self.timeZoneIdentifier = timeZoneIdentifier
        self.generatedAt = generatedAt
        self.pages = pages
        self.overall = overall
    }

    /// Each page's share of requests answered on time (nil: nothing judged yet), for bar charts.
    public var onTimeShares: [(pageID: String, share: Double?)] {
        pages.map { ($0.pageID ?? "", $0.onTimeShare) }
    }
}
