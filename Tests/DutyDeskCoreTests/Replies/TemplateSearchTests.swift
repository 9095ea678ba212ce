import Testing
@testable import DutyDeskCore

struct TemplateSearchTests {
    typealias F = TemplateFixtures

    func ids(_ query: String, channel: ItemKind? = nil) -> [String] {
        TemplateSearch.search(query, in: F.library, channel: channel).map(\.template.id)
    }

    @Test func partOfTheTitleFindsTheTemplate() {
        #expect(ids("продл").first == "renewal-done")
        #expect(ids("ПРОДЛЕНИЕ вып") == ["renewal-done"])
        #expect(ids("жалоб").first == "complaint-acknowledgement")
    }

    @Test func tagsTextAndLettersInOrderAlsoMatch() {
        #expect(ids("график") == ["working-hours"], "a tag")
        #expect(ids("руководителю") == ["complaint-acknowledgement"], "the text")
        #expect(ids("прдлн") == ["renewal-done"], "letters in order in a title word")
        #expect(ids("срок возврата") == ["renewal-done"])
    }

    @Test func everyWordMustMatchSomewhere() {
        #expect(ids("продление жалоба").isEmpty)
        #expect(ids("xyz").isEmpty)
    }

    @Test func titleMatchesRankAboveTextMatches() {
        let library = TemplateLibrary([
            F.template("a", title: "Мероприятия", "Запись на продление не нужна."),
            F.template("b", title: "Продление книг", "Текст."),
        ])
        #expect(TemplateSearch.search("продление", in: library, channel: nil).map(\.template.id) == ["b", "a"])
    }

    @Test func channelLimitsAndFragmentsAreNeverOffered() {
        #expect(!ids("", channel: .comment).contains("renewal-done"), "renewal-done is for private messages only")
        #expect(ids("", channel: .message).contains("renewal-done"))
        #expect(!ids("").contains("greeting"))
        #expect(ids("здравствуйте").isEmpty, "included text is not searched: every template would match the greeting")
    }

    @Test func emptyQueryListsEverythingInCategoryOrderAndGroupsFollowTheBestMatch() {
        #expect(ids("") == ["working-hours", "renewal-done", "complaint-acknowledgement"])
        let groups = TemplateSearch.grouped(TemplateSearch.search("", in: F.library, channel: nil))
        #expect(groups.map(\.category) == [.consultation, .renewal, .complaint])
        let searched = TemplateSearch.grouped(TemplateSearch.search("жалоба", in: F.library, channel: nil))
        #expect(searched.first?.category == .complaint)
    }

    @Test func yoAndYeAreTheSame() {
        let library = TemplateLibrary([F.template("a", title: "Учёт пожеланий", "Текст.")])
        #expect(TemplateSearch.search("учет", in: library, channel: nil).count == 1)
    }
}
