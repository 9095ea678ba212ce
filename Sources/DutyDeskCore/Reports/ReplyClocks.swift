/// How a reply was made, as the outbox recorded it (regulation 6.8: templates first, free text
/// when none fits). A reply with no outbox entry was made in VK or Telegram directly, so dutydesk
/// cannot know whether a template was used.
public enum ReplyOrigin: String, Sendable, CaseIterable {
    case template
    case editedTemplate = "edited_template"
    case freeText = "free_text"
    case outsideDutyDesk = "outside_dutydesk"
}

/// One message of an item, as the reply clocks need it.
public struct ClockMessage: Sendable, Equatable {
    public let id: Int64
    public let direction: MessageDirection
    /// Unix seconds.
    public let sentAt: Int64
    /// For outgoing messages: how the reply was made and by whom (nil when made outside dutydesk).
    public let origin: ReplyOrigin
    public let author: String?

    public init(id: Int64, direction: MessageDirection, sentAt: Int64,
                origin: ReplyOrigin = .outsideDutyDesk, author: String? = nil) {
        self.id = id
        self.direction = direction
        self.sentAt = sentAt
        self.origin = origin
        self.author = author
    }
}

/// One request: the reply clock that an incoming message started, and the reply that stopped it.
///
/// This is the unit the quarterly report counts (see `QuarterTally`): not the item, because one
/// conversation may hold several questions over a quarter, each with its own deadline (spec 6.2,
/// rule 6: "a later incoming message starts a new clock").
public struct RequestClock: Sendable, Equatable {
    /// The incoming message that started the clock: its arrival is the request's arrival.
    public let firstIncoming: ClockMessage
    /// How many incoming messages the reply answered (the first and those that followed it).
    public let incomingCount: Int
    /// The first reply at or after the arrival; nil while unanswered.
    public let reply: ClockMessage?

    public var arrival: Int64 { firstIncoming.sentAt }
}

/// Splits an item's messages into requests, by the rule `ItemClock` keeps in the database:
/// a reply answers every incoming message sent before it or in the same second; the next
/// incoming message after a reply starts a new clock. Replies with nothing to answer
/// (follow-ups) start and stop nothing.
public enum ReplyClocks {
    /// `messages` in any order; deleted messages must already be left out (they start no clock
    /// and answer nothing, as in `ItemClock`).
    public static func split(_ messages: [ClockMessage]) -> [RequestClock] {
        var clocks: [RequestClock] = []
        forEach(in: messages) { clocks.append($0) }
        return clocks
    }

    /// The same clocks, one at a time, without building an array: the report calls this for a
    /// million items.
    public static func forEach(in messages: [ClockMessage], _ body: (RequestClock) throws -> Void) rethrows {
        // Messages usually come from the database already in order; sort only when they do not.
        var inOrder = true
        for index in messages.indices.dropFirst() where chronological(messages[index], messages[index - 1]) {
            inOrder = false
            break
        }
        let ordered = inOrder ? messages : messages.sorted(by: chronological)
        var open: (first: ClockMessage, count: Int)?
        for message in ordered {
            switch message.direction {
            case .incoming:
                if let current = open {
                    open = (current.first, current.count + 1)
                } else {
                    open = (message, 1)
                }
            case .outgoing:
                if let current = open {
                    try body(RequestClock(firstIncoming: current.first, incomingCount: current.count, reply: message))
                    open = nil
                }
            }
        }
        if let current = open {
            try body(RequestClock(firstIncoming: current.first, incomingCount: current.count, reply: nil))
        }
    }

    /// Time order; within one second incoming before outgoing (a reply answers a message of the
    /// same second), then by id (the order they were stored in).
    static func chronological(_ a: ClockMessage, _ b: ClockMessage) -> Bool {
        if a.sentAt != b.sentAt { return a.sentAt < b.sentAt }
        if a.direction != b.direction { return a.direction == .incoming }
        return a.id < b.id
    }
}
