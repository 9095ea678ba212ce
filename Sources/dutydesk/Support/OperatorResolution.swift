import DutyDeskCore
import DutyDeskStore
import GRDB

/// Who is acting: the OS user, or the `--as` user when the impersonation rule allows it.
struct ResolvedOperator {
    /// Root owns the database file and could change it with any tool; refusing it actions would
    /// only push it around dutydesk's audit log. Unless root is on the staff list, it acts as curator.
    static let rootOperator = Operator(username: "root", name: "root", roles: [Operator.everyPage: .curator])

    let username: String
    /// Nil when the username is not staff: read-only access.
    let staff: Operator?

    static func resolve(_ options: GlobalOptions, context: RunContext, database: DutyDeskDatabase) throws
        -> ResolvedOperator {
        let systemUsername = SystemIdentity.username
        let requested = options.actAs ?? context.environment["DUTYDESK_USER"].flatMap { $0.isEmpty ? nil : $0 }
        return try database.reader.read { db in
            let systemStaff = try OperatorDirectory.find(db, username: systemUsername)
                ?? (SystemIdentity.isRoot ? Self.rootOperator : nil)
            guard let requested, requested != systemUsername else {
                return ResolvedOperator(username: systemUsername, staff: systemStaff)
            }
            try ImpersonationPolicy.check(.init(
                requestedUsername: requested, systemUsername: systemUsername, isRoot: SystemIdentity.isRoot,
                isDemoDatabase: try DemoMarker.isDemo(db), systemUserIsCurator: systemStaff?.isCurator ?? false))
            return ResolvedOperator(username: requested, staff: try OperatorDirectory.find(db, username: requested))
        }
    }
}
