/// The notes dutydesk itself writes when a block ends because of something VK reported. They
/// are stored as language-neutral codes and put into words when shown, so a Russian screen
/// never reads "unblocked in VK". A note a staff member typed is stored and shown as typed.
public enum BlockNote: String, Sendable, CaseIterable {
    /// VK reported the user unblocked by an administrator there.
    case unblockedInVK = "vk:unblocked"
    /// VK reported the block over at its end date.
    case endedInVK = "vk:ended"
    /// A block made in VK with a different end replaced this one.
    case replacedInVK = "vk:replaced"

    /// The English sentences databases written before the codes hold; read as the same notes.
    static let earlierWording: [String: BlockNote] = [
        "unblocked in VK": .unblockedInVK,
        "ended at its end date (VK)": .endedInVK,
        "replaced by a block made in VK": .replacedInVK,
    ]

    public init?(stored: String) {
        guard let note = BlockNote(rawValue: stored) ?? Self.earlierWording[stored] else { return nil }
        self = note
    }

    public var text: Localized {
        switch self {
        case .unblockedInVK: Localized(ru: "разблокирован в ВК", en: "unblocked in VK")
        case .endedInVK: Localized(ru: "срок истёк (по данным ВК)", en: "ended at its end date (VK)")
        case .replacedInVK: Localized(ru: "заменена блокировкой, сделанной в ВК", en: "replaced by a block made in VK")
        }
    }

    /// A stored note as it reads: dutydesk's own notes in the interface language, anything
    /// else (typed by staff) unchanged in both.
    public static func display(_ stored: String) -> Localized {
        BlockNote(stored: stored)?.text ?? Localized(ru: stored, en: stored)
    }
}
