import Testing
@testable import DutyDeskCore

struct TemplateLibraryTests {
    typealias F = TemplateFixtures

    @Test func aSoundLibraryHasNoProblems() {
        #expect(F.library.problems().isEmpty)
        #expect(F.library.pickable.map(\.id) == ["renewal-done", "working-hours", "complaint-acknowledgement"])
        #expect(F.library.askedFields(["renewal-done", "working-hours"]) == ["Название издания", "Новый срок возврата"])
    }

    @Test func duplicateIDIsReportedAtTheSecondFilesIDLine() {
        let copy = ReplyTemplate(id: "greeting", title: "Копия", category: .other, channels: [.message],
                                 approvedBy: "x", approvedOn: LocalDate(iso: "2026-01-01")!, body: "Текст",
                                 source: TemplateSource(file: "t/greeting-copy.md", idLine: 2, bodyLine: 9))
        let problems = TemplateLibrary([F.greeting, copy]).problems()
        #expect(problems.map(\.description) == ["t/greeting-copy.md:2: id \"greeting\" is already used by t/greeting.md"])
    }

    @Test func unknownPlaceholderAndIncludeAreReportedAtTheirFileLines() {
        let broken = F.template("broken", bodyLine: 10, "Здравствуйте!\n{{include:signature}}\nДо {{department.hours}}.")
        let problems = TemplateLibrary([broken]).problems()
        #expect(problems.map { "\($0.file):\($0.line)" } == ["t/broken.md:11", "t/broken.md:12"])
        #expect(problems[0].problem.en == "{{include:signature}}: no template has id \"signature\"")
        #expect(problems[1].problem.en.hasPrefix("unknown placeholder {{department.hours}}"))
    }

    @Test func includeLoopIsReportedOnceWithTheWholeRing() {
        let a = F.template("a", bodyLine: 10, "А\n{{include:b}}")
        let b = F.template("b", bodyLine: 10, "{{include:c}}")
        let c = F.template("c", bodyLine: 10, "{{include:a}}")
        let problems = TemplateLibrary([a, b, c]).problems()
        #expect(problems.count == 1)
        #expect(problems.first?.description == "t/a.md:11: templates include each other in a loop: a → b → c → a")
        let itself = TemplateLibrary([F.template("self", "{{include:self}}")]).problems()
        #expect(itself.first?.problem.en.contains("self → self") == true)
    }

    @Test func emptyBodyIsAProblem() {
        let problems = TemplateLibrary([F.template("empty", bodyLine: 9, "\n  \n")]).problems()
        #expect(problems.map(\.description) == ["t/empty.md:9: the template has no text after its header"])
    }
}
