import DutyDeskCore
import Foundation

/// The reports panel as lines of text, for the view to draw and `update` to scroll by: the
/// figures of `dutydesk report quarter`, per page and overall, with the charts.
enum ReportPanelLines {
    /// From this many cells (a 100-column screen less its right margin) the charts widen.
    static let wideWidth = 99

    static func build(_ state: AppState) -> [PanelLine] {
        let reports = state.reports
        let width = max(state.size.width - 1, 1)
        let l = state.language
        if let refusal = reports.refusal {
            return wrap(refusal.text(l), width: width, role: .warning)
                + [.blank] + wrap(PanelWords.whoSeesReports.text(l), width: width, role: .muted)
        }
        var lines: [PanelLine] = []
        if let failure = reports.failure {
            lines += wrap(failure.text(l), width: width, role: .error) + [.blank]
        }
        guard let report = reports.report else {
            if reports.counting {
                lines += wrap(PanelWords.countingFirst.text(l), width: width, role: .muted)
            }
            return lines
        }
        let shown = reports.page.flatMap { id in report.pages.first { $0.pageID == id } }
        if let page = shown ?? (report.pages.count == 1 ? report.pages.first : nil) {
            return lines + section(page, title: pageTitle(page), report: report, width: width, l)
        }
        lines += section(report.overall, title: PanelWords.allPages.text(l) + " (\(report.pages.count))", report: report,
                         width: width, l, pageBars: report.pages)
        for page in report.pages {
            lines += section(page, title: pageTitle(page), report: report, width: width, l)
        }
        return lines
    }

    static func pageTitle(_ page: PageFigures) -> String {
        TerminalSafeText.line("\(page.pageID ?? "") — \(page.pageName)")
    }

    /// One page's (or the total's) figures; the total also gets each page's on-time bar.
    static func section(_ page: PageFigures, title: String, report: QuarterReport, width: Int, _ l: Language,
                        pageBars: [PageFigures] = []) -> [PanelLine] {
        var lines = [PanelLine(TextFitting.truncate(" " + title, to: width), .header)]
        let t = { (ru: String, en: String) in Localized(ru: ru, en: en).text(l) }
        lines += PanelLine.flow(t("Поступило обращений: ", "Requests received: "),
                                ["\(page.requests)", t("диалогов и веток: \(page.items)", "conversations and threads: \(page.items)")],
                                width: width)
        var standing = [t("\(page.answeredOnTime) из \(page.judged) (\(percent(page, l)))",
                          "\(page.answeredOnTime) of \(page.judged) (\(percent(page, l)))"),
                        t("с опозданием \(page.count(.answeredLate))", "late \(page.count(.answeredLate))"),
                        t("без ответа, срок истёк \(page.count(.overdue))", "unanswered past deadline \(page.count(.overdue))"),
                        t("срок не истёк \(page.count(.waiting))", "not yet due \(page.count(.waiting))"),
                        t("закрыто без ответа \(page.count(.closedWithoutReply))",
                          "closed without reply \(page.count(.closedWithoutReply))")]
        if page.count(.noDeadline) > 0 { standing.append(t("без срока \(page.count(.noDeadline))", "no deadline \(page.count(.noDeadline))")) }
        lines += PanelLine.flow(t("Ответ в срок (п. 6.2): ", "Answered on time (6.2): "), standing, width: width)
        // The pages' bars are indented two cells more, and line up with the total's.
        let labelWidth = min(max((pageBars.map { TerminalCells.width(of: $0.pageID ?? "") }.max() ?? 0) + 2,
                                 TerminalCells.width(of: PanelWords.onTime.text(l)), TerminalCells.width(of: PanelWords.missed.text(l)),
                                 TerminalCells.width(of: PanelWords.received.text(l))),
                             width >= wideWidth ? 24 : 12)
        lines.append(ReportCharts.barLine(PanelWords.onTime.text(l), page, labelWidth: labelWidth, width: width, l))
        for other in pageBars {
            lines.append(ReportCharts.barLine(TerminalSafeText.line(other.pageID ?? ""), other, labelWidth: labelWidth - 2,
                                              width: width, l, indent: 3))
        }
        let hours = { (seconds: Int?) in seconds.map { ReportNumbers.hours($0, l) } ?? "—" }
        lines += PanelLine.flow(t("Время ответа, рабочих часов: ", "Response time, working hours: "),
                                [t("медиана \(hours(page.responseTime.median))", "median \(hours(page.responseTime.median))"),
                                 t("90-й процентиль \(hours(page.responseTime.percentile90))",
                                   "90th percentile \(hours(page.responseTime.percentile90))"),
                                 t("максимум \(hours(page.responseTime.maximum))", "maximum \(hours(page.responseTime.maximum))")],
                                width: width)
        lines += PanelLine.flow(t("Просрочено: ", "Overdue: "),
                                [t("сейчас \(page.overdueNow)", "now \(page.overdueNow)"),
                                 t("за квартал \(page.missedDeadline)", "during the quarter \(page.missedDeadline)")], width: width)
        if page.requests == 0 {
            // No weeks' chart, no "By type: 0": plainly, nothing came in.
            lines += wrap(PanelWords.nothingReceived.text(l), width: width, role: .muted)
        } else {
            lines += ReportCharts.weekLines(page, labelWidth: labelWidth, width: width, l)
            lines += PanelLine.flow(t("По видам: ", "By type: "), categories(page, l), width: width)
            lines += PanelLine.flow(t("По каналам: ", "By channel: "), channels(page, l), width: width)
        }
        let answers = page.answersByOrigin
        let fromTemplates = (answers[.template] ?? 0) + (answers[.editedTemplate] ?? 0)
        lines += PanelLine.flow(t("Ответы: ", "Answers: "),
                                [t("по шаблонам \(fromTemplates) (с правкой \(answers[.editedTemplate] ?? 0))",
                                   "from templates \(fromTemplates) (edited \(answers[.editedTemplate] ?? 0))"),
                                 t("свободным текстом \(answers[.freeText] ?? 0)", "free text \(answers[.freeText] ?? 0)"),
                                 t("вне dutydesk \(answers[.outsideDutyDesk] ?? 0)",
                                   "outside dutydesk \(answers[.outsideDutyDesk] ?? 0)")], width: width)
        lines += PanelLine.flow(t("Блокировки (п. 6.7): ", "Blocks (6.7): "), blocks(page, l), width: width)
        lines += PanelLine.flow(t("Жалоб передано руководителю (п. 3.7): ", "Complaints escalated (3.7): "),
                                ["\(page.escalatedComplaints)"], width: width)
        lines += administrators(page, width: width, l)
        lines.append(.blank)
        return lines
    }

    static func percent(_ page: PageFigures, _ l: Language) -> String {
        ReportNumbers.percent(page.answeredOnTime, of: page.judged, l)
    }

    static func categories(_ page: PageFigures, _ l: Language) -> [String] {
        var parts = RequestCategory.allCases.compactMap { category in
            page.byCategory[category].map { "\(category.reportTitle.text(l)) \($0)" }
        }
        if page.unclassified > 0 { parts.append("\(RequestCategory.unclassifiedTitle.text(l)) \(page.unclassified)") }
        return parts.isEmpty ? ["0"] : parts
    }

    static func channels(_ page: PageFigures, _ l: Language) -> [String] {
        let parts = RequestChannel.allCases.compactMap { channel in
            page.byChannel[channel].map { "\(channel.title.text(l)) \($0)" }
        }
        return parts.isEmpty ? ["0"] : parts
    }

    static func blocks(_ page: PageFigures, _ l: Language) -> [String] {
        var parts = ["\(page.blocks)"]
        for reason in BlockReason.allCases {
            if let count = page.blocksByReason[reason], count > 0 { parts.append("\(reason.shortName.text(l)) \(count)") }
        }
        if page.blocksWithoutReason > 0 { parts.append("\(PanelWords.otherBlockReason.text(l)) \(page.blocksWithoutReason)") }
        return parts
    }

    static func administrators(_ page: PageFigures, width: Int, _ l: Language) -> [PanelLine] {
        let title = Localized(ru: "Администраторы: ответов, медиана времени ответа",
                              en: "Administrators: answered, median response time").text(l)
        guard !page.administrators.isEmpty else {
            return [PanelLine(TextFitting.truncate(" " + title + " — " + Localized(ru: "ответов нет", en: "no answers").text(l),
                                                   to: width), .muted)]
        }
        var lines = [PanelLine(TextFitting.truncate(" " + title, to: width), .muted)]
        for admin in page.administrators {
            let name: String
            if let username = admin.username {
                name = TerminalSafeText.line(StaffLabel.text(username: username, name: admin.name))
            } else {
                name = PanelWords.outsideDutyDesk.text(l)
            }
            let median = admin.medianSeconds.map { ReportNumbers.hours($0, l) } ?? "—"
            let figures = Localized(ru: "  \(admin.answered) · \(median) ч", en: "  \(admin.answered) · \(median) h").text(l)
            let room = max(width - 3 - TerminalCells.width(of: figures), 4)
            lines.append(PanelLine("   " + TextFitting.truncate(name, to: room) + figures))
        }
        return lines
    }

    static func wrap(_ text: String, width: Int, role: StyleRole) -> [PanelLine] {
        TextFitting.wrap(text, width: max(width - 1, 1)).map { PanelLine(" " + $0, role) }
    }

    /// The panel's words that are not figures.
    enum PanelWords {
        static let allPages = Localized(ru: "Все страницы", en: "All pages")
        static let onTime = Localized(ru: "в срок", en: "on time")
        static let received = Localized(ru: "поступило", en: "received")
        static let missed = Localized(ru: "просрочено", en: "missed")
        static let countingFirst = Localized(
            ru: "Считаю показатели квартала… На большой базе это может занять несколько секунд.",
            en: "Counting the quarter's figures… On a large database this can take a few seconds.")
        static let counting = Localized(ru: "считаю…", en: "counting…")
        static let whoSeesReports = Localized(
            ru: "Квартальную статистику (п. 5.12) видят куратор — по всем страницам — и координатор — по своим страницам.",
            en: "The quarterly statistics (5.12) are for the curator (every page) and a coordinator (their own pages).")
        static let nothingReceived = Localized(ru: "За квартал обращений не поступило.",
                                               en: "No requests were received this quarter.")
        static let outsideDutyDesk = Localized(ru: "ответ вне dutydesk (автор неизвестен)", en: "outside dutydesk (author unknown)")
        static let otherBlockReason = Localized(ru: "причина не из п. 6.7", en: "reason outside 6.7")
    }
}
