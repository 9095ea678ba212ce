import DutyDeskCore
import Yams

/// Reads one item of `departments:`. A value that cannot be read is reported and replaced by a
/// placeholder, so the rest of the file is still checked and every mistake is told at once.
enum DepartmentEntry {
    static let keys = ["id", "name", "head", "timezone", "holidays", "hours", "sanitary_day", "closed", "special"]
    static let headKeys = ["name", "email"]

    static func read(_ node: Node, path: String, defaultTimeZone: String, log: ReadingLog) -> Department {
        guard let fields = MappingFields(node, path: path, allowed: keys, log: log) else {
            return placeholder
        }
        let id = fields.required("id", log: log).flatMap { log.text($0, path: fields.path("id")) } ?? ""
        let name = fields.required("name", log: log).flatMap { log.text($0, path: fields.path("name")) } ?? ""
        let head = fields.optional("head").flatMap { readHead($0, path: fields.path("head"), log: log) }
        let calendar = CalendarFields.read(fields, defaultTimeZone: defaultTimeZone, log: log)
        return Department(id: id, name: name, head: head, calendar: calendar)
    }

    private static func readHead(_ node: Node, path: String, log: ReadingLog) -> DepartmentHead? {
        guard let fields = MappingFields(node, path: path, allowed: headKeys, log: log) else { return nil }
        let name = fields.required("name", log: log).flatMap { log.text($0, path: fields.path("name")) } ?? ""
        let email = fields.optional("email").flatMap { log.text($0, path: fields.path("email")) }
        return DepartmentHead(name: name, email: email)
    }

    static let placeholder = Department(id: "", name: "", calendar: WorkingCalendar(weeklyHours: [:]))
}
