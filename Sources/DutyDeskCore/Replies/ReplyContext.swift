import Foundation

/// The values an item supplies to its reply's placeholders. A value that is missing (a reader
/// with no name, a calendar with no opening ahead) is simply absent: its placeholder stays in
/// the text as an unfilled field, which the checks then point out, rather than a silent gap.
public struct ReplyContext: Sendable, Equatable {
    public var values: [ContextKey: String]

    public init(_ values: [ContextKey: String] = [:]) {
        self.values = values
    }

    public subscript(key: ContextKey) -> String? {
        get { values[key] }
        set { values[key] = newValue }
    }

    /// What is known about an item, as plain values, for `make`.
    public struct Facts: Sendable {
        public var readerName: String
        public var pageName: String
        public var pageURL: String
        public var departmentName: String

        public init(readerName: String, pageName: String, pageURL: String, departmentName: String) {
            self.readerName = readerName
            self.pageName = pageName
            self.pageURL = pageURL
            self.departmentName = departmentName
        }
    }

    /// The context of an item at `now`: names from the facts, hours from the department's
    /// timeline. Names come from readers and platforms, so control characters are removed
    /// before they can reach a reply or a terminal.
    public static func make(_ facts: Facts, timeline: OpenTimeline?, now: Date) -> ReplyContext {
        var context = ReplyContext()
        let readerName = Self.clean(facts.readerName)
        context[.readerName] = readerName.nilIfEmpty
        context[.readerFirstName] = readerName.split(whereSeparator: \.isWhitespace).first.map(String.init)
        context[.pageName] = Self.clean(facts.pageName).nilIfEmpty
        context[.pageURL] = Self.clean(facts.pageURL).nilIfEmpty
        context[.departmentName] = Self.clean(facts.departmentName).nilIfEmpty
        if let timeline {
            let hours = DepartmentHoursText(timeline: timeline)
            context[.departmentHoursToday] = hours.today(at: now)
            context[.departmentNextOpen] = hours.nextOpening(after: now)
            context[.departmentHoursWeek] = hours.week()
            context[.departmentSanitaryDay] = hours.sanitaryDay()
            context[.today] = RussianDates.dayAndMonth(timeline.localDate(of: now))
        }
        return context
    }

    /// One line of printable text: control characters, bidi overrides and line breaks go.
    static func clean(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: continue
            default: scalars.append(scalar)
            }
        }
        return String(scalars).trimmingWhitespace()
    }
}

extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
