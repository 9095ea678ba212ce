import DutyDeskCore
import DutyDeskStore
import Foundation

/// Performs the reports feature's effects against the database.
enum ReportsUIEffects {
    static func perform(_ effect: ReportsUIEffect, _ context: EffectContext) -> [Action] {
        switch effect {
        case .countQuarter(let quarter, let pages):
            guard let database = context.database else {
                return [.reports(.countFailed(requested: quarter, noDatabase))]
            }
            let now = context.now
            // Seconds on a big database: never on the main loop, nor ahead of read marks.
            return context.laterLong {
                do {
                    let period = try quarter ?? database.reader.read { try QuarterFigures.currentQuarter($0, now: now) }
                    let report = try QuarterFigures.report(database, quarter: period, pageIDs: pages, now: now)
                    return [.reports(.counted(requested: quarter, report))]
                } catch {
                    return [.reports(.countFailed(requested: quarter, AppRuntime.describe(error)))]
                }
            }
        case .loadHistory(let itemID, let pages):
            guard let database = context.database else {
                return [.reports(.historyFailed(itemID: itemID, noDatabase))]
            }
            return context.later {
                do {
                    let history = try database.reader.read { try ItemHistoryQuery.history($0, itemID: itemID, pageIDs: pages) }
                    return [.reports(.historyLoaded(history))]
                } catch {
                    return [.reports(.historyFailed(itemID: itemID, AppRuntime.describe(error)))]
                }
            }
        }
    }

    static let noDatabase = Localized(ru: "Отчёты недоступны: нет базы данных.", en: "Reports are unavailable: no database.")
}
