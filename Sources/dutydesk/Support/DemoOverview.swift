import DutyDeskCore
import DutyDeskStore
import Foundation

/// What `dutydesk --demo` shows until the terminal inbox exists: the demo inbox in deadline order.
enum DemoOverview {
    static func print(_ database: DutyDeskDatabase, context: RunContext) throws {
        let entries = try database.reader.read { try InboxQuery.entries($0, now: context.now) }
        let language = context.language
        let overdue = entries.filter { ($0.remainingSeconds ?? 1) < 0 }.count
        let soon = entries.filter { ($0.remainingSeconds ?? -1) >= 0 && ($0.remainingSeconds ?? 0) < 3600 }.count
        let unread = entries.filter { $0.readBy.isEmpty }.count
        Swift.print(Localized(
            ru: "dutydesk — демо-база \(context.databasePath)\nОткрыто: \(entries.count) · просрочено: \(overdue) · срок в течение часа: \(soon) · не прочитано: \(unread)\n",
            en: "dutydesk — demo database \(context.databasePath)\nOpen: \(entries.count) · overdue: \(overdue) · due within the hour: \(soon) · unread: \(unread)\n")
            .text(language))
        for entry in entries {
            Swift.print(InboxLine.text(entry, language: language))
        }
        Swift.print(Localized(
            ru: "\n● не прочитано  ! жалоба  ✱ критическое замечание  ⊘ автор заблокирован  ⏸ отдел закрыт, отсчёт стоит\nЭкранный интерфейс в работе; сейчас: DUTYDESK_DB=\(context.databasePath) dutydesk inbox --json",
            en: "\n● unread  ! complaint  ✱ critical remark  ⊘ author blocked  ⏸ department closed, clock paused\nThe terminal interface is being built; for now: DUTYDESK_DB=\(context.databasePath) dutydesk inbox --json")
            .text(language))
    }
}
