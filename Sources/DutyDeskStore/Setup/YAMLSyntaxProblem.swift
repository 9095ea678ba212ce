import DutyDeskCore
import Foundation
import Yams

/// Where and what a YAML syntax error is, from what Yams throws. libyaml's own wording of the
/// problem is kept: it is precise, and there is no Russian version of it to be had.
struct YAMLSyntaxProblem {
    let line: Int
    let column: Int
    let message: Localized

    init(_ error: any Error, text: String) {
        guard let yamlError = error as? YamlError else {
            (line, column) = (1, 1)
            message = OrganisationFileText.syntax(String(describing: error), context: nil)
            return
        }
        switch yamlError {
        case .scanner(let context, let problem, let mark, _),
             .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            (line, column) = (mark.line, mark.column)
            message = OrganisationFileText.syntax(problem, context: context.map { Self.describe($0) })
        case .reader(let problem, let offset, _, _):
            (line, column) = offset.map { Self.lineAndColumn(atCharacterOffset: $0, in: text) } ?? (1, 1)
            message = OrganisationFileText.syntax(problem, context: nil)
        case .duplicatedKeysInMapping(let duplicates, let context):
            (line, column) = (context.mark.line, context.mark.column)
            message = OrganisationFileText.duplicateKeys(duplicates)
        default:
            (line, column) = (1, 1)
            message = OrganisationFileText.syntax(String(describing: yamlError), context: nil)
        }
    }

    /// libyaml's context, such as "while scanning a simple key", with the line it started on,
    /// which is often where the actual slip is.
    private static func describe(_ context: YamlError.Context) -> String {
        "\(context.text), line \(context.mark.line)"
    }

    private static func lineAndColumn(atCharacterOffset offset: Int, in text: String) -> (Int, Int) {
        var line = 1
        var column = 1
        for character in text.prefix(offset) {
            if character.isNewline {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return (line, column)
    }
}
