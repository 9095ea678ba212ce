/// When `--as USER` may replace the operating-system identity (spec: "Command-line contract").
///
/// File permissions are the real boundary; this rule keeps honest people inside their remit:
/// root can change the file anyway, a curator audits every page anyway, and the demo database
/// holds nothing real.
public enum ImpersonationPolicy {
    public struct Context: Sendable {
        public let requestedUsername: String
        public let systemUsername: String
        public let isRoot: Bool
        public let isDemoDatabase: Bool
        public let systemUserIsCurator: Bool

        public init(requestedUsername: String, systemUsername: String, isRoot: Bool,
                    isDemoDatabase: Bool, systemUserIsCurator: Bool) {
            self.requestedUsername = requestedUsername
            self.systemUsername = systemUsername
            self.isRoot = isRoot
            self.isDemoDatabase = isDemoDatabase
            self.systemUserIsCurator = systemUserIsCurator
        }
    }

    public static func check(_ context: Context) throws(ImpersonationRefused) {
        if context.requestedUsername == context.systemUsername { return }
        if context.isRoot || context.isDemoDatabase || context.systemUserIsCurator { return }
        throw ImpersonationRefused(systemUsername: context.systemUsername, requestedUsername: context.requestedUsername)
    }
}

public struct ImpersonationRefused: OperatorFacingError, Equatable {
    public let systemUsername: String
    public let requestedUsername: String

    public var message: Localized {
        Localized(
            ru: "--as \(requestedUsername) отклонено: действовать от имени другого сотрудника можно только в демо-базе, "
                + "под root или куратору; вы вошли как \(systemUsername).",
            en: "--as \(requestedUsername) refused: acting as another staff member is allowed only on the demo "
                + "database, for root, or for a curator; you are \(systemUsername).")
    }
}
