import ArgumentParser
import DutyDeskCore
import Foundation

/// The term of a block as the command line gives it: exactly one of --for, --until, --permanent.
struct BlockTermOptions: ParsableArguments {
    @Option(name: .customLong("for"), help: "A span: 12h, 1d, 3d, 1w, 1m, 1y (at most a year).")
    var span: String?

    @Option(help: "An end: a date (through the end of that day, the department's time), a local date and time, or ISO 8601.")
    var until: String?

    @Flag(help: "A block without an end.")
    var permanent = false

    /// Nil when none of the three was given.
    func term(timeZone: TimeZone) throws -> BlockTerm? {
        try Self.term(span: span, until: until, permanent: permanent, timeZone: timeZone)
    }

    /// The same rule for other spellings of the three options (`delete --block-for …`).
    static func term(span: String?, until: String?, permanent: Bool, timeZone: TimeZone) throws -> BlockTerm? {
        let given = [span != nil, until != nil, permanent].filter { $0 }.count
        guard given <= 1 else {
            throw CommandFailure(Localized(ru: "Укажите срок одним способом: --for, --until или --permanent.",
                                           en: "Give the term one way only: --for, --until or --permanent."),
                                 exitCode: CommandFailure.usage)
        }
        if let span { return try BlockTerm.parseSpan(span) }
        if let until { return try BlockTerm.parseEnd(until, timeZone: timeZone) }
        return permanent ? .permanent : nil
    }

    static let missing = Localized(
        ru: "Укажите срок блокировки: --for 1d|3d|1w|1m|1y, --until ДАТА или --permanent.",
        en: "Give the block term: --for 1d|3d|1w|1m|1y, --until DATE or --permanent.")
}
