@testable import DutyDeskTUI
import Foundation
import Testing

/// Ctrl-E's editor: which one, and the text through a temporary file.
@Suite struct ExternalEditorTests {
    @Test func visualWinsOverEditorAndViIsTheFallback() {
        #expect(ExternalEditor.command(environment: ["VISUAL": "nano", "EDITOR": "vim"]) == "nano")
        #expect(ExternalEditor.command(environment: ["VISUAL": " ", "EDITOR": "vim"]) == "vim")
        #expect(ExternalEditor.command(environment: [:]) == "vi")
    }

    @Test func theEditedFileComesBackWithoutTheFinalLineBreak() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("editor-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let script = folder.appendingPathComponent("edit.sh").path
        try "#!/bin/sh\necho 'вторая строка 👍' >> \"$1\"\n".write(toFile: script, atomically: true, encoding: .utf8)
        #expect(chmod(script, 0o755) == 0)
        #expect(ExternalEditor.edit("первая строка", environment: ["EDITOR": script]) == "первая строка\nвторая строка 👍")
        #expect(ExternalEditor.edit("текст", environment: ["EDITOR": "false"]) == nil)
    }
}
