import DutyDeskCore

/// A reply as the administrator means to send it: from templates (with fields filled), or
/// free text, or templates whose text was then edited.
public struct ReplyRequest: Sendable, Equatable {
    public var itemID: Int64
    /// In the order they go into the reply; empty for a free-form reply (6.8).
    public var templateIDs: [String]
    /// Field values by name (`ask:` labels, or context keys to correct a value).
    public var fields: [String: String]
    /// The text to send; nil sends the templates as rendered.
    public var text: String?
    /// The answer needs the reader's personal data, which lifts the 3.6 rule.
    public var personalData: Bool
    /// The request type to record; nil takes the item's, else the first template's.
    public var category: RequestCategory?
    /// The administrator has seen the warnings and sends anyway.
    public var warningsConfirmed: Bool

    public init(itemID: Int64, templateIDs: [String] = [], fields: [String: String] = [:], text: String? = nil,
                personalData: Bool = false, category: RequestCategory? = nil, warningsConfirmed: Bool = false) {
        self.itemID = itemID
        self.templateIDs = templateIDs
        self.fields = fields
        self.text = text
        self.personalData = personalData
        self.category = category
        self.warningsConfirmed = warningsConfirmed
    }
}

/// A reply made ready to send: its final text, how it was made, and what the checks found.
/// `ReplyActions.prepare` gives it without writing anything, for a preview or a dry run.
public struct PreparedReply: Sendable {
    public let target: ReplyTarget
    public let text: String
    public let templateIDs: [String]
    /// The rendered templates (nil for a free-form reply).
    public let rendered: RenderedReply?
    /// The approved wording was changed, beyond filling the fields.
    public let edited: Bool
    public var freeForm: Bool { templateIDs.isEmpty }
    public let personalData: Bool
    public let category: RequestCategory?
    public let report: ReplyCheckReport
}

/// What `ReplyActions.send` did.
public struct SentReply: Sendable {
    public let outboxID: Int64
    public let messageID: Int64
    public let prepared: PreparedReply
    /// The item's status after the reply (answered, unless something newer arrived meanwhile).
    public let itemStatus: ItemStatus
}
