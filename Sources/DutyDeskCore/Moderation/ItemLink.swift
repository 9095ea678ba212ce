/// A link a person can open to see an item on its network, for the escalation mail. Falls back
/// to the page's own address whenever the item's keys do not make a precise link.
public enum ItemLink {
    public static func url(network: Network, externalID: Int64, pageURL: String, kind: ItemKind,
                           threadKey: String, postID: Int64?) -> String {
        switch (network, kind) {
        case (.vk, .message):
            // The community's conversation with that reader, as its administrators open it.
            guard let peer = Int64(threadKey) else { return pageURL }
            return "https://vk.com/gim\(externalID)?sel=\(peer)"
        case (.vk, .comment):
            // Thread keys of VK comments are "post:top comment".
            let parts = threadKey.split(separator: ":")
            guard let post = postID ?? parts.first.flatMap({ Int64($0) }) else { return pageURL }
            let wall = "https://vk.com/wall-\(externalID)_\(post)"
            guard parts.count == 2, let comment = Int64(parts[1]) else { return wall }
            return wall + "?reply=\(comment)"
        case (.telegram, .comment):
            guard let post = postID, pageURL.hasPrefix("https://t.me/") else { return pageURL }
            return pageURL + "/\(post)"
        case (.telegram, .message):
            // A private chat with the page's bot has no address anyone else can open.
            return pageURL
        }
    }
}
