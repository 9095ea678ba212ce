/// An item with the requests that arrived in the report's quarter: what the Store hands to
/// `QuarterTally`, one item at a time.
public struct ReportItem: Sendable, Equatable {
    public var itemID: Int64
    public var pageID: String
    public var channel: RequestChannel
    public var category: RequestCategory?
    /// The item's requests whose arrival falls in the quarter.
    public var requests: [ReportRequest]

    public init(itemID: Int64, pageID: String, channel: RequestChannel, category: RequestCategory?,
                requests: [ReportRequest]) {
        self.itemID = itemID
        self.pageID = pageID
        self.channel = channel
        self.category = category
        self.requests = requests
    }
}

/// One request (a reply clock, see `RequestClock`) with its deadline and reply worked out.
public struct ReportRequest: Sendable, Equatable {
    /// Unix seconds: the arrival of the incoming message that started the clock.
    public var arrival: Int64
    /// The 6.2 deadline for that arrival; nil when the department has no open time ahead.
    public var deadline: Int64?
    public var reply: ReportReply?
    /// The item was closed without a reply (spam removed, nothing to answer) after this arrived.
    public var closedWithoutReply: Bool

    public init(arrival: Int64, deadline: Int64?, reply: ReportReply? = nil, closedWithoutReply: Bool = false) {
        self.arrival = arrival
        self.deadline = deadline
        self.reply = reply
        self.closedWithoutReply = closedWithoutReply
    }

    /// Where the request stands at `now` (Unix seconds) against its deadline.
    public func standing(at now: Int64) -> RequestStanding {
        if let reply {
            guard let deadline else { return .noDeadline }
            return reply.at <= deadline ? .answeredOnTime : .answeredLate
        }
        if closedWithoutReply { return .closedWithoutReply }
        guard let deadline else { return .noDeadline }
        return now > deadline ? .overdue : .waiting
    }
}

/// The first reply to a request.
public struct ReportReply: Sendable, Equatable {
    /// The reply message (for the audit sample to fetch its text).
    public var messageID: Int64
    /// Unix seconds.
    public var at: Int64
    /// Response time in working hours, as seconds: the department's open time from the arrival
    /// to the reply (`OpenTimeline.openTime(from:to:)`).
    public var workingSeconds: Int
    public var origin: ReplyOrigin
    /// The staff member who sent it through dutydesk; nil for a reply made outside dutydesk.
    public var author: String?

    public init(messageID: Int64, at: Int64, workingSeconds: Int, origin: ReplyOrigin, author: String?) {
        self.messageID = messageID
        self.at = at
        self.workingSeconds = workingSeconds
        self.origin = origin
        self.author = author
    }
}

/// A request against its deadline.
public enum RequestStanding: String, Sendable, CaseIterable {
    /// The first reply came at or before the deadline.
    case answeredOnTime = "on_time"
    /// The first reply came after the deadline.
    case answeredLate = "late"
    /// Not answered, and the deadline has passed.
    case overdue = "overdue_unanswered"
    /// Not answered, the deadline is still ahead.
    case waiting = "not_yet_due"
    /// Closed without a reply: nothing to answer, so no deadline to meet or miss.
    case closedWithoutReply = "closed_without_reply"
    /// The department has no open time ahead: no deadline, so neither on time nor late.
    case noDeadline = "no_deadline"
}
