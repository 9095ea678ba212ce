import DutyDeskCore
import Yams

/// Reads one item of `pages:`. Whether the values fit the network (the sign of the ids, the
/// Telegram-only fields) is `Organisation.validate()`'s judgement; here only their form.
enum PageEntry {
    static let keys = ["id", "network", "external_id", "discussion_chat_id", "bot_username",
                       "name", "url", "department", "approval_day"]

    static func read(_ node: Node, path: String, log: ReadingLog) -> Page {
        guard let fields = MappingFields(node, path: path, allowed: keys, log: log) else { return placeholder }
        func requiredText(_ key: String) -> String {
            fields.required(key, log: log).flatMap { log.text($0, path: fields.path(key)) } ?? ""
        }
        let id = requiredText("id")
        let network = fields.required("network", log: log).flatMap {
            log.code($0, path: fields.path("network"), parse: { Network(rawValue: $0.lowercased()) },
                     otherwise: OrganisationFileText.notANetwork)
        }
        let externalID = fields.required("external_id", log: log).flatMap {
            log.integer($0, path: fields.path("external_id"))
        }
        let discussion = fields.optional("discussion_chat_id").flatMap {
            log.integer($0, path: fields.path("discussion_chat_id"))
        }
        let bot = fields.optional("bot_username").flatMap { log.text($0, path: fields.path("bot_username")) }
        let name = requiredText("name")
        let url = requiredText("url")
        let department = requiredText("department")
        let approvalDay = fields.optional("approval_day").flatMap { log.weekday($0, path: fields.path("approval_day")) }
        return Page(id: id, network: network ?? placeholder.network, externalID: externalID ?? placeholder.externalID,
                    name: name, url: url, departmentID: department, approvalDay: approvalDay,
                    discussionChatID: discussion, botUsername: bot)
    }

    static let placeholder = Page(id: "", network: .vk, externalID: 0, name: "", url: "", departmentID: "")
}
