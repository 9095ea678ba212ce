import Foundation
import Testing
@testable import DutyDeskStore

/// Cutting a byte stream into lines: across chunks, CRLF, no final newline, over-long lines.
struct LineSplitterTests {
    private func split(_ chunks: [[UInt8]], finish: Bool = true) -> [SourceLine] {
        var splitter = LineSplitter()
        var lines: [SourceLine] = []
        for chunk in chunks {
            chunk.withUnsafeBufferPointer { splitter.feed($0, into: &lines) }
        }
        if finish, let last = splitter.finish() { lines.append(last) }
        return lines
    }

    @Test func splitsOnNewlinesAcrossChunks() {
        let lines = split([Array("{\"a\":1}\n{\"b\"".utf8), Array(":2}\n\n{\"c\":3}".utf8)])
        #expect(lines.map { String(decoding: $0.bytes, as: UTF8.self) } == [#"{"a":1}"#, #"{"b":2}"#, "", #"{"c":3}"#])
        #expect(lines.map(\.number) == [1, 2, 3, 4])
    }

    @Test func dropsTheCarriageReturnOfCRLF() {
        let lines = split([Array("one\r\ntwo\r\n".utf8)])
        #expect(lines.map { String(decoding: $0.bytes, as: UTF8.self) } == ["one", "two"])
    }

    @Test func anUnfinishedLastLineWaitsForFinish() {
        #expect(split([Array("one\ntw".utf8)], finish: false).count == 1)
        #expect(split([Array("one\ntw".utf8)]).last?.bytes == Array("tw".utf8))
    }

    @Test func anOverlongLineKeepsItsFirstMegabyteAndItsLength() {
        let limit = LineSplitter.maximumLineBytes
        let long = [UInt8](repeating: UInt8(ascii: "x"), count: limit + 10)
        // In pieces, as a reader would hand it over, followed by a normal line.
        var chunks: [[UInt8]] = stride(from: 0, to: long.count, by: 100_000).map { Array(long[$0..<min($0 + 100_000, long.count)]) }
        chunks.append(Array("\nnext\n".utf8))
        let lines = split(chunks)
        #expect(lines.count == 2)
        #expect(lines[0].isTooLong)
        #expect(lines[0].bytes.count == limit)
        #expect(lines[0].length == limit + 10)
        #expect(lines[1].bytes == Array("next".utf8))
        #expect(lines[1].number == 2)
    }

    @Test func aLineOfExactlyTheLimitIsNotTooLong() {
        let exact = [UInt8](repeating: UInt8(ascii: "y"), count: LineSplitter.maximumLineBytes)
        let lines = split([exact + [0x0A]])
        #expect(lines.count == 1)
        #expect(!lines[0].isTooLong)
    }
}
