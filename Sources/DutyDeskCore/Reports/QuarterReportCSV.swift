/// The quarterly report as CSV in long form, one figure per record:
/// `quarter,page,section,key,value`. Long rather than wide because the sections have different
/// keys (request types, channels, administrators, weeks); a spreadsheet pivots it in one step.
///
/// `page` is the page id, or `all` for the total. Counts are integers; response times are whole
/// seconds of working time; the on-time share is a percentage with one decimal (`87.5`), empty
/// when nothing could be judged.
public enum QuarterReportCSV {
    public static let header = ["quarter", "page", "section", "key", "value"]
    public static let allPages = "all"

    public static func render(_ report: QuarterReport) -> String {
        var text = CSVText.record(header)
        for page in report.pages + [report.overall] {
            for (section, key, value) in records(page) {
                text += CSVText.record([report.quarter.description, page.pageID ?? allPages, section, key, value])
            }
        }
        return text
    }

    static func records(_ page: PageFigures) -> [(String, String, String)] {
        var rows: [(String, String, String)] = [
            ("requests", "received", "\(page.requests)"),
            ("requests", "items", "\(page.items)"),
        ]
        rows += RequestCategory.allCases.map { ("category", $0.rawValue, "\(page.byCategory[$0] ?? 0)") }
        rows.append(("category", RequestCategory.unclassifiedCode, "\(page.unclassified)"))
        rows += RequestChannel.allCases.map { ("channel", $0.code, "\(page.byChannel[$0] ?? 0)") }
        rows += RequestStanding.allCases.map { ("deadline", $0.rawValue, "\(page.count($0))") }
        rows.append(("deadline", "judged", "\(page.judged)"))
        rows.append(("deadline", "missed", "\(page.missedDeadline)"))
        rows.append(("deadline", "on_time_share_percent",
                     page.judged > 0 ? ReportNumbers.percentValue(page.answeredOnTime, of: page.judged) : ""))
        let time = page.responseTime
        rows.append(("response_time_seconds", "answered", "\(time.count)"))
        rows.append(("response_time_seconds", "median", time.median.map(String.init) ?? ""))
        rows.append(("response_time_seconds", "p90", time.percentile90.map(String.init) ?? ""))
        rows.append(("response_time_seconds", "max", time.maximum.map(String.init) ?? ""))
        rows.append(("overdue", "now", "\(page.overdueNow)"))
        rows.append(("overdue", "quarter", "\(page.missedDeadline)"))
        rows += ReplyOrigin.allCases.map { ("answers", $0.rawValue, "\(page.answersByOrigin[$0] ?? 0)") }
        rows += BlockReason.allCases.map { ("blocks", $0.rawValue, "\(page.blocksByReason[$0] ?? 0)") }
        rows.append(("blocks", BlockReason.unspecifiedCode, "\(page.blocksWithoutReason)"))
        rows.append(("complaints", "escalated", "\(page.escalatedComplaints)"))
        for admin in page.administrators {
            let key = admin.username ?? ReplyOrigin.outsideDutyDesk.rawValue
            rows.append(("administrator_answered", key, "\(admin.answered)"))
            rows.append(("administrator_median_seconds", key, admin.medianSeconds.map(String.init) ?? ""))
        }
        for week in page.weeks {
            rows.append(("week_received", week.start.iso, "\(week.received)"))
            rows.append(("week_missed_deadline", week.start.iso, "\(week.missedDeadline)"))
        }
        return rows
    }
}
