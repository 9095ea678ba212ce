import DutyDeskCore
import DutyDeskStore
import Foundation

/// Performs the duty feature's effects against the database: reads through `DutyQuery`,
/// changes through `DutyActions` (which check the rights and keep the change and audit logs).
enum DutyUIEffects {
    static func perform(_ effect: DutyUIEffect, _ context: EffectContext) -> [Action] {
        guard let database = context.database else {
            return [.duty(.loadFailed(Localized(ru: "График дежурств недоступен: нет базы данных.",
                                                en: "The duty schedule is unavailable: there is no database.")))]
        }
        let now = context.now
        let staff = context.session.staff
        switch effect {
        case .load(let scope, let weekOf):
            return context.later {
                do {
                    return [.duty(.loaded(try load(database, scope: scope, weekOf: weekOf, staff: staff, now: now)))]
                } catch {
                    return [.duty(.loadFailed(AppRuntime.describe(error)))]
                }
            }
        case .previewRotation(let order):
            let actions = DutyActions(database: database, actor: staff, now: now)
            return context.later {
                do {
                    return [.duty(.rotationPreviewed(try actions.previewRotation(order)))]
                } catch {
                    return [.duty(.editFailed(describe(error, database)))]
                }
            }
        case .edit(let edit):
            guard context.allowsWrites else {
                return [.duty(.editFailed(Localized(ru: "Снимок экрана ничего не меняет в базе.",
                                                    en: "A snapshot changes nothing in the database.")))]
            }
            let actions = DutyActions(database: database, actor: staff, now: now)
            return context.later {
                do {
                    return [.duty(try DutyEditing.perform(edit, with: actions, describe: { describe($0, database) }))]
                } catch {
                    return [.duty(.editFailed(describe(error, database)))]
                }
            }
        }
    }

    /// A refusal in the operator's words, naming people by their names rather than usernames.
    static func describe(_ error: any Error, _ database: DutyDeskDatabase) -> Localized {
        guard let problem = error as? ShiftProblem else { return AppRuntime.describe(error) }
        let names = (try? database.reader.read { try DutyQuery.names($0) }) ?? [:]
        return problem.message(names: names)
    }

    static func load(_ database: DutyDeskDatabase, scope: DutyScope?, weekOf: LocalDate?, staff: Operator?,
                     now: Date) throws -> DutyPanelData {
        try database.reader.read { db in
            let calendars = try PageCalendars.loadAll(db)
            let scopes = DutyPagePick.scopes(calendars.values.map { ($0.pageID, $0.departmentID) })
            let wanted = scope.flatMap { scopes.contains($0) ? $0 : nil }
                ?? DutyPagePick.preferred(staff: staff, among: calendars.keys.sorted()).map(DutyScope.page)
            guard let chosen = wanted else { throw NoPagesToShow() }
            let pageIDs: [String]
            switch chosen {
            case .page(let id): pageIDs = [id]
            case .department(let id): pageIDs = calendars.values.filter { $0.departmentID == id }.map(\.pageID).sorted()
            }
            guard let timeline = pageIDs.first.flatMap({ calendars[$0]?.timeline }) else { throw NoPagesToShow() }
            let weeks = try pageIDs.map { try DutyQuery.week(db, pageID: $0, containing: weekOf, now: now) }
            var teams: [String: [String]] = [:]
            for pageID in pageIDs { teams[pageID] = try DutyQuery.team(db, pageID: pageID) }
            // A day either side: shifts across midnight.
            let from = timeline.instant(weeks[0].monday, TimeOfDay(minutes: 0)!).addingTimeInterval(-86_400)
            let to = timeline.instant(weeks[0].monday.adding(days: 8), TimeOfDay(minutes: 0)!)
            let people = Set(teams.values.flatMap { $0 }).sorted()
            let elsewhere = try people.flatMap { username in
                try DutyQuery.shifts(db, username: username, from: from, to: to).filter { !pageIDs.contains($0.pageID) }
            }
            return DutyPanelData(scope: chosen, weeks: weeks, timeline: timeline,
                                 pageNames: calendars.mapValues(\.pageName), scopes: scopes, teams: teams,
                                 names: try DutyQuery.names(db), elsewhere: elsewhere)
        }
    }
}
