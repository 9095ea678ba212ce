import Yams

extension Node {
    /// A value left empty (`key:`), or written as `~` or `null`. Quoted text is never null:
    /// `name: "null"` is a name.
    var isNull: Bool {
        guard case .scalar(let scalar) = self, scalar.style == .plain || scalar.style == .any else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    var kind: OrganisationFileText.NodeKind {
        switch self {
        case .mapping: .mapping
        case .sequence: .list
        case .scalar, .alias: .text
        }
    }
}
