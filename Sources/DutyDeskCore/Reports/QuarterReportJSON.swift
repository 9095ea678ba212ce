import Foundation

/// The quarterly report as JSON for scripts: the same figures as the CSV, nested by section.
/// Times are seconds of working time; instants ISO 8601 UTC; keys sorted for stable diffs.
public enum QuarterReportJSON {
    public static func render(_ report: QuarterReport) throws -> String {
        let zone = TimeZone(identifier: report.timeZoneIdentifier) ?? TimeZone(identifier: "UTC")!
        let interval = report.quarter.interval(in: zone)
        let object: [String: Any] = [
            "quarter": report.quarter.description,
            "time_zone": report.timeZoneIdentifier,
            "from": ReportNumbers.utc(Int64(interval.start.timeIntervalSince1970)),
            "to": ReportNumbers.utc(Int64(interval.end.timeIntervalSince1970)),
            "generated_at": ReportNumbers.utc(report.generatedAt),
            "pages": report.pages.map(object),
            "overall": object(report.overall),
        ]
        let data = try JSONSerialization.data(withJSONObject: object,
                                              options: [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self)
    }

    static func object(_ page: PageFigures) -> [String: Any] {
        var categories = Dictionary(uniqueKeysWithValues: RequestCategory.allCases.map { ($0.rawValue, page.byCategory[$0] ?? 0) })
        categories[RequestCategory.unclassifiedCode] = page.unclassified
        var blocks = Dictionary(uniqueKeysWithValues: BlockReason.allCases.map { ($0.rawValue, page.blocksByReason[$0] ?? 0) })
        blocks[BlockReason.unspecifiedCode] = page.blocksWithoutReason
        var deadline: [String: Any] = Dictionary(uniqueKeysWithValues: RequestStanding.allCases.map { ($0.rawValue, page.count($0)) })
        deadline["judged"] = page.judged
        deadline["missed"] = page.missedDeadline
        deadline["on_time_share"] = page.onTimeShare ?? NSNull()
        let time = page.responseTime
        return [
            "page": page.pageID ?? NSNull(),
            "name": page.pageName,
            "requests": page.requests,
            "items": page.items,
            "by_category": categories,
            "by_channel": Dictionary(uniqueKeysWithValues: RequestChannel.allCases.map { ($0.code, page.byChannel[$0] ?? 0) }),
            "deadline": deadline,
            "response_time_seconds": [
                "answered": time.count,
                "median": time.median ?? NSNull(),
                "p90": time.percentile90 ?? NSNull(),
                "max": time.maximum ?? NSNull(),
            ] as [String: Any],
            "overdue_now": page.overdueNow,
            "answers": Dictionary(uniqueKeysWithValues: ReplyOrigin.allCases.map { ($0.rawValue, page.answersByOrigin[$0] ?? 0) }),
            "blocks": blocks,
            "escalated_complaints": page.escalatedComplaints,
            "administrators": page.administrators.map { admin -> [String: Any] in
                ["username": admin.username ?? NSNull(), "name": admin.name ?? NSNull(), "answered": admin.answered,
                 "median_response_seconds": admin.medianSeconds ?? NSNull()]
            },
            "weeks": page.weeks.map { ["start": $0.start.iso, "received": $0.received, "missed_deadline": $0.missedDeadline] },
        ]
    }
}
