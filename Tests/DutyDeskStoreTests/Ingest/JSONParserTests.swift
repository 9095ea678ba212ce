import Foundation
import Testing
@testable import DutyDeskStore

/// The ingest JSON parser: exact 64-bit integers, every escape, and rejections that say where.
struct JSONParserTests {
    private func parse(_ text: String) throws(JSONSyntaxError) -> JSONValue {
        try JSONParser.parse(Array(text.utf8))
    }

    private func object(_ text: String) throws -> JSONObject {
        guard case .object(let object) = try parse(text) else { throw JSONSyntaxError(offset: -1, problem: .empty) }
        return object
    }

    @Test func keepsSixtyFourBitIntegersExact() throws {
        let value = try object(#"{"a": 9223372036854775807, "b": -9223372036854775808, "c": -1001234567890123}"#)
        guard case .integer(let a)? = value["a"], case .integer(let b)? = value["b"], case .integer(let c)? = value["c"] else {
            Issue.record("not integers: \(value)")
            return
        }
        #expect(a == Int64.max)
        #expect(b == Int64.min)
        #expect(c == -1_001_234_567_890_123)
    }

    @Test func numbersWithFractionsOrBeyondSixtyFourBitsAreNotIntegers() throws {
        let value = try object(#"{"a": 1.5, "b": 1e3, "c": 9223372036854775808}"#)
        for key in ["a", "b", "c"] {
            guard case .number? = value[key] else {
                Issue.record("\(key) should be a non-integer number")
                continue
            }
        }
    }

    @Test func decodesEveryEscapeAndKeepsUnicode() throws {
        let value = try object(#"{"t": "Привет 😀 \"q\" \\ \/ \b\f\n\r\t \u001b[31m \u0416 \ud83d\ude00 \ud800x"}"#)
        guard case .string(let text)? = value["t"] else {
            Issue.record("no text")
            return
        }
        #expect(text == "Привет 😀 \"q\" \\ / \u{8}\u{C}\n\r\t \u{1B}[31m Ж 😀 \u{FFFD}x")
    }

    @Test func remembersWhereAnObjectLies() throws {
        let line = #"{"object": {"message": {"id": 1}}, "x": 2}"#
        let value = try object(line)
        guard case .object(let outer)? = value["object"], case .object(let message)? = outer["message"] else {
            Issue.record("no message")
            return
        }
        let bytes = Array(line.utf8)
        #expect(String(decoding: bytes[message.byteRange], as: UTF8.self) == #"{"id": 1}"#)
    }

    @Test(arguments: [
        (#"{"a": 1"#, JSONSyntaxError.Problem.unexpectedEnd),
        (#"{"a" 1}"#, .unexpected(character: UInt8(ascii: "1"), expected: .init(ru: "':'", en: "':'"))),
        (#"{"a": 1} x"#, .trailingData),
        (#"{"a": "line"#, .unexpectedEnd),
        ("{\"a\": \"tab\there\"}", .controlCharacterInString),
        (#"{"a": "\x"}"#, .badEscape),
        (#"{"a": 01}"#, .unexpected(character: UInt8(ascii: "1"), expected: .init(ru: "',' или '}'", en: "',' or '}'"))),
        (#"{"a": -}"#, .badNumber),
        ("", .empty),
        ("   ", .empty),
    ])
    func rejectsMalformedJSON(text: String, problem: JSONSyntaxError.Problem) {
        #expect(throws: JSONSyntaxError.self) { try parse(text) }
        do {
            _ = try parse(text)
        } catch {
            #expect(error.problem == problem, "\(text)")
        }
    }

    @Test func saysAtWhichByteTheLineStopsBeingJSON() {
        do {
            _ = try parse(#"{"a": nope}"#)
            Issue.record("parsed")
        } catch {
            #expect(error.offset == 6)
            #expect(error.problem.message.en == "expected a value, found 'n'")
        }
    }

    @Test func refusesNestingDeeperThanTheLimit() {
        let deep = String(repeating: "[", count: JSONParser.maximumDepth + 1) + String(repeating: "]", count: JSONParser.maximumDepth + 1)
        #expect(throws: JSONSyntaxError(offset: JSONParser.maximumDepth, problem: .tooDeep)) { try parse(deep) }
        let fine = String(repeating: "[", count: JSONParser.maximumDepth) + String(repeating: "]", count: JSONParser.maximumDepth)
        #expect(throws: Never.self) { try parse(fine) }
    }
}
