import DutyDeskCore
import Testing
@testable import DutyDeskStore

/// Bad files: each mistake is refused with the right line, path and a message that says what
/// is wrong. Lines refer to `OrganisationFileFixture.minimalLines`.
struct OrganisationFileProblemTests {
    typealias F = OrganisationFileFixture
    let name4 = "    name: \"Библиотека № 1\""

    /// The single problem of a refused text, checked for line and path; nil fails the test.
    func onlyProblem(_ text: String, line: Int, path: String,
                     sourceLocation: SourceLocation = #_sourceLocation) -> OrganisationFileProblem? {
        guard let error = F.refusal(text) else {
            Issue.record("the text was accepted", sourceLocation: sourceLocation)
            return nil
        }
        #expect(error.problems.map(\.line) == [line], "\(error.problems)", sourceLocation: sourceLocation)
        #expect(error.problems.first?.path == path, sourceLocation: sourceLocation)
        #expect(error.file == F.fileName, sourceLocation: sourceLocation)
        return error.problems.first
    }

    // MARK: The text itself

    @Test func yamlSyntaxErrorCarriesYamlsLine() {
        let problem = onlyProblem(F.minimal(replacing: 4, with: "    name: Библиотека: № 1"), line: 4, path: "")
        #expect(problem?.problem.en.hasPrefix("YAML syntax error: ") == true)
        #expect(problem?.message.ru.hasPrefix("org.yaml:4: ошибка синтаксиса YAML: ") == true)
    }

    @Test func aKeyWrittenTwiceIsASyntaxError() {
        let problem = onlyProblem(F.minimal(replacing: 7, with: "      mon: [\"11:00-20:00\"]"), line: 6, path: "")
        #expect(problem?.problem.en == "key \"mon\" appears twice in one mapping")
    }

    @Test func anEmptyFileIsRefused() {
        #expect(onlyProblem("", line: 1, path: "")?.problem == OrganisationFileText.empty)
        #expect(onlyProblem("# nothing but a comment\n", line: 1, path: "")?.problem == OrganisationFileText.empty)
    }

    @Test func theTopLevelMustBeAMapping() {
        let problem = onlyProblem("- lib1\n- lib2\n", line: 1, path: "")
        #expect(problem?.problem.en == "expected a mapping (key: value), found a list")
    }

    @Test func anUnreadableFileIsNamed() throws {
        let error = try #require(throws: OrganisationFileError.self) {
            try OrganisationFileReader.read(fileAtPath: "/nonexistent/org.yaml")
        }
        #expect(error.line == 0)
        #expect(error.description == "/nonexistent/org.yaml: no such file")
        #expect(error.message(in: .ru) == "/nonexistent/org.yaml: нет такого файла")
    }

    // MARK: Keys

    @Test func anUnknownTopLevelKeyNamesTheAllowedOnes() {
        let problem = onlyProblem(F.minimal(replacing: 1, with: "tmezone: Europe/Moscow"), line: 1, path: "tmezone")
        #expect(problem?.problem.en
            == "unknown key \"tmezone\"; allowed here: timezone, departments, pages, staff. Did you mean \"timezone\"?")
    }

    @Test func aMistypedNestedKeyIsCaught() {
        let problem = onlyProblem(F.minimal(replacing: 5, with: "    hourz:"), line: 5, path: "departments[0].hourz")
        #expect(problem?.problem.en.contains("unknown key \"hourz\"; allowed here: id, name, head, timezone") == true)
        #expect(problem?.problem.en.hasSuffix("Did you mean \"hours\"?") == true)
        #expect(problem?.problem.ru.contains("Возможно, имелось в виду «hours»?") == true)
    }

    @Test func anUnknownKeyInsideAnAbsence() {
        let text = F.minimal(replacing: 18, with: "    roles: { lib1-vk: admin }",
                             "    absences: [{ from: 2026-12-01, till: 2026-12-14, reason: vacation }]")
        guard let error = F.refusal(text) else { Issue.record("accepted"); return }
        // Same line: in column order, the item's missing key (at its "{") before the stray key.
        #expect(error.problems.map(\.path) == ["staff[0].absences[0].to", "staff[0].absences[0].till"])
        #expect(error.problems.map(\.line) == [19, 19])
    }

    @Test func missingRequiredFieldsAreNamedAtTheirItem() {
        let problem = onlyProblem(F.minimal(replacing: [12: []]), line: 9, path: "pages[0].name")
        #expect(problem?.problem.en == "the required key \"name\" is missing")
        _ = onlyProblem(F.minimal(replacing: [10: []]), line: 9, path: "pages[0].network")
        _ = onlyProblem(F.minimal(replacing: [11: []]), line: 9, path: "pages[0].external_id")
        _ = onlyProblem(F.minimal(replacing: [14: []]), line: 9, path: "pages[0].department")
        _ = onlyProblem(F.minimal(replacing: [16: ["  - name: \"Иванова Анна\""], 17: []]), line: 16,
                        path: "staff[0].username")
    }

    @Test func aDepartmentWithoutIdIsReportedAndSoIsThePageThatNeedsIt() {
        let text = F.minimal(replacing: [3: ["  - name: \"Библиотека № 1\""], 4: []])
        guard let error = F.refusal(text) else { Issue.record("accepted"); return }
        #expect(error.problems.map(\.line) == [3, 13])
        #expect(error.problems.map(\.path) == ["departments[0].id", "pages[0].department"])
    }

    @Test func aKeyWithNoValue() {
        let problem = onlyProblem(F.minimal(replacing: 12, with: "    name:"), line: 12, path: "pages[0].name")
        #expect(problem?.problem.en == "\"name\" has no value")
    }

    @Test func aValueOfTheWrongShape() {
        let problem = onlyProblem(F.minimal(replacing: 4, with: name4, "    head: Смирнова"), line: 5,
                                  path: "departments[0].head")
        #expect(problem?.problem.en == "expected a mapping (key: value), found a single value")
    }

    // MARK: Hours and dates

    @Test func aBadTimeGivesTheSpecsExampleLine() throws {
        let error = try #require(F.refusal(F.minimal(replacing: 7, with: "      tue: [\"10:00-25:00\"]")))
        #expect(error.description == "org.yaml:7: departments[0].hours.tue: \"25:00\" is not a time (HH:MM, 00:00–24:00)")
        #expect(error.message(in: .ru) == "org.yaml:7: departments[0].hours.tue: «25:00» — не время (ЧЧ:ММ, 00:00–24:00)")
        #expect(error.line == 7 && error.file == "org.yaml")
    }

    @Test func aBadTimeInABlockListIsPointedAtItsOwnLine() {
        let text = F.minimal(replacing: 7, with: "      tue:", "        - \"10:00-14:00\"", "        - \"15:00-1800\"")
        let problem = onlyProblem(text, line: 9, path: "departments[0].hours.tue")
        #expect(problem?.problem.en == "\"1800\" is not a time (HH:MM, 00:00–24:00)")
    }

    @Test func somethingThatIsNotAnIntervalAtAll() {
        let problem = onlyProblem(F.minimal(replacing: 7, with: "      tue: [\"10:00\"]"), line: 7,
                                  path: "departments[0].hours.tue")
        #expect(problem?.problem.en == "\"10:00\" is not an opening interval (HH:MM-HH:MM, e.g. \"10:00-20:00\")")
    }

    @Test func anIntervalThatEndsBeforeItStarts() {
        let problem = onlyProblem(F.minimal(replacing: 7, with: "      tue: [\"20:00-10:00\"]"), line: 7,
                                  path: "departments[0].hours.tue")
        #expect(problem?.problem.en == "the interval \"20:00-10:00\" ends before it starts")
    }

    @Test func overlappingIntervalsOnOneDay() {
        let problem = onlyProblem(F.minimal(replacing: 7, with: "      tue: [\"10:00-14:00\", \"13:00-20:00\"]"),
                                  line: 7, path: "departments[0].hours.tue")
        #expect(problem?.problem.en == "intervals 10:00-14:00 and 13:00-20:00 overlap")
    }

    @Test func overlappingSpecialHours() {
        let text = F.minimal(replacing: 4, with: name4, "    special:", "      2026-11-03: [\"10:00-14:00\", \"12:00-19:00\"]")
        _ = onlyProblem(text, line: 6, path: "departments[0].special.2026-11-03")
    }

    @Test func anUnknownWeekday() {
        let problem = onlyProblem(F.minimal(replacing: 7, with: "      tus: [\"10:00-20:00\"]"), line: 7,
                                  path: "departments[0].hours.tus")
        #expect(problem?.problem.en == "\"tus\" is not a weekday (mon, tue, wed, thu, fri, sat, sun)")
    }

    @Test func oneWeekdayUnderTwoNames() {
        let problem = onlyProblem(F.minimal(replacing: 7, with: "      monday: [\"10:00-20:00\"]"), line: 7,
                                  path: "departments[0].hours.monday")
        #expect(problem?.problem.en == "mon is given twice")
    }

    @Test func badDates() {
        let inline = onlyProblem(F.minimal(replacing: 4, with: name4, "    closed: [2026-11-27, 2026-02-30]"),
                                 line: 5, path: "departments[0].closed")
        #expect(inline?.problem.en == "\"2026-02-30\" is not a date (YYYY-MM-DD, e.g. 2026-11-27)")
        _ = onlyProblem(F.minimal(replacing: 4, with: name4, "    closed:", "      - 2026-11-27", "      - 2026-13-01"),
                        line: 7, path: "departments[0].closed")
        _ = onlyProblem(F.minimal(replacing: 4, with: name4, "    special: { 2026-11-31: [] }"),
                        line: 5, path: "departments[0].special.2026-11-31")
    }

    @Test func aSpecialDateWithoutHoursMustSayWhatItMeans() {
        let problem = onlyProblem(F.minimal(replacing: 4, with: name4, "    special:", "      2026-12-30:"),
                                  line: 6, path: "departments[0].special.2026-12-30")
        #expect(problem?.problem.en == "2026-12-30 has no hours: give a list of intervals, or [] for a closed day")
    }

    @Test func aBadSanitaryDay() {
        let problem = onlyProblem(F.minimal(replacing: 4, with: name4, "    sanitary_day: last-funday"), line: 5,
                                  path: "departments[0].sanitary_day")
        #expect(problem?.problem.en.hasPrefix("\"last-funday\" is not a sanitary day rule") == true)
    }

    @Test func anUnknownHolidayList() {
        let problem = onlyProblem(F.minimal(replacing: 4, with: name4, "    holidays: us"), line: 5,
                                  path: "departments[0].holidays")
        #expect(problem?.problem.en == "\"us\" is not a holiday list (ru, none)")
    }

    @Test func unknownTimeZones() {
        let top = onlyProblem(F.minimal(replacing: 1, with: "timezone: Europe/Moskva"), line: 1, path: "timezone")
        #expect(top?.problem.en == "\"Europe/Moskva\" is not a known time zone (an IANA name such as Europe/Moscow)")
        _ = onlyProblem(F.minimal(replacing: 4, with: name4, "    timezone: Mars/Olympus"), line: 5,
                        path: "departments[0].timezone")
    }
}
