/// Reads RFC 4180 CSV back into records, for checking what `dutydesk` writes: quoted fields
/// with doubled quotes, commas and line breaks inside quotes, CRLF between records.
enum CSVRecords {
    struct Malformed: Error {}

    static func parse(_ text: String) throws -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field = String.UnicodeScalarView()
        var inQuotes = false
        var scalars = Array(text.unicodeScalars)[...]
        while let scalar = scalars.popFirst() {
            if inQuotes {
                if scalar == "\"" {
                    if scalars.first == "\"" {
                        scalars.removeFirst()
                        field.append("\"")
                    } else {
                        inQuotes = false
                    }
                } else {
                    field.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"":
                guard field.isEmpty else { throw Malformed() }
                inQuotes = true
            case ",":
                record.append(String(field))
                field = .init()
            case "\r":
                guard scalars.popFirst() == "\n" else { throw Malformed() }
                record.append(String(field))
                field = .init()
                records.append(record)
                record = []
            default:
                field.append(scalar)
            }
        }
        guard !inQuotes else { throw Malformed() }
        if !field.isEmpty || !record.isEmpty {
            record.append(String(field))
            records.append(record)
        }
        return records
    }
}
