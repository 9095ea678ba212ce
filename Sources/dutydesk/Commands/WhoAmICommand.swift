import ArgumentParser
import DutyDeskCore
import DutyDeskStore

/// `dutydesk whoami`: which staff member dutydesk takes you for, and your roles.
struct WhoAmICommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "whoami", abstract: "Show which staff member you act as, and your roles per page.")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        try withContext(global) { context in
            let database = try context.openDatabase()
            let who = try ResolvedOperator.resolve(global, context: context, database: database)
            guard let staff = who.staff else {
                print(Localized(
                    ru: "\(who.username): не найден среди сотрудников — доступ только для чтения.",
                    en: "\(who.username): not a staff member — read-only access.").text(context.language))
                return
            }
            print("\(staff.username) — \(staff.name)")
            for (page, role) in staff.roles.sorted(by: { $0.key < $1.key }) {
                print("  \(page == Operator.everyPage ? "*" : page): \(role.rawValue)")
            }
        }
    }
}
