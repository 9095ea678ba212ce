import Foundation
import Testing

/// The schedule panel (3) run for real in tmux on the demo database (Monday 2026-11-09, 15:00
/// in Moscow): the coordinator of cbs-vk reassigns a shift, an administrator of the same page
/// is told they cannot; `dutydesk duty show --json` reads the result.
@Suite(.serialized) struct DutyTUIEndToEndTests {
    let dutydesk: DutyDeskBinary

    init() throws {
        dutydesk = try DutyDeskBinary(now: "2026-11-09T12:00:00Z")
        #expect(try dutydesk.run(["demo"]).status == 0)
    }

    func start(as username: String) throws -> TmuxSession {
        try dutydesk.startTerminal(as: username)
    }

    /// cbs-vk's shifts this week: local start → username.
    func cbsShifts() throws -> [String: String] {
        let weeks = try #require(try dutydesk.json(["duty", "show", "--page", "cbs-vk", "--json"]) as? [[String: Any]])
        let days = try #require(weeks.first?["days"] as? [[String: Any]])
        var result: [String: String] = [:]
        for shift in days.flatMap({ $0["shifts"] as? [[String: Any]] ?? [] }) {
            result[shift["starts_local"] as? String ?? "?"] = shift["username"] as? String
        }
        return result
    }

    func mondayMorning(_ shifts: [String: String]) -> String? {
        shifts.first { $0.key.hasPrefix("2026-11-09 10:00") }?.value
    }

    @Test func theCoordinatorReassignsAShiftInThePanel() throws {
        #expect(mondayMorning(try cbsShifts()) == "demo")
        let session = try start(as: "demo")
        try session.send("3")
        try session.waitFor(text: "3 Duty · cbs-vk")
        try session.waitFor(text: "r reassign")
        // The cursor starts on the shift running now (sergeev's evening); up to demo's morning.
        try session.send("k")
        try session.send("r")
        let picker = try session.waitFor("the reassign list") {
            $0.contains("Reassign the shift to") && $0.contains("2026-11-09 (Mon) 10:00–15:00 · Демидова К.")
        }
        #expect(picker.contains("▸ Громов Павел          busy: crb-tg 10:00–15:00"))
        try session.send("j")
        try session.waitFor(text: "▸ Лебедева Алина")
        try session.send("Enter")
        try session.waitFor(text: "Shift reassigned.")
        try session.waitFor("the week with the new person") { !$0.contains("Reassign the shift to") && $0.contains("Лебедева А.") }
        try session.send("q")
        try session.waitFor(text: "EXIT=0")
        #expect(mondayMorning(try cbsShifts()) == "lebedeva")
        let notice = try dutydesk.run(["duty", "notice", "--since", "2026-11-09", "--lang", "ru"])
        #expect(notice.status == 0)
        #expect(notice.stdout.contains("Лебедева"), "\(notice.stdout)")
    }

    @Test func anAdministratorIsToldTheyCannotAndNothingChanges() throws {
        let before = try cbsShifts()
        let session = try start(as: "gromov")
        try session.send("3")
        try session.waitFor(text: "3 Duty · cbs-vk")
        try session.waitFor(text: "Read-only. Not allowed to edit the duty schedule on page cbs-vk")
        try session.send("k")
        try session.send("r")
        let refusal = try session.waitFor(text: "You cannot change this schedule")
        #expect(refusal.contains("gromov has"))
        #expect(!refusal.contains("Reassign the shift to"))
        try session.send("Enter")
        try session.send("j")
        try session.send("Enter")
        try session.waitFor("the refusal closed") { !$0.contains("You cannot change this schedule") }
        try session.send("q")
        try session.waitFor(text: "EXIT=0")
        #expect(try cbsShifts() == before)
    }

    @Test func aRefusedNewShiftKeepsItsFormToBeCorrected() throws {
        let session = try start(as: "demo")
        try session.send("3")
        try session.waitFor(text: "3 Duty · cbs-vk")
        try session.waitFor(text: "a add")
        // The defaults: a second person on the running evening shift, from now (15:00).
        try session.send("a")
        try session.waitFor(text: "New shift")
        try session.waitFor(text: "◀ Демидова Ксения ▶")
        // ↑ to the person, ← to sergeev, who is on that shift himself: refused, the form stays.
        try session.send("Up")
        try session.send("Left")
        try session.waitFor(text: "◀ Сергеев Кирилл ▶")
        try session.send("Enter")
        let refused = try session.waitFor(text: "⚠ Сергеев Кирилл (sergeev) already has a shift then")
        #expect(refused.contains("New shift"))
        // The next keys still go to the form: → back to demo, Enter saves and closes it.
        try session.send("Right")
        try session.waitFor(text: "◀ Демидова Ксения ▶")
        try session.send("Enter")
        try session.waitFor(text: "Shift added.")
        try session.waitFor("the form closed") { !$0.contains("New shift") }
        try session.send("q")
        try session.waitFor(text: "EXIT=0")
        #expect(try cbsShifts()["2026-11-09 15:00"] != nil)
    }
}
