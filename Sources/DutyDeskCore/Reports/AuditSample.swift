/// The curator's audit sample (regulation 5.14): answered requests picked at random, page by
/// page, with what the reader wrote and what the page replied.
public struct AuditSample: Sendable, Equatable {
    public let quarter: QuarterPeriod
    public let seed: UInt64
    public let perPage: Int
    public let timeZoneIdentifier: String
    /// Unix seconds: the clock the sample was taken at.
    public let generatedAt: Int64
    public let pages: [AuditSamplePage]

    public init(quarter: QuarterPeriod, seed: UInt64, perPage: Int, timeZoneIdentifier: String,
                generatedAt: Int64, pages: [AuditSamplePage]) {
        self.quarter = quarter
        self.seed = seed
        self.perPage = perPage
        self.timeZoneIdentifier = timeZoneIdentifier
        self.generatedAt = generatedAt
        self.pages = pages
    }
}

public struct AuditSamplePage: Sendable, Equatable {
    public let pageID: String
    public let pageName: String
    /// How many answered requests the page had in the quarter: what the sample was drawn from.
    public let population: Int
    public let entries: [AuditSampleEntry]

    public init(pageID: String, pageName: String, population: Int, entries: [AuditSampleEntry]) {
        self.pageID = pageID
        self.pageName = pageName
        self.population = population
        self.entries = entries
    }
}

/// One sampled request and its first reply.
public struct AuditSampleEntry: Sendable, Equatable {
    public let itemID: Int64
    public let channel: RequestChannel
    public let category: RequestCategory?
    /// Unix seconds.
    public let arrival: Int64
    public let deadline: Int64?
    public let replyAt: Int64
    public let responseSeconds: Int
    public let origin: ReplyOrigin
    public let templateIDs: [String]
    /// Nil when the reply was made outside dutydesk.
    public let administrator: String?
    /// The administrator's name from the staff list, when they are on it.
    public let administratorName: String?
    /// The request's incoming messages, oldest first, one per line.
    public let incomingText: String
    public let replyText: String

    public init(itemID: Int64, channel: RequestChannel, category: RequestCategory?, arrival: Int64, deadline: Int64?,
                replyAt: Int64, responseSeconds: Int, origin: ReplyOrigin, templateIDs: [String],
                administrator: String?, administratorName: String? = nil, incomingText: String, replyText: String) {
        self.itemID = itemID
        self.channel = channel
        self.category = category
        self.arrival = arrival
        self.deadline = deadline
        self.replyAt = replyAt
        self.responseSeconds = responseSeconds
        self.origin = origin
        self.templateIDs = templateIDs
        self.administrator = administrator
        self.administratorName = administratorName
        self.incomingText = incomingText
        self.replyText = replyText
    }

    /// On time, late, or no deadline (never waiting: a sampled request is answered).
    public var standing: RequestStanding {
        ReportRequest(arrival: arrival, deadline: deadline,
                      reply: ReportReply(messageID: 0, at: replyAt, workingSeconds: responseSeconds,
                                         origin: origin, author: administrator)).standing(at: replyAt)
    }
}
