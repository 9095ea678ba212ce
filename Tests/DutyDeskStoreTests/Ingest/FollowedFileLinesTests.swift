import Foundation
import Testing
@testable import DutyDeskStore

/// Following a growing file like `tail -F`: appends, truncation, rotation, and a clean stop.
struct FollowedFileLinesTests {
    let folder: URL
    let path: String

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("dutydesk-follow-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        path = folder.appendingPathComponent("feed.jsonl").path
        try Data("one\ntwo\n".utf8).write(to: URL(fileURLWithPath: path))
    }

    private func append(_ text: String, to file: String? = nil) throws {
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: file ?? path))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(text.utf8))
        try handle.close()
    }

    /// The next `count` lines, polling until a deadline; nil when they do not come in time.
    private func lines(_ count: Int, from source: FollowedFileLines, within seconds: Double = 5) throws -> [String]? {
        var result: [String] = []
        let deadline = Date().addingTimeInterval(seconds)
        while result.count < count, Date() < deadline {
            switch try source.next() {
            case .line(let line): result.append(String(decoding: line.bytes, as: UTF8.self) + "@\(line.number)")
            case .idle: continue
            case .end: return result
            }
        }
        return result.count == count ? result : nil
    }

    @Test func readsWhatIsThereThenWhatIsAppended() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = try FollowedFileLines(path: path, stop: StopRequest())
        #expect(try lines(2, from: source) == ["one@1", "two@2"])
        #expect(try source.next() == .idle)
        try append("thr")
        try append("ee\n")
        #expect(try lines(1, from: source) == ["three@3"])
    }

    @Test func startsOverAfterTruncation() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = try FollowedFileLines(path: path, stop: StopRequest())
        #expect(try lines(2, from: source) != nil)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.truncate(atOffset: 0)
        try handle.close()
        try append("new\n")
        #expect(try lines(1, from: source) == ["new@1"])
    }

    @Test func followsTheNameAfterRotation() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = try FollowedFileLines(path: path, stop: StopRequest())
        #expect(try lines(2, from: source) != nil)
        // The writer adds a last line to the old file, then it is renamed and a new one begins.
        try append("last-old\n")
        try FileManager.default.moveItem(atPath: path, toPath: path + ".1")
        try Data("first-new\n".utf8).write(to: URL(fileURLWithPath: path))
        #expect(try lines(2, from: source) == ["last-old@3", "first-new@1"])
    }

    @Test func stopHandsOutEveryLineReadThenEnds() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let stop = StopRequest()
        let source = try FollowedFileLines(path: path, stop: stop)
        try append("three\nunfinished")
        #expect(try lines(3, from: source) != nil)
        stop.request()
        // The unfinished last line is not lost: it comes out as a line of its own.
        #expect(try lines(1, from: source) == ["unfinished@4"])
        #expect(try source.next() == .end)
    }
}
