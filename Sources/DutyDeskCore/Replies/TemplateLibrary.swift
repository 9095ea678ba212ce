/// The approved templates of one `reply-templates/` folder, looked up by id, with their bodies
/// read once. `problems()` is what `dutydesk templates check` reports besides header problems.
public struct TemplateLibrary: Sendable {
    /// In the order given (the folder's file order); duplicates kept, so they can be reported.
    public let templates: [ReplyTemplate]
    private let byID: [String: ReplyTemplate]
    private let bodies: [String: TemplateBody]

    public init(_ templates: [ReplyTemplate]) {
        self.templates = templates
        var byID: [String: ReplyTemplate] = [:]
        var bodies: [String: TemplateBody] = [:]
        for template in templates where byID[template.id] == nil {
            byID[template.id] = template
            bodies[template.id] = TemplateBody(parsing: template.body)
        }
        self.byID = byID
        self.bodies = bodies
    }

    public subscript(id: String) -> ReplyTemplate? { byID[id] }

    func body(of id: String) -> TemplateBody? { bodies[id] }

    /// The templates an administrator can pick: not fragments, first of each id.
    public var pickable: [ReplyTemplate] {
        var seen = Set<String>()
        return templates.filter { !$0.isFragment && seen.insert($0.id).inserted }
    }

    /// The `ask:` fields a reply from these templates needs, includes followed, in order.
    public func askedFields(_ ids: [String]) -> [String] {
        var fields: [String] = []
        var visiting: Set<String> = []
        func visit(_ id: String) {
            guard let body = bodies[id], visiting.insert(id).inserted else { return }
            defer { visiting.remove(id) }
            for piece in body.pieces {
                guard case .placeholder(let placeholder, _) = piece else { continue }
                switch placeholder {
                case .ask(let label) where !fields.contains(label): fields.append(label)
                case .include(let included): visit(included)
                default: break
                }
            }
        }
        ids.forEach(visit)
        return fields
    }

    /// Everything wrong across the templates: duplicate ids, unreadable placeholders, includes
    /// of unknown templates, include loops and empty bodies, each at its file and line.
    public func problems() -> [TemplateProblem] {
        var problems: [TemplateProblem] = []
        var firstFile: [String: String] = [:]
        for template in templates {
            if let first = firstFile[template.id] {
                problems.append(TemplateProblem(file: template.source.file, line: template.source.idLine,
                                                problem: TemplateText.duplicateID(template.id, firstFile: first)))
                continue
            }
            firstFile[template.id] = template.source.file
            let body = bodies[template.id]!
            let at = { (line: Int) in template.source.bodyLine + line }
            if template.body.trimmingWhitespace().isEmpty {
                problems.append(TemplateProblem(file: template.source.file, line: template.source.bodyLine,
                                                problem: TemplateText.emptyBody))
            }
            for flaw in body.flaws {
                problems.append(TemplateProblem(file: template.source.file, line: at(flaw.line), problem: flaw.problem))
            }
            for include in body.includes where byID[include.id] == nil {
                problems.append(TemplateProblem(file: template.source.file, line: at(include.line),
                                                problem: TemplateText.unknownInclude(include.id)))
            }
        }
        problems += includeLoops()
        return problems.sortedByPlace()
    }

    /// Every include cycle once, reported at the include that closes it in the cycle's first
    /// template (by file order), so the author sees the whole ring and where to cut it.
    func includeLoops() -> [TemplateProblem] {
        var problems: [TemplateProblem] = []
        var reported: Set<Set<String>> = []
        var finished: Set<String> = []
        for start in templates.map(\.id) where !finished.contains(start) {
            var path: [String] = []
            func walk(_ id: String) {
                if let index = path.firstIndex(of: id) {
                    let cycle = Array(path[index...])
                    guard reported.insert(Set(cycle)).inserted, let first = byID[cycle[0]] else { return }
                    let next = cycle.count > 1 ? cycle[1] : cycle[0]
                    let line = bodies[first.id]?.includes.first { $0.id == next }?.line ?? 0
                    problems.append(TemplateProblem(file: first.source.file, line: first.source.bodyLine + line,
                                                    problem: TemplateText.includeLoop(cycle + [cycle[0]])))
                    return
                }
                guard !finished.contains(id), let body = bodies[id] else { return }
                path.append(id)
                for include in body.includes { walk(include.id) }
                path.removeLast()
                finished.insert(id)
            }
            walk(start)
        }
        return problems
    }
}
