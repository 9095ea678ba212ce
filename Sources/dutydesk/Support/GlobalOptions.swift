import ArgumentParser
import DutyDeskCore

/// The options every command takes (spec: "Command-line contract"); each falls back to its
/// environment variable so scripts and tests can pin them once.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: "The database file (default: $DUTYDESK_DB, else $XDG_DATA_HOME/dutydesk/dutydesk.sqlite).")
    var db: String?

    @Option(name: .long, help: "A fixed clock, ISO 8601 (default: $DUTYDESK_NOW, else the real time).")
    var now: String?

    @Option(name: .customLong("as"), help: "Act as this staff member (demo database, root or a curator only; default: $DUTYDESK_USER).")
    var actAs: String?

    @Option(name: .long, help: "Language of messages: ru or en (default: from the locale).")
    var lang: Language?
}

extension Language: ExpressibleByArgument {}
