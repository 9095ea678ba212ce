import Testing
@testable import DutyDeskCore

/// What a Russian screen says for the codes the database keeps: reasons, dutydesk's own
/// unblock notes, roles.
struct BlockWordingTests {
    @Test func everyReasonHasAShortRussianNameThatFitsThePanelColumn() {
        #expect(BlockReason.spam.shortName.ru == "спам")
        #expect(BlockReason.advertising.shortName.ru == "реклама")
        #expect(BlockReason.offtopic.shortName == Localized(ru: "не по теме", en: "off-topic"))
        for reason in BlockReason.allCases {
            #expect(reason.shortName.ru.count <= 11 && reason.shortName.en.count <= 11)
            #expect(reason.shortName.ru.unicodeScalars.allSatisfy { !("a"..."z").contains($0) }, "\(reason)")
        }
    }

    @Test func dutydesksOwnNotesAreCodesWordedWhenShown() {
        #expect(BlockNote.display("vk:unblocked") == Localized(ru: "разблокирован в ВК", en: "unblocked in VK"))
        #expect(BlockNote.display("vk:replaced").ru == "заменена блокировкой, сделанной в ВК")
        #expect(BlockNote.display("vk:ended").ru == "срок истёк (по данным ВК)")
        // Databases written before the codes keep English sentences: they read the same way.
        #expect(BlockNote.display("unblocked in VK") == BlockNote.unblockedInVK.text)
        #expect(BlockNote.display("replaced by a block made in VK") == BlockNote.replacedInVK.text)
        #expect(BlockNote.display("ended at its end date (VK)") == BlockNote.endedInVK.text)
        // A note staff typed is theirs, shown as typed.
        #expect(BlockNote.display("извинился") == Localized(ru: "извинился", en: "извинился"))
    }

    @Test func rolesHaveTheirStaffNames() {
        #expect(StaffRole.admin.title.ru == "администратор")
        #expect(StaffRole.coordinator.title.ru == "координатор")
        #expect(StaffRole.curator.title.ru == "куратор")
    }
}
