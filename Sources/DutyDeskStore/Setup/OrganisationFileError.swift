import DutyDeskCore

/// An organisation file that was refused, whole: every problem found, sorted by line.
///
/// `message` is one line for a terminal: the first problem, with the file and line, and how many
/// more there are; `problems` has all of them for a full listing.
public struct OrganisationFileError: OperatorFacingError, CustomStringConvertible, Equatable {
    /// Never empty; sorted by line, then column, then the order they were found in.
    public let problems: [OrganisationFileProblem]

    init(problems: [OrganisationFileProblem]) {
        precondition(!problems.isEmpty, "an error needs at least one problem")
        self.problems = problems.enumerated()
            .sorted { ($0.element.line, $0.element.column, $0.offset) < ($1.element.line, $1.element.column, $1.offset) }
            .map(\.element)
    }

    /// The file as the operator named it.
    public var file: String { problems[0].file }
    /// The line of the first problem (1-based; 0 when the file could not be read at all).
    public var line: Int { problems[0].line }

    /// `org.yaml:14: departments[0].hours.tue: "25:00" is not a time (HH:MM, 00:00–24:00) (and 2 more)`.
    public var message: Localized {
        let first = problems[0].message
        let more = problems.count - 1
        guard more > 0 else { return first }
        return Localized(ru: first.ru + " (и ещё \(more))", en: first.en + " (and \(more) more)")
    }

    public func message(in language: Language) -> String { message.text(language) }

    public var description: String { message.en }
}

/// One thing wrong in an organisation file, at a line.
public struct OrganisationFileProblem: Sendable, Equatable, CustomStringConvertible {
    public let file: String
    public let line: Int
    public let column: Int
    /// Where in the organisation, e.g. `pages[2].department`; empty for problems of the whole
    /// text, such as YAML syntax.
    public let path: String
    /// What is wrong, without the file, line and path.
    public let problem: Localized

    public init(file: String, line: Int, column: Int, path: String, problem: Localized) {
        self.file = file
        self.line = line
        self.column = column
        self.path = path
        self.problem = problem
    }

    /// The whole line: `file:line: path: problem`, the way compilers point at source.
    public var message: Localized {
        let place = line > 0 ? "\(file):\(line): " : "\(file): "
        let at = path.isEmpty ? "" : "\(path): "
        return Localized(ru: place + at + problem.ru, en: place + at + problem.en)
    }

    public var description: String { message.en }
}
