import DutyDeskCore
import Foundation

/// Words the views share, in both languages.
enum Words {
    static func kind(_ kind: ItemKind, narrow: Bool) -> Localized {
        switch (kind, narrow) {
        case (.message, false): Localized(ru: "сообщ.", en: "message")
        case (.comment, false): Localized(ru: "коммент.", en: "comment")
        case (.message, true): Localized(ru: "ЛС", en: "msg")
        case (.comment, true): Localized(ru: "комм", en: "cmt")
        }
    }

    static func kindChoice(_ choice: InboxFilter.KindChoice) -> Localized {
        switch choice {
        case .all: Localized(ru: "все типы", en: "all kinds")
        case .message: Localized(ru: "сообщения", en: "messages")
        case .comment: Localized(ru: "комментарии", en: "comments")
        }
    }

    static func statusChoice(_ choice: InboxFilter.StatusChoice) -> Localized {
        switch choice {
        case .unread: Localized(ru: "не прочитано", en: "unread")
        case .open: Localized(ru: "открытые", en: "open")
        case .overdue: Localized(ru: "просроченные", en: "overdue")
        case .answered: Localized(ru: "отвеченные", en: "answered")
        case .all: Localized(ru: "все статусы", en: "all statuses")
        }
    }

    static func pageScope(_ scope: InboxFilter.PageScope) -> Localized {
        switch scope {
        case .all: Localized(ru: "все страницы", en: "all pages")
        case .mine: Localized(ru: "мои страницы", en: "my pages")
        case .page(let id): Localized(ru: id, en: id)
        }
    }

    /// A request category code (5.12) in words; an unknown code is shown as it is.
    static func category(_ code: String) -> Localized {
        switch RequestCategory(rawValue: code) {
        case .consultation: Localized(ru: "консультация", en: "consultation")
        case .reference: Localized(ru: "справка", en: "reference")
        case .renewal: Localized(ru: "продление", en: "renewal")
        case .reservation: Localized(ru: "бронирование", en: "reservation")
        case .readingRoomLogin: Localized(ru: "логин ВЧЗ", en: "reading-room login")
        case .complaint: Localized(ru: "жалоба", en: "complaint")
        case .criticalRemark: Localized(ru: "критическое замечание", en: "critical remark")
        case .gratitude: Localized(ru: "благодарность", en: "gratitude")
        case .spam: Localized(ru: "спам", en: "spam")
        case .other: Localized(ru: "другое", en: "other")
        case nil: Localized(ru: code, en: code)
        }
    }

    /// A reader whose name the event did not carry (VK sends only an id).
    static let unnamed = Localized(ru: "(без имени)", en: "(no name)")

    static func author(_ name: String, _ language: Language) -> String {
        let safe = TerminalSafeText.line(name)
        return safe.trimmingCharacters(in: .whitespaces).isEmpty ? unnamed.text(language) : safe
    }

    static let loading = Localized(ru: "Загрузка…", en: "Loading…")
}
