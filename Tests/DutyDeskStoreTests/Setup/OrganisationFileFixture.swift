import DutyDeskCore
import Foundation
@testable import DutyDeskStore

/// Organisation texts for the file reader's tests, and short ways to read them.
enum OrganisationFileFixture {
    static let fileName = "org.yaml"

    /// spec.md's example, copied verbatim; read from the source tree, not from bundle resources.
    static var specExampleText: String {
        get throws {
            let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
                .appendingPathComponent("Fixtures/spec-example.yaml")
            return try String(contentsOf: url, encoding: .utf8)
        }
    }

    /// A small valid file whose line numbers the tests refer to; `replacing` swaps one line for
    /// one or more, so a test can plant a mistake at a known line.
    static let minimalLines = [
        /* 1 */ "timezone: Europe/Moscow",
        /* 2 */ "departments:",
        /* 3 */ "  - id: lib1",
        /* 4 */ "    name: \"Библиотека № 1\"",
        /* 5 */ "    hours:",
        /* 6 */ "      mon: [\"10:00-20:00\"]",
        /* 7 */ "      tue: [\"10:00-20:00\"]",
        /* 8 */ "pages:",
        /* 9 */ "  - id: lib1-vk",
        /* 10 */ "    network: vk",
        /* 11 */ "    external_id: 123456",
        /* 12 */ "    name: \"Библиотека № 1 — ВКонтакте\"",
        /* 13 */ "    url: https://vk.com/club123456",
        /* 14 */ "    department: lib1",
        /* 15 */ "staff:",
        /* 16 */ "  - username: ivanova",
        /* 17 */ "    name: \"Иванова Анна\"",
        /* 18 */ "    roles: { lib1-vk: admin }",
    ]

    static var minimal: String { text(minimalLines) }

    static func minimal(replacing changes: [Int: [String]]) -> String {
        var lines: [String] = []
        for (index, line) in minimalLines.enumerated() {
            lines += changes[index + 1] ?? [line]
        }
        return text(lines)
    }

    static func minimal(replacing line: Int, with replacement: String...) -> String {
        minimal(replacing: [line: replacement])
    }

    static func minimal(appending extra: String...) -> String {
        text(minimalLines + extra)
    }

    static func text(_ lines: [String]) -> String { lines.joined(separator: "\n") + "\n" }

    /// The refusal for a text that must be refused; nil (and the test fails) if it was accepted.
    static func refusal(_ text: String) -> OrganisationFileError? {
        do {
            _ = try OrganisationFileReader.read(text: text, fileName: fileName)
            return nil
        } catch {
            return error
        }
    }

    static func intervals(_ texts: String...) -> [OpenInterval] {
        texts.map { try! OpenInterval(text: $0) }
    }

    static func date(_ iso: String) -> LocalDate { LocalDate(iso: iso)! }
}
