/// A tiny RFC 4180 reader for the tests: the CSV dutydesk writes must read back into exactly
/// the fields that went in. Strict where the RFC is: a quote inside an unquoted field, or text
/// after a closing quote, is an error.
enum RFC4180 {
    struct Malformed: Error, CustomStringConvertible {
        let description: String
    }

    static func parse(_ text: String) throws -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field = String.UnicodeScalarView()
        var quoted = false, closed = false, fieldStarted = false
        var scalars = Array(text.unicodeScalars)[...]
        func endField() {
            record.append(String(field))
            field = .init()
            quoted = false
            closed = false
            fieldStarted = false
        }
        while let scalar = scalars.popFirst() {
            if quoted && !closed {
                if scalar == "\"" {
                    if scalars.first == "\"" {
                        scalars.removeFirst()
                        field.append("\"")
                    } else {
                        closed = true
                    }
                } else {
                    field.append(scalar)
                }
                continue
            }
            switch scalar {
            case ",":
                endField()
                fieldStarted = true
            case "\r", "\n":
                if scalar == "\r" {
                    guard scalars.first == "\n" else { throw Malformed(description: "CR without LF") }
                    scalars.removeFirst()
                }
                endField()
                records.append(record)
                record = []
            case "\"":
                guard field.isEmpty, !closed else { throw Malformed(description: "a quote inside an unquoted field") }
                quoted = true
                fieldStarted = true
            default:
                guard !closed else { throw Malformed(description: "text after a closing quote") }
                field.append(scalar)
                fieldStarted = true
            }
        }
        if quoted && !closed { throw Malformed(description: "an unterminated quoted field") }
        if fieldStarted || !field.isEmpty || !record.isEmpty {
            endField()
            records.append(record)
        }
        return records
    }
}
