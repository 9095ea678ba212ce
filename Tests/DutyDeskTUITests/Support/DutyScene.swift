import DutyDeskCore
import DutyDeskStore
@testable import DutyDeskTUI
import Foundation

/// A week of duty on the scene's page lib-vk (Monday 2026-11-09, 15:00 in Moscow), as values:
/// Monday belova 10–13, nobody 13–16 (the gap holds "now"), morozov 16–20; Tuesday belova on
/// vacation with her shift 10–20 still standing; Wednesday morozov 10–20.
enum DutyScene {
    static let monday = LocalDate(year: 2026, month: 11, day: 9)!

    static func local(_ day: Int, _ hour: Int, _ minute: Int = 0) -> Date {
        Date(timeIntervalSince1970: TimeInterval(InboxScene.at(day, hour, minute)))
    }

    static let shifts = [
        Shift(id: 1, pageID: "lib-vk", username: "belova", start: local(9, 10), end: local(9, 13)),
        Shift(id: 2, pageID: "lib-vk", username: "morozov", start: local(9, 16), end: local(9, 20)),
        Shift(id: 3, pageID: "lib-vk", username: "belova", start: local(10, 10), end: local(10, 20)),
        Shift(id: 4, pageID: "lib-vk", username: "morozov", start: local(11, 10), end: local(11, 20)),
    ]

    static let absences = ["belova": [Absence(from: LocalDate(year: 2026, month: 11, day: 10)!,
                                              to: LocalDate(year: 2026, month: 11, day: 10)!, reason: .vacation)]]

    static func data(now: Date = InboxScene.now) -> DutyPanelData {
        DutyPanelData(week: DutyWeek.build(pageID: "lib-vk", timeline: InboxScene.library, team: ["belova", "morozov", "nikitina"],
                                           shifts: shifts, absences: absences, weekOf: monday, now: now),
                      timeline: InboxScene.library, pageName: "Библиотека № 1 — ВКонтакте",
                      pageIDs: ["kids-vk", "lib-tg", "lib-vk"], team: ["belova", "morozov", "nikitina"],
                      names: ["belova": "Белова Ирина", "morozov": "Морозов Андрей", "nikitina": "Никитина Вера"])
    }

    /// lib-vk's coordinator.
    static let morozov = Operator(username: "morozov", name: "Морозов Андрей", roles: ["lib-vk": .coordinator])

    /// The scene's runtime on panel 3 with the week loaded (the scene has no database to load it).
    static func runtime(staff: Operator? = morozov, language: Language = .ru, width: Int = 100, height: Int = 30) -> AppRuntime {
        let runtime = InboxScene.runtime(width: width, height: height, language: language, staff: staff)
        runtime.send(.key(.character("3")))
        runtime.send(.duty(.loaded(data())))
        return runtime
    }
}

/// The demo organisation on a real SQLite file at the scene's clock (Monday 2026-11-09 15:00
/// in Moscow), run through a `DatabaseBackend`: what the panel changes, `DutyQuery` reads back.
final class DutyDatabaseScene {
    let folder: URL
    let database: DutyDeskDatabase

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("dutydesk-duty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        database = try DutyDeskDatabase.open(path: folder.appendingPathComponent("dutydesk.sqlite").path)
        _ = try DemoSeeder.seed(database, now: InboxScene.now, actor: "tester")
    }

    deinit {
        try? FileManager.default.removeItem(at: folder)
    }

    func person(_ username: String) throws -> Operator? {
        try database.reader.read { try OperatorDirectory.find($0, username: username) }
    }

    /// A runtime for `username`, started and switched to panel 3.
    func runtime(as username: String, language: Language = .ru) throws -> AppRuntime {
        let staff = try person(username)
        let session = Session(username: username, staff: staff, language: language, clockIsFixed: true,
                              localClock: LocalClock(timeZone: InboxScene.moscow))
        let state = AppState(size: ScreenSize(width: 100, height: 30), session: session, now: InboxScene.now)
        let backend = try DatabaseBackend(database: database, staff: staff, watchChanges: false)
        let runtime = AppRuntime.inline(state: state, backend: backend, allowsWrites: true)
        runtime.start()
        runtime.send(.key(.character("3")))
        return runtime
    }

    func shift(_ id: Int64) throws -> Shift? {
        try database.reader.read { try DutyQuery.shift($0, id: id) }
    }

    func changes() throws -> [DutyChange] {
        try database.reader.read { try DutyQuery.changes($0, since: InboxScene.now.addingTimeInterval(-60)) }
    }
}
