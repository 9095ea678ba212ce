import Foundation

/// The rotation's bookkeeping of who has had how much: the fairness rule lives here.
///
/// Each member has their open time on duty (`load`) and their share of the slots they could
/// have taken (`share`: every slot adds its open time divided by the number of members free for
/// it). The next slot goes to the free member furthest below their share; among equals, to the
/// one whose turn was longest ago, then to the first in team order. With everyone always free
/// this is plain round-robin; with absences it stops a returning person from being handed every
/// shift until they have caught up.
struct RotationLedger {
    let team: [String]
    private(set) var load: [String: Double] = [:]
    private var share: [String: Double] = [:]
    private var lastTurn: [String: Int] = [:]
    private var turn = 0

    init(team: [String]) {
        self.team = team
    }

    mutating func count(_ openTime: TimeInterval, for username: String) {
        load[username, default: 0] += openTime
    }

    /// Credits every free member with an equal part of a slot's open time.
    mutating func offer(_ openTime: TimeInterval, to free: [String]) {
        guard !free.isEmpty else { return }
        let part = openTime / Double(free.count)
        for username in free { share[username, default: 0] += part }
    }

    /// Records that `username` took a slot of `openTime`.
    mutating func give(_ openTime: TimeInterval, to username: String) {
        load[username, default: 0] += openTime
        lastTurn[username] = turn
        turn += 1
    }

    /// Whether `a` should have the next slot before `b`.
    func comesBefore(_ a: String, _ b: String) -> Bool {
        let deficitA = (load[a] ?? 0) - (share[a] ?? 0)
        let deficitB = (load[b] ?? 0) - (share[b] ?? 0)
        if deficitA != deficitB { return deficitA < deficitB }
        let turnA = lastTurn[a] ?? -1
        let turnB = lastTurn[b] ?? -1
        if turnA != turnB { return turnA < turnB }
        return (team.firstIndex(of: a) ?? .max) < (team.firstIndex(of: b) ?? .max)
    }

    func next(among free: [String]) -> String? {
        free.min(by: comesBefore)
    }
}
