import DutyDeskCore
import Foundation
import GRDB
import Testing
@testable import DutyDeskStore

/// Any sequence of valid events, ingested twice or shuffled (each message's edits after it, its
/// deletion before its restore, each user's blocks in their own order; but a deletion may come
/// before its comment, and a reply before the comment it answers), gives the same items and
/// deadlines.
struct IngestPropertyTests {
    static let seeds: [UInt64] = [1, 2, 3, 4, 5, 6]

    @Test(arguments: seeds)
    func shuffledOrRepeatedFeedsConverge(seed: UInt64) throws {
        var random = SplitMix64(seed: seed)
        let script = EventScript.generate(using: &random)

        let ordered = try IngestFixture()
        defer { ordered.remove() }
        try ordered.ingest(lines: script.lines())
        let expected = try ordered.snapshot()
        #expect(expected.contains { $0.hasPrefix("item") })

        // Twice: the second run stores nothing and changes nothing.
        let again = try ordered.ingest(lines: script.lines())
        #expect(again.counts.ingested == 0)
        #expect(try ordered.snapshot() == expected)

        for round in 0..<3 {
            let shuffled = try IngestFixture()
            defer { shuffled.remove() }
            let lines = script.shuffledLines(using: &random)
            #expect(Set(lines) == Set(script.lines()))
            let outcome = try shuffled.ingest(lines: lines)
            #expect(outcome.rejected.isEmpty)
            let snapshot = try shuffled.snapshot()
            #expect(snapshot == expected, "seed \(seed), round \(round): \(Self.difference(expected, snapshot))")
        }
    }

    /// The feeds hold the out-of-order cases the property is about, so that a change to the
    /// generator cannot quietly drop them: deletions read before their comment, VK replies
    /// that name only the comment they answer, Telegram replies without a thread id read before
    /// the comment they answer, and items whose reader's comments are all deleted.
    @Test func feedsHoldTheOutOfOrderCases() throws {
        var deletionsFirst = 0, vkEarlyReplies = 0, telegramEarlyReplies = 0, closedByDeletion = 0
        for seed in Self.seeds {
            var random = SplitMix64(seed: seed)
            let script = EventScript.generate(using: &random)
            let lines = script.shuffledLines(using: &random)
            /// Whether the comment or message `fragment` names is read after line `index`.
            func readAfter(_ index: Int, _ fragment: String) -> Bool {
                lines[index...].contains { $0.contains(fragment) }
            }
            for (index, line) in lines.enumerated() {
                if line.contains("wall_reply_delete"), let id = line.firstMatch(of: /"id":(\d+)/)?.1,
                   lines[index...].contains(where: { $0.contains("wall_reply_new") && $0.contains(#"{"id":\#(id),"#) }) {
                    deletionsFirst += 1
                }
                if let parent = line.firstMatch(of: /"reply_to_comment":(\d+)/)?.1,
                   lines[index...].contains(where: { $0.contains("wall_reply_new") && $0.contains(#"{"id":\#(parent),"#) }) {
                    vkEarlyReplies += 1
                }
                if !line.contains("message_thread_id"),
                   let parent = line.firstMatch(of: /"reply_to_message":\{"message_id":(\d+),"from"/)?.1,
                   readAfter(index, #""message":{"message_id":\#(parent),"#) {
                    telegramEarlyReplies += 1
                }
            }
            let inbox = try IngestFixture()
            defer { inbox.remove() }
            try inbox.ingest(lines: lines)
            closedByDeletion += try inbox.database.reader.read { db in
                try Int.fetchOne(db, sql: """
                    SELECT COUNT(*) FROM items WHERE status = 'closed' AND closed_at IS NULL
                    """) ?? 0
            }
        }
        #expect(deletionsFirst > 0)
        #expect(vkEarlyReplies > 0)
        #expect(telegramEarlyReplies > 0)
        #expect(closedByDeletion > 0)
    }

    static func difference(_ a: [String], _ b: [String]) -> String {
        let onlyA = a.filter { !b.contains($0) }.prefix(3)
        let onlyB = b.filter { !a.contains($0) }.prefix(3)
        return "expected only: \(Array(onlyA)) / got only: \(Array(onlyB))"
    }
}

/// A random feed for the fixture's pages, as groups of lines whose order within a group matters
/// (a message, then its edits; a comment's deletion, then its restore; a user's blocks and
/// unblocks) and whose order across groups does not. `lines()` is the feed in order: every
/// comment before the replies to it and before its deletion.
struct EventScript {
    var groups: [[String]] = []

    func lines() -> [String] { groups.flatMap { $0 } }

    /// Interleaves the groups at random, keeping each group's own order.
    func shuffledLines(using random: inout SplitMix64) -> [String] {
        var queues = groups.map { ArraySlice($0) }
        var result: [String] = []
        while !queues.isEmpty {
            let index = Int(random.uniform(below: UInt64(queues.count)))
            result.append(queues[index].removeFirst())
            if queues[index].isEmpty { queues.remove(at: index) }
        }
        return result
    }

    /// Monday 2026-11-09 08:00 Moscow, and a few days after it.
    static let start: Int64 = 1_794_200_400
    static let group: Int64 = 123_456

    static func generate(using random: inout SplitMix64) -> EventScript {
        var script = EventScript()
        var eventNumber = 0
        func eventID() -> String {
            eventNumber += 1
            return String(format: "ev%06d", eventNumber)
        }
        // Distinct times: two messages of one item in the same second would leave the inbox
        // preview to the order of arrival (ItemWriter breaks that tie by row id).
        var used = Set<Int64>()
        func time() -> Int64 {
            while true {
                let candidate = start + Int64(random.uniform(below: 3 * 86_400))
                if used.insert(candidate).inserted { return candidate }
            }
        }
        func pick<T>(_ values: [T]) -> T { values[Int(random.uniform(below: UInt64(values.count)))] }
        let texts = ["Здравствуйте! Можно продлить книгу?", "Спасибо 🙏", "Когда откроется зал?\nИ где запись?",
                     "Текст с \u{1B}[31mescape\u{1B}[0m", "Ok", "Жалоба на шум 😡"]

        // VK conversations with a handful of readers, so items collect several messages.
        var cmid: [Int64: Int64] = [:]
        for _ in 0..<40 {
            let reader = Int64(8_100_000_000) + Int64(random.uniform(below: 6))
            cmid[reader, default: 0] += 1
            let number = cmid[reader]!
            let outgoing = random.uniform(below: 3) == 0
            let date = time()
            var message = #"{"id":\#(number),"date":\#(date),"peer_id":\#(reader),"from_id":\#(outgoing ? -group : reader),"text":\#(quoted(pick(texts))),"conversation_message_id":\#(number),"out":\#(outgoing ? 1 : 0)}"#
            let type = outgoing ? "message_reply" : "message_new"
            let object = outgoing ? message : #"{"message":\#(message),"client_info":{"lang_id":0}}"#
            var lines = [vk(type, eventID(), object)]
            if random.uniform(below: 5) == 0 {
                // Delivered again under another event id (Callback and Long Poll both).
                lines.append(vk(type, eventID(), object))
            }
            for edit in 0..<Int(random.uniform(below: 3)) where !outgoing {
                message = #"{"id":\#(number),"date":\#(date),"update_time":\#(date + 60 * Int64(edit + 1)),"peer_id":\#(reader),"from_id":\#(reader),"text":\#(quoted(pick(texts) + " (правка \(edit + 1))")),"conversation_message_id":\#(number),"out":0}"#
                lines.append(vk("message_edit", eventID(), message))
            }
            script.groups.append(lines)
        }

        // VK comment threads: top-level comments, replies under them, the page's answers, and
        // replies that name only the comment they answer (no parents_stack), whose thread is
        // that comment's. Deletions are a group of their own: they may come before the comment.
        var tops: [(post: Int64, id: Int64)] = []
        var comments: [(post: Int64, id: Int64)] = []
        for number in 1...30 {
            let id = Int64(1000 + number)
            let post = Int64(40 + random.uniform(below: 3))
            let top = tops.isEmpty || random.uniform(below: 2) == 0 ? nil : pick(tops)
            let answered = top == nil && !comments.isEmpty && random.uniform(below: 3) == 0 ? pick(comments) : nil
            let fromPage = (top != nil || answered != nil) && random.uniform(below: 3) == 0
            let from = fromPage ? -group : Int64(555_000) + Int64(random.uniform(below: 5))
            let parents = top.map { "[\($0.id)]" } ?? "[]"
            let postID = answered?.post ?? top?.post ?? post
            let replyTo = answered.map { #""reply_to_comment":\#($0.id),"# } ?? ""
            let original = #"{"id":\#(id),"from_id":\#(from),"date":\#(time()),"text":\#(quoted(pick(texts))),"post_owner_id":\#(-group),"post_id":\#(postID),"owner_id":\#(-group),"parents_stack":\#(parents),\#(replyTo)"thread":{"count":0}}"#
            var lines = [vk("wall_reply_new", eventID(), original)]
            if top == nil && answered == nil { tops.append((postID, id)) }
            comments.append((postID, id))
            // At most one edit: VK comment edits carry no time, so the last one read wins.
            if random.uniform(below: 4) == 0 {
                lines.append(vk("wall_reply_edit", eventID(), original.replacingOccurrences(of: #""text":""#, with: #""text":"(правка) "#)))
            }
            script.groups.append(lines)
            if random.uniform(below: 3) == 0 {
                let who = random.uniform(below: 2) == 0 ? "deleter_id" : "user_id"
                var deletion = [vk("wall_reply_delete", eventID(), #"{"owner_id":\#(-group),"id":\#(id),"\#(who)":777,"post_id":\#(postID)}"#)]
                if random.uniform(below: 3) == 0 { deletion.append(vk("wall_reply_restore", eventID(), original)) }
                script.groups.append(deletion)
            }
        }

        // Telegram discussion comments on two forwarded posts, and the channel's answers.
        let discussion: Int64 = -1_009_876_543_210
        let channel: Int64 = -1_001_234_567_890
        for post in [Int64(500), 600] {
            script.groups.append([#"{"update_id":\#(post),"message":{"message_id":\#(post),"sender_chat":{"id":\#(channel),"type":"channel"},"chat":{"id":\#(discussion),"type":"supergroup"},"date":\#(start),"is_automatic_forward":true,"text":"Пост"}}"#])
        }
        // Some comments reply to an earlier comment with no message_thread_id: their thread is
        // that comment's, whichever of the two is read first.
        var telegramComments: [Int64] = []
        for number in 1...20 {
            let post: Int64 = random.uniform(below: 2) == 0 ? 500 : 600
            let fromPage = random.uniform(below: 3) == 0
            let sender = fromPage ? #""sender_chat":{"id":\#(channel),"type":"channel"},"# : ""
            let user = 5_000_000_000 + Int64(random.uniform(below: 4))
            let messageID = Int64(1000 + number)
            let placement: String
            if !telegramComments.isEmpty, random.uniform(below: 2) == 0 {
                placement = #""reply_to_message":{"message_id":\#(pick(telegramComments)),"from":{"id":\#(user),"is_bot":false,"first_name":"Имя"},"chat":{"id":\#(discussion),"type":"supergroup"},"date":\#(start),"text":"?"},"#
            } else {
                placement = #""message_thread_id":\#(post),"reply_to_message":{"message_id":\#(post),"chat":{"id":\#(discussion),"type":"supergroup"},"date":\#(start),"is_automatic_forward":true},"#
            }
            telegramComments.append(messageID)
            let message = #"{"message_id":\#(messageID),"from":{"id":\#(fromPage ? 136_817_688 : user),"is_bot":\#(fromPage),"first_name":"Имя \#(user % 10)"},\#(sender)"chat":{"id":\#(discussion),"type":"supergroup"},"date":\#(time()),\#(placement)"text":\#(quoted(pick(texts)))}"#
            var lines = [#"{"update_id":\#(10_000 + number),"message":\#(message)}"#]
            if random.uniform(below: 4) == 0 {
                let edited = message.replacingOccurrences(of: #""text":""#, with: #""edit_date":\#(start + 86_400 * 4),"text":"(ред.) "#)
                lines.append(#"{"update_id":\#(20_000 + number),"edited_message":\#(edited)}"#)
            }
            script.groups.append(lines)
        }

        // Blocks, per user in order.
        for user in [Int64(555_001), 555_002] {
            var lines = [vk("user_block", eventID(), #"{"admin_id":777,"user_id":\#(user),"unblock_date":\#(start + 30 * 86_400),"reason":\#(random.uniform(below: 5)),"comment":"п. 6.7"}"#)]
            if random.uniform(below: 2) == 0 {
                lines.append(vk("user_unblock", eventID(), #"{"admin_id":777,"user_id":\#(user),"by_end_date":0}"#))
            }
            script.groups.append(lines)
        }
        return script
    }

    private static func vk(_ type: String, _ eventID: String, _ object: String) -> String {
        #"{"type":"\#(type)","group_id":\#(group),"event_id":"\#(eventID)","v":"5.199","object":\#(object)}"#
    }

    private static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case _ where scalar.value < 0x20: result += String(format: "\\u%04x", scalar.value)
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
