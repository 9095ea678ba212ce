import DutyDeskCore
import DutyDeskStore
@testable import DutyDeskTUI
import Foundation

/// The repository's own templates and a reply context, for picker and composer tests that
/// need no database.
enum RepliesScene {
    static let folder: String = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("reply-templates").path

    static let templates = TemplatesRef(try! TemplateCatalog.load(folder: folder))

    /// What the reader wrote: the composer and the picker show it above the reply.
    static let question = InboxThreadMessage(
        id: 11, direction: .incoming, authorName: "Ольга Сидоренко",
        text: "Здравствуйте! Можно продлить «Войну и мир» ещё на две недели? Сдать не успеваю.",
        sentAt: Int64(InboxScene.now.timeIntervalSince1970) - 600)

    static func item(_ channel: ItemKind, id: Int64 = 1, category: RequestCategory? = .renewal,
                     recent: [InboxThreadMessage] = [question]) -> ReplyItem {
        ReplyItem(itemID: id, channel: channel, network: .vk, readerName: "Ольга Сидоренко",
                  context: ReplyContext.make(.init(readerName: "Ольга Сидоренко", pageName: "Библиотека",
                                                   pageURL: "https://vk.com/lib", departmentName: "Центральная библиотека"),
                                             timeline: nil, now: InboxScene.now),
                  category: category, recent: recent)
    }

    static func state(width: Int = 100, height: Int = 30, language: Language = .ru) -> AppState {
        var state = InboxScene.state(width: width, height: height, language: language)
        state.replies.templates = templates
        return state
    }

    static func picker(_ channel: ItemKind, language: Language = .ru) -> AppState {
        var state = state(language: language)
        state.replies.picker = ReplyPickerState(item: item(channel), appending: false)
        return state
    }

    static func composer(_ channel: ItemKind, text: String, templateIDs: [String] = []) -> AppState {
        var state = state()
        state.replies.composer = ComposerState(item: item(channel), text: ComposerText(text), templateIDs: templateIDs)
        return state
    }

    @discardableResult
    static func press(_ keys: String, _ state: inout AppState) throws -> [Effect] {
        var effects: [Effect] = []
        for key in try KeyNotation.parse(keys) { effects += Update.apply(.key(key), to: &state) }
        return effects
    }

    static func type(_ text: String, _ state: inout AppState) -> [Effect] {
        text.flatMap { Update.apply(.key(.character($0)), to: &state) }
    }
}
