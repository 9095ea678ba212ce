/// Something wrong in a template or rules file, at a line: what `dutydesk templates check`
/// prints, compiler style, and what stops a broken template from reaching a reader.
public struct TemplateProblem: Sendable, Equatable, CustomStringConvertible {
    public let file: String
    /// 1-based; 0 when the problem concerns the whole file (it cannot be read, say).
    public let line: Int
    public let problem: Localized

    public init(file: String, line: Int, problem: Localized) {
        self.file = file
        self.line = line
        self.problem = problem
    }

    /// `reply-templates/renewal.md:12: unknown placeholder {{reader.surname}}`.
    public var message: Localized {
        let place = line > 0 ? "\(file):\(line): " : "\(file): "
        return Localized(ru: place + problem.ru, en: place + problem.en)
    }

    public var description: String { message.en }
}

extension [TemplateProblem] {
    /// By file, then line, keeping the order of discovery within a line.
    public func sortedByPlace() -> [TemplateProblem] {
        enumerated()
            .sorted { ($0.element.file, $0.element.line, $0.offset) < ($1.element.file, $1.element.line, $1.offset) }
            .map(\.element)
    }
}
