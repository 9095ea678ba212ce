import Foundation
@testable import DutyDeskTUI
import Testing

@Suite struct FilterMemoryTests {
    @Test func remembersEachOperatorsFilters() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dutydesk-state-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let memory = FilterMemory(path: folder.path + "/dutydesk/state.json")
        #expect(memory.filter(for: "belova") == nil)
        let filter = InboxFilter(page: .page("lib-vk"), kind: .comment, status: .overdue)
        try memory.save(filter, for: "belova")
        try memory.save(InboxFilter(page: .mine), for: "morozov")
        #expect(memory.filter(for: "belova") == filter)
        #expect(memory.filter(for: "morozov") == InboxFilter(page: .mine))
        let text = try String(contentsOfFile: memory.path, encoding: .utf8)
        #expect(text.contains("\"page:lib-vk\""))
    }

    @Test func defaultPathFollowsXDGStateHome() {
        #expect(FilterMemory.defaultPath(environment: ["XDG_STATE_HOME": "/s", "HOME": "/h"]) == "/s/dutydesk/state.json")
        #expect(FilterMemory.defaultPath(environment: ["HOME": "/h"]) == "/h/.local/state/dutydesk/state.json")
    }

    @Test func aRememberedPageThatIsGoneFallsBackToAllPages() {
        let runtime = InboxScene.runtime(filter: InboxFilter(page: .page("closed-vk")))
        #expect(runtime.state.list.filter.page == .all)
        #expect(runtime.state.list.count == 6)
    }
}
