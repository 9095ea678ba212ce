import DutyDeskCore

/// The bytes of one line, checked to be UTF-8, with their text.
struct DecodedLine {
    let bytes: UnsafeBufferPointer<UInt8>
    let text: String

    /// The text of a JSON object of this line (the platform's JSON of one message).
    func text(of object: JSONObject) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[object.byteRange]), as: UTF8.self)
    }
}

/// Turns one line into an event or a rejection reason: UTF-8, then JSON, then the platform's
/// fields. Pure: no database, so it can run ahead of the writer on another thread.
struct EventLineDecoder {
    let format: IngestFormat
    let pages: IngestPages

    /// `receivedAt` stands in for the time of events that carry none (deletes, blocks, VK
    /// comment edits).
    func decode(_ bytes: [UInt8], receivedAt: Int64) -> Result<IngestEvent, RejectionReason> {
        bytes.withUnsafeBufferPointer { buffer in
            do throws(RejectionReason) {
                return .success(try decode(buffer, receivedAt: receivedAt))
            } catch {
                return .failure(error)
            }
        }
    }

    private func decode(_ bytes: UnsafeBufferPointer<UInt8>, receivedAt: Int64) throws(RejectionReason) -> IngestEvent {
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw .invalidUTF8(offset: UTF8Check.firstInvalidOffset(bytes) ?? 0)
        }
        let value: JSONValue
        do throws(JSONSyntaxError) {
            value = try JSONParser.parse(bytes)
        } catch {
            throw .malformedJSON(offset: error.offset, problem: error.problem)
        }
        guard case .object(let object) = value else { throw .notAnObject(found: value.kindName) }
        let line = DecodedLine(bytes: bytes, text: text)
        let fields = FieldReader(object)
        let vk = VKEventDecoder(pages: pages, receivedAt: receivedAt)
        let telegram = TelegramUpdateDecoder(pages: pages, receivedAt: receivedAt)
        switch format {
        case .vk: return try vk.decode(fields, line: line)
        case .telegram: return try telegram.decode(fields, line: line)
        case .auto:
            if object.contains("update_id") { return try telegram.decode(fields, line: line) }
            if object.contains("type") && (object.contains("group_id") || object.contains("object")) {
                return try vk.decode(fields, line: line)
            }
            throw .unknownFormat
        }
    }
}

/// Where a byte sequence stops being UTF-8: only asked once a line has failed validation, to
/// say where.
enum UTF8Check {
    static func firstInvalidOffset(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var offset = 0
        var consumed = 0
        // Decode scalar by scalar, counting the bytes of each.
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                consumed += UTF8.width(scalar)
                offset = consumed
            case .emptyInput:
                return nil
            case .error:
                return offset
            }
        }
    }
}
