import DutyDeskCore
import DutyDeskStore
@testable import DutyDeskTUI
import Testing

/// Items of blocked authors stay in the list (3.4) but after all the others, as `inbox --json`.
@Suite struct BlockedAuthorsLastTests {
    func item(_ id: Int64, deadline: Int64?, blocked: Bool, status: ItemStatus = .open) -> InboxSummary {
        InboxSummary(id: id, pageID: "lib-vk", kind: .message, status: status, deadlineAt: deadline, lastMessageAt: 100 - id,
                     isUnread: true, authorBlocked: blocked)
    }

    @Test func blockedAuthorsComeLastEachGroupInInboxOrder() {
        var list = InboxList(filter: InboxFilter(status: .all))
        let items = [item(1, deadline: 10, blocked: true), item(2, deadline: 20, blocked: false),
                     item(3, deadline: 30, blocked: true), item(4, deadline: nil, blocked: false),
                     item(5, deadline: nil, blocked: false, status: .answered)]
        list.replace(items: items, includesSettled: true, now: 0, myPages: nil)
        #expect((0..<list.count).compactMap { list.item(at: $0)?.id } == [2, 4, 5, 1, 3])
    }

    @Test func theSelectionFollowsAnItemWhoseAuthorWasJustBlocked() {
        var list = InboxList(filter: InboxFilter(status: .all))
        list.replace(items: [item(1, deadline: 10, blocked: false), item(2, deadline: 20, blocked: false)],
                     includesSettled: true, now: 0, myPages: nil)
        #expect(list.selectedItem?.id == 1)
        list.replace(items: [item(1, deadline: 10, blocked: true), item(2, deadline: 20, blocked: false)],
                     includesSettled: true, now: 0, myPages: nil)
        #expect(list.selectedItem?.id == 1)
        #expect(list.selected == 1)
    }
}
