import Foundation
@testable import DutyDeskTUI
import Testing

@Suite struct ThemeTests {
    static let repositoryThemes = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("themes")

    @Test(arguments: BuiltInThemes.names)
    func builtInThemeIsTheFileInThemesFolder(_ name: String) throws {
        let file = try String(contentsOf: Self.repositoryThemes.appendingPathComponent(name + ".theme"), encoding: .utf8)
        #expect(BuiltInThemes.text(name) == file)
    }

    @Test(arguments: BuiltInThemes.names)
    func builtInThemeParsesAndCoversEveryRole(_ name: String) throws {
        let theme = try ThemeChoice.load(name, environment: ["HOME": "/nonexistent"])
        #expect(Set(theme.rich.keys) == Set(StyleRole.allCases))
        for style in theme.basic.values {
            #expect([style.foreground, style.background].allSatisfy { ($0 ?? 0) <= 7 })
        }
    }

    @Test func monochromeUsesNoColour() throws {
        let theme = try ThemeChoice.load("monochrome", environment: [:])
        #expect(theme.rich.values.allSatisfy { !$0.usesColour })
        #expect(theme.style(.selected, depth: .rich).attributes == [.reverse])
    }

    @Test func parsesColoursBackgroundsAttributesAndTheFallback() throws {
        let theme = try ThemeParser.parse("""
            # comment
            overdue = 196 on 16 bold underline / red on black bold   # trailing comment
            muted = dim
            ok = 114
            """, name: "t", file: "t.theme")
        #expect(theme.rich[.overdue] == Style(foreground: 196, background: 16, attributes: [.bold, .underline]))
        #expect(theme.basic[.overdue] == Style(foreground: 1, background: 0, attributes: [.bold]))
        #expect(theme.rich[.muted] == Style(attributes: [.dim]))
        #expect(theme.basic[.ok] == Style())
        #expect(theme.style(.header, depth: .rich) == .plain)
        #expect(theme.style(.overdue, depth: .none) == Style(attributes: [.bold]))
    }

    @Test func reportsTheLineOfAMistake() {
        #expect(throws: ThemeParser.Problem.self) { try ThemeParser.parse("ok = 1\nblinking = red", name: "t", file: "t.theme") }
        do {
            _ = try ThemeParser.parse("ok = 1\n\nselected = 300", name: "t", file: "t.theme")
            Issue.record("no error")
        } catch {
            #expect(error.line == 3)
            #expect(error.message.en.contains("t.theme, line 3"))
        }
        #expect(throws: ThemeParser.Problem.self) { try ThemeParser.parse("ok = 1 / 100", name: "t", file: "t.theme") }
    }

    @Test func choosingFollowsFlagThenConfigThenNoColorThenDefault() throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("dutydesk-theme-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: home) }
        var environment = ["XDG_CONFIG_HOME": home.path, "NO_COLOR": "1"]
        #expect(try ThemeChoice.resolve(flag: nil, environment: environment).name == "monochrome")
        #expect(try ThemeChoice.resolve(flag: "light", environment: environment).name == "light")
        try FileManager.default.createDirectory(at: home.appendingPathComponent("dutydesk/themes"), withIntermediateDirectories: true)
        try "theme = high-contrast # mine\n".write(to: home.appendingPathComponent("dutydesk/config"), atomically: true, encoding: .utf8)
        #expect(try ThemeChoice.resolve(flag: nil, environment: environment).name == "high-contrast")
        environment["NO_COLOR"] = nil
        try "muted = 240\n".write(to: home.appendingPathComponent("dutydesk/themes/high-contrast.theme"), atomically: true,
                                  encoding: .utf8)
        #expect(try ThemeChoice.resolve(flag: nil, environment: environment).rich[.muted] == Style(foreground: 240))
        #expect(throws: ThemeChoice.Unknown.self) { try ThemeChoice.resolve(flag: "sepia", environment: environment) }
        #expect(try ThemeChoice.resolve(flag: nil, environment: ["XDG_CONFIG_HOME": home.path + "/none"]).name == "default")
    }
}
