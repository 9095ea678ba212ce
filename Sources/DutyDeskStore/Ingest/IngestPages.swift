import DutyDeskCore
import GRDB

/// The pages events can belong to, read once per run: every event is placed by network and
/// group or chat id without a database round trip.
struct IngestPages: Sendable {
    struct Page: Sendable, Equatable {
        let id: String
        let network: Network
        /// VK: the group id (positive). Telegram: the channel's chat id.
        let externalID: Int64
        let discussionChatID: Int64?
        let name: String
    }

    private(set) var byID: [String: Page] = [:]
    private var vkByGroup: [Int64: String] = [:]
    private var telegramByDiscussion: [Int64: String] = [:]
    /// The `--page` of this run: the page of every event in the feed, and of Telegram private chats.
    let requestedPageID: String?

    init(pages: [Page], requestedPageID: String?) {
        self.requestedPageID = requestedPageID
        for page in pages {
            byID[page.id] = page
            switch page.network {
            case .vk: vkByGroup[page.externalID] = page.id
            case .telegram: if let chat = page.discussionChatID { telegramByDiscussion[chat] = page.id }
            }
        }
    }

    static func load(_ db: Database, requestedPageID: String?) throws -> IngestPages {
        let pages = try Row.fetchAll(db, sql: """
            SELECT id, network, external_id, discussion_chat_id, name FROM pages ORDER BY id
            """).compactMap { row -> Page? in
                guard let network = Network(rawValue: row["network"]) else { return nil }
                return Page(id: row["id"], network: network, externalID: row["external_id"],
                            discussionChatID: row["discussion_chat_id"], name: row["name"])
            }
        let directory = IngestPages(pages: pages, requestedPageID: requestedPageID)
        if let requestedPageID, directory.byID[requestedPageID] == nil {
            throw UnknownPage(pageID: requestedPageID, knownPages: pages.map(\.id))
        }
        return directory
    }

    var requestedPage: Page? { requestedPageID.flatMap { byID[$0] } }

    /// The network's pages with the id an event names them by, for a rejection.
    func knownPages(_ network: Network) -> [String] {
        byID.values.filter { $0.network == network }.sorted { $0.id < $1.id }.map { page in
            switch network {
            case .vk: "\(page.id) (\(page.externalID))"
            case .telegram: "\(page.id) (\(page.discussionChatID.map(String.init) ?? "—"))"
            }
        }
    }

    /// The page of a VK event's `group_id`.
    func vkPage(group: Int64) throws(RejectionReason) -> Page {
        guard let id = vkByGroup[group], let page = byID[id] else {
            throw .unknownPage(network: .vk, id: group, knownPages: knownPages(.vk))
        }
        return try checkedAgainstRequest(page)
    }

    /// The page whose linked discussion group is `chat`.
    func telegramPage(discussionChat chat: Int64) throws(RejectionReason) -> Page {
        guard let id = telegramByDiscussion[chat], let page = byID[id] else {
            throw .unknownPage(network: .telegram, id: chat, knownPages: knownPages(.telegram))
        }
        return try checkedAgainstRequest(page)
    }

    /// The page of a Telegram private chat: only `--page` can say which bot received it.
    func telegramPrivatePage(chat: Int64) throws(RejectionReason) -> Page {
        guard let page = requestedPage else { throw .privateChatNeedsPage(chatID: chat) }
        guard page.network == .telegram else { throw .pageOfOtherNetwork(page: page.id, network: .telegram) }
        return page
    }

    private func checkedAgainstRequest(_ page: Page) throws(RejectionReason) -> Page {
        if let requested = requestedPageID, requested != page.id {
            throw .otherPage(eventPage: page.id, requestedPage: requested)
        }
        return page
    }
}
