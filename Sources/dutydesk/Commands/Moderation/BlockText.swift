import DutyDeskCore
import DutyDeskStore
import Foundation

/// How blocks read on the command line.
enum BlockText {
    /// "Виктор Рогожин (id 266901473)"; the name is a reader's and is made terminal-safe.
    static func who(_ block: BlockRecord) -> String {
        let name = block.userName.map(TerminalSafeText.line) ?? ""
        return name.isEmpty ? "id \(block.userID)" : "\(name) (id \(block.userID))"
    }

    /// "до 2026-11-17 15:00 (Europe/Moscow)" or "навсегда".
    static func end(_ block: BlockRecord, zone: TimeZone) -> Localized {
        guard let until = block.untilAt else { return Localized(ru: "навсегда", en: "permanently") }
        let text = LocalTimeText.local(Date(timeIntervalSince1970: TimeInterval(until)), in: zone) + " (\(zone.identifier))"
        return Localized(ru: "до \(text)", en: "until \(text)")
    }

    /// One sentence for the confirmation and the result of `block`.
    static func summary(_ block: BlockRecord, zone: TimeZone) -> Localized {
        let who = who(block)
        let end = end(block, zone: zone)
        let reason = ModerationCLI.reasonText(block.reason)
        return Localized(ru: "\(who) на странице \(block.pageID) \(end.ru) — причина: \(reason.ru)",
                         en: "\(who) on page \(block.pageID) \(end.en) — reason: \(reason.en)")
    }

    /// One line of `dutydesk blocks`.
    static func line(_ entry: BlockEntry) -> Localized {
        let block = entry.block
        let zone = entry.timeZone
        func local(_ date: Date) -> String { LocalTimeText.local(date, in: zone) }
        let state: Localized = switch entry.state {
        case .active(let remaining?):
            Localized(ru: "\(end(block, zone: zone).ru), осталось \(BlockTimeLeft.text(seconds: Int64(remaining)).ru)",
                      en: "\(end(block, zone: zone).en), \(BlockTimeLeft.text(seconds: Int64(remaining)).en) left")
        case .active(nil): Localized(ru: "навсегда", en: "permanent")
        case .expired(let at): Localized(ru: "истекла \(local(at))", en: "expired \(local(at))")
        case .lifted(let at):
            Localized(ru: "снята \(local(at)) (\(block.unblockedBy ?? "?"))", en: "lifted \(local(at)) (\(block.unblockedBy ?? "?"))")
        case .scheduled: Localized(ru: "ещё не началась", en: "not started yet")
        }
        // The short name in the interface language; the code itself is in --json.
        let reason = block.reason?.shortName ?? Localized(ru: "—", en: "—")
        let comment = block.comment.map { " «\(TerminalSafeText.line($0))»" } ?? ""
        let note = block.unblockNote.map { BlockNote.display(TerminalSafeText.line($0)) }
        let noteRU = note.map { " — " + $0.ru } ?? "", noteEN = note.map { " — " + $0.en } ?? ""
        let source = block.source == .vk ? " [VK]" : ""
        return Localized(
            ru: "#\(block.id ?? 0) \(block.pageID) · \(who(block)) · \(reason.ru) · \(state.ru) · \(block.blockedBy)\(source)\(comment)\(noteRU)",
            en: "#\(block.id ?? 0) \(block.pageID) · \(who(block)) · \(reason.en) · \(state.en) · \(block.blockedBy)\(source)\(comment)\(noteEN)")
    }
}
