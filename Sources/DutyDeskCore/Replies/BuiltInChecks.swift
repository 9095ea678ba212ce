import Foundation

/// The checks that are not policy but plain sense, so they live in code rather than in
/// `rules.yaml`, where deleting a line could switch them off: a reply must have text, must
/// fit the platform, and must not go out with a field left unfilled.
enum BuiltInChecks {
    static let emptyID = "empty-reply"
    static let tooLongID = "too-long"
    static let unfilledID = "unfilled-field"

    /// Platform limits: VK `messages.send` takes 9000 characters, Telegram `sendMessage` 4096.
    static func limit(for network: Network) -> Int {
        switch network {
        case .vk: 9000
        case .telegram: 4096
        }
    }

    static func findings(_ text: String, facts: ReplyChecks.Facts) -> [ReplyFinding] {
        var findings: [ReplyFinding] = []
        if text.trimmingWhitespace().isEmpty {
            findings.append(ReplyFinding(
                ruleID: emptyID, clause: nil, severity: .block,
                message: Localized(ru: "ответ пуст", en: "the reply is empty"), excerpts: []))
        }
        if let network = facts.network, text.count > limit(for: network) {
            let limit = limit(for: network)
            findings.append(ReplyFinding(
                ruleID: tooLongID, clause: nil, severity: .block,
                message: Localized(ru: "ответ длиннее \(limit) символов — столько \(network.rawValue) не примет (сейчас \(text.count))",
                                   en: "the reply is longer than the \(limit) characters \(network.rawValue) accepts (now \(text.count))"),
                excerpts: []))
        }
        let ranges = unfilledPlaceholders(in: text)
        if !ranges.isEmpty {
            // 6.9: an answer must be unambiguous and informative; «{{ask:Дата}}» is neither.
            findings.append(ReplyFinding(
                ruleID: unfilledID, clause: "6.9", severity: .warn,
                message: Localized(ru: "в ответе остались незаполненные поля",
                                   en: "the reply still has fields to fill"),
                excerpts: ranges.map { String(text[$0]) }, ranges: ranges))
        }
        return findings
    }

    /// Every `{{…}}` left in the text, whether a field, a context value or a typo.
    static func unfilledPlaceholders(in text: String) -> [Range<String.Index>] {
        var ranges: [Range<String.Index>] = []
        var rest = text[...]
        while let open = rest.range(of: "{{") {
            guard let close = rest[open.upperBound...].range(of: "}}") else { break }
            if rest[open.upperBound..<close.lowerBound].contains("\n") {
                // Not one placeholder: look again from the next brace pair.
                rest = rest[open.upperBound...]
                continue
            }
            ranges.append(open.lowerBound..<close.upperBound)
            rest = rest[close.upperBound...]
        }
        return ranges
    }
}
