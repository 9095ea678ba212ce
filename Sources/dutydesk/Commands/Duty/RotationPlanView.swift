import DutyDeskCore
import DutyDeskStore
import Foundation

/// A rotation preview (or its result) as `duty generate` prints it.
struct RotationPlanView {
    let plan: RotationPlan
    let presenter: DutyPresenter

    func say(_ ru: String, _ en: String) -> String { Localized(ru: ru, en: en).text(presenter.language) }

    func hours(_ seconds: TimeInterval) -> String { DutyTimeText.hours(seconds).text(presenter.language) }

    var patternText: String {
        switch plan.order.pattern {
        case .wholeDays: say("целые дни", "whole days")
        case .split(let time): say("дни делятся в \(time)", "days split at \(time)")
        }
    }

    var text: String {
        let order = plan.order
        let period = DutyTimeText.date(order.from).text(presenter.language) + "–"
            + DutyTimeText.date(order.to).text(presenter.language)
        var lines = [(plan.applied ? say("График применён: ", "Rotation applied: ") : say("Предпросмотр графика: ", "Rotation preview: "))
                     + "\(order.pageID), \(period), \(patternText)"]
        if plan.team.isEmpty {
            lines.append(say("У страницы нет администраторов — назначать некого.", "The page has no administrators to schedule."))
        }
        lines += plan.proposal.shifts.map { "  " + presenter.line($0) }
        if plan.proposal.shifts.isEmpty { lines.append(say("  (новых смен нет)", "  (no new shifts)")) }
        let perPerson = plan.team.map { "\(presenter.name($0)) \(hours(plan.proposal.openTime[$0] ?? 0))" }
        lines.append(say("Часы дежурств (время работы отдела): ", "Hours on duty (open time): ") + perPerson.joined(separator: " · "))
        if plan.proposal.fullyAvailable.count > 1 {
            lines.append(say("Разница между свободными весь период: ", "Difference among those free the whole period: ")
                         + hours(plan.proposal.spread) + say(" (не больше самой длинной смены, ", " (at most the longest shift, ")
                         + hours(plan.proposal.longestShiftOpenTime) + ")")
        }
        if plan.proposal.uncovered.isEmpty {
            lines.append(say("Всё время работы отдела покрыто.", "Every open hour is covered."))
        } else {
            lines.append(say("⚠ Без дежурного (все отсутствуют или заняты):", "⚠ Nobody on duty (everyone away or busy):"))
            lines += plan.proposal.uncovered.map { "  " + presenter.line($0) }
        }
        lines.append(say("Сохраняются: \(plan.kept.count) · заменяются: \(plan.removed.count)",
                         "Kept: \(plan.kept.count) · replaced: \(plan.removed.count)"))
        if !plan.applied {
            lines.append(say("Ничего не записано. Чтобы применить, добавьте --apply.",
                             "Nothing written. Add --apply to write it."))
        }
        return lines.joined(separator: "\n")
    }

    var json: [String: Any] {
        [
            "page": plan.order.pageID,
            "from": plan.order.from.iso,
            "to": plan.order.to.iso,
            "pattern": plan.order.pattern.description,
            "replace_manual": plan.order.replaceManual,
            "applied": plan.applied,
            "team": plan.team,
            "shifts": plan.proposal.shifts.map(presenter.json),
            "removed": plan.removed.map(presenter.json),
            "kept": plan.kept.map(presenter.json),
            "uncovered": plan.proposal.uncovered.map(presenter.json),
            "open_seconds": Dictionary(uniqueKeysWithValues: plan.team.map { ($0, Int(plan.proposal.openTime[$0] ?? 0)) }),
            "fully_available": plan.proposal.fullyAvailable,
            "spread_seconds": Int(plan.proposal.spread),
            "bound_seconds": Int(plan.proposal.longestShiftOpenTime),
            "fair": plan.proposal.isFair,
        ]
    }
}
