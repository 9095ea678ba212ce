/// Where a request came in: the network and the kind of item (private message or comment).
/// The quarterly report counts requests by channel.
public struct RequestChannel: Hashable, Comparable, Sendable {
    public let network: Network
    public let kind: ItemKind

    public init(network: Network, kind: ItemKind) {
        self.network = network
        self.kind = kind
    }

    /// Every channel, in the order the report lists them.
    public static let allCases: [RequestChannel] = Network.allCases.flatMap { network in
        ItemKind.allCases.map { RequestChannel(network: network, kind: $0) }
    }

    /// "vk.message", "telegram.comment": the code in CSV and JSON.
    public var code: String { "\(network.rawValue).\(kind.rawValue)" }

    public var title: Localized {
        let networkName = network == .vk ? Localized(ru: "ВКонтакте", en: "VK") : Localized(ru: "Telegram", en: "Telegram")
        switch kind {
        case .message:
            return Localized(ru: "\(networkName.ru), личные сообщения", en: "\(networkName.en), private messages")
        case .comment:
            return Localized(ru: "\(networkName.ru), комментарии", en: "\(networkName.en), comments")
        }
    }

    public static func < (a: RequestChannel, b: RequestChannel) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}
