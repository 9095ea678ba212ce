import DutyDeskCore
import DutyDeskStore
import DutyDeskTUI
import Foundation

/// The scene as a database: answers from memory and records the writes it was asked for.
final class SceneBackend: InboxBackend, @unchecked Sendable {
    private let lock = NSLock()
    private var reads: [Int64] = []
    var open = InboxScene.open
    var settled = InboxScene.settled

    var markedRead: [Int64] { lock.withLock { reads } }

    func loadOpen(now: Date) throws -> InboxLoad {
        InboxLoad(items: open, includesSettled: false, pages: InboxScene.pages, roster: InboxScene.roster)
    }

    func loadAll(now: Date) throws -> InboxLoad {
        InboxLoad(items: InboxIndexQuery.merged(open: open, settled: settled), includesSettled: true,
                  pages: InboxScene.pages, roster: InboxScene.roster)
    }

    func rowTexts(_ ids: [Int64]) throws -> [Int64: InboxRowText] {
        InboxScene.texts.filter { ids.contains($0.key) }
    }

    /// The scripted thread, or one message with the list's text for the other items.
    func thread(_ itemID: Int64) throws -> InboxThread? {
        if let scripted = InboxScene.threads[itemID] { return scripted }
        guard let item = (open + settled).first(where: { $0.id == itemID }), let text = InboxScene.texts[itemID] else {
            return nil
        }
        return InboxThread(itemID: itemID, pageID: item.pageID, pageName: item.pageID, kind: item.kind, status: item.status,
                           author: text.author, deadlineAt: item.deadlineAt, category: nil, closedReason: nil, readers: [],
                           messages: [InboxThreadMessage(id: itemID * 10, direction: .incoming, authorName: text.author,
                                                         text: text.text, sentAt: item.lastMessageAt)])
    }

    var database: DutyDeskDatabase? { nil }

    func search(_ text: String) throws -> Set<Int64> {
        let needle = text.lowercased()
        return Set(InboxScene.texts.filter {
            $0.value.author.lowercased().contains(needle) || $0.value.text.lowercased().contains(needle)
        }.keys)
    }

    func markRead(_ itemID: Int64, at: Date) throws -> ReadMarks.Outcome {
        lock.withLock { reads.append(itemID) }
        return .recorded
    }

    func hasChanged() throws -> Bool { false }
}
