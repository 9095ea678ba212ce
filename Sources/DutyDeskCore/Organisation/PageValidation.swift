import Foundation

extension Organisation {
    func pageProblems(_ page: Page, path: String) -> [OrganisationProblem] {
        var problems = Self.emptyFieldProblems(
            ["id": page.id, "name": page.name, "url": page.url, "department": page.departmentID], path: path)
        if !page.url.isEmpty, !Self.isWebAddress(page.url) {
            problems.append(OrganisationProblem(path: path + ".url", message: OrganisationProblemText.badURL(page.url)))
        }
        if !page.departmentID.isEmpty, department(id: page.departmentID) == nil {
            problems.append(OrganisationProblem(
                path: path + ".department",
                message: OrganisationProblemText.unknownDepartment(page.departmentID, known: departments.map(\.id))))
        }
        problems += networkProblems(page, path: path)
        return problems
    }

    /// The fields whose meaning depends on the network: the sign of the ids (VK groups are
    /// positive, Telegram chats negative) and the Telegram-only discussion group and bot.
    private func networkProblems(_ page: Page, path: String) -> [OrganisationProblem] {
        var problems: [OrganisationProblem] = []
        func add(_ field: String, _ message: Localized) {
            problems.append(OrganisationProblem(path: "\(path).\(field)", message: message))
        }
        switch page.network {
        case .vk:
            if page.externalID <= 0 { add("external_id", OrganisationProblemText.vkIDNotPositive) }
            if page.discussionChatID != nil {
                add("discussion_chat_id", OrganisationProblemText.telegramOnly("discussion_chat_id"))
            }
            if page.botUsername != nil { add("bot_username", OrganisationProblemText.telegramOnly("bot_username")) }
        case .telegram:
            if page.externalID >= 0 { add("external_id", OrganisationProblemText.telegramIDNotNegative) }
            if let discussion = page.discussionChatID {
                if discussion >= 0 {
                    add("discussion_chat_id", OrganisationProblemText.discussionIDNotNegative)
                } else if discussion == page.externalID {
                    add("discussion_chat_id", OrganisationProblemText.discussionIsTheChannel)
                }
            }
            if let bot = page.botUsername, !Self.isBotUsername(bot) {
                add("bot_username", OrganisationProblemText.badBotUsername(bot))
            }
        }
        return problems
    }

    static func isWebAddress(_ text: String) -> Bool {
        guard !text.contains(where: \.isWhitespace), let url = URL(string: text),
              let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https",
              let host = url.host, !host.isEmpty else { return false }
        return true
    }

    /// Telegram's rule for bot usernames: 5 to 32 Latin letters, digits or underscores, starting
    /// with a letter and ending in "bot".
    static func isBotUsername(_ name: String) -> Bool {
        guard (5...32).contains(name.count), let first = name.first, first.isASCII, first.isLetter,
              name.lowercased().hasSuffix("bot") else { return false }
        return name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }
    }
}
