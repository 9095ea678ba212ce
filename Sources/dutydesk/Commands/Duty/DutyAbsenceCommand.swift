import ArgumentParser
import DutyDeskCore
import DutyDeskStore
import Foundation

/// `dutydesk duty absence --person U --from DATE --to DATE [--reason R]`: record an absence and
/// list the shifts it leaves without a person, with who could take each.
struct DutyAbsenceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "absence",
        abstract: "Record an absence (vacation, sick leave) and offer its shifts to the other administrators.")

    @OptionGroup var global: GlobalOptions

    @Option(help: "Who is away (username).")
    var person: String

    @Option(help: "First day away, YYYY-MM-DD.")
    var from: String

    @Option(help: "Last day away (included), YYYY-MM-DD.")
    var to: String

    @Option(help: "vacation, sick_leave or other.")
    var reason: AbsenceReason = .vacation

    @Option(help: "A note kept with the absence.")
    var note: String?

    @Flag(help: "Print {absence_id, person, from, to, reason, affected: [{shift, candidates}]} as JSON.")
    var json = false

    func run() throws {
        try withDutyContext(global) { context in
            let first = try DutyArguments.date(from, option: "--from")
            let last = try DutyArguments.date(to, option: "--to")
            let editing = try DutyEditing(global, context: context)
            let outcome = try editing.actions.recordAbsence(username: person, from: first, to: last, reason: reason, note: note)
            let presenter = try editing.presenter()
            if json {
                print(try JSONText.object([
                    "absence_id": outcome.absenceID,
                    "person": outcome.username,
                    "from": outcome.absence.from.iso,
                    "to": outcome.absence.to.iso,
                    "reason": outcome.absence.reason.rawValue,
                    "affected": outcome.affected.map { ["shift": presenter.json($0.shift), "candidates": $0.candidates] },
                ]))
                return
            }
            let language = context.language
            let why = DutyTimeText.absenceReason(reason)
            let fromText = DutyTimeText.date(first), toText = DutyTimeText.date(last)
            print(Localized(ru: "Отсутствие записано: \(presenter.name(person)), \(why.ru) с \(fromText.ru) по \(toText.ru).",
                            en: "Absence recorded: \(presenter.name(person)), \(why.en) from \(fromText.en) to \(toText.en).")
                .text(language))
            if outcome.affected.isEmpty {
                print(Localized(ru: "Смен в эти дни нет.", en: "No shifts on those days.").text(language))
                return
            }
            print(Localized(ru: "Смены, которым нужна замена (dutydesk duty assign --shift ID --to ИМЯ):",
                            en: "Shifts that need someone else (dutydesk duty assign --shift ID --to NAME):").text(language))
            for item in outcome.affected {
                let offer = item.candidates.isEmpty
                    ? Localized(ru: "заменить некому", en: "nobody free").text(language)
                    : Localized(ru: "могут взять: ", en: "can take it: ").text(language) + item.candidates.joined(separator: ", ")
                print("  \(presenter.line(item.shift)) — \(offer)")
            }
        }
    }
}

extension AbsenceReason: ExpressibleByArgument {}
