import DutyDeskCore

/// The panel's charts, in text characters (Core `TextBars` and `Sparkline`): a bar of the
/// on-time share, and the weeks' volume and missed deadlines on one scale.
enum ReportCharts {
    /// "в срок   ███████▋        80,0 %": the bar grows with the screen, up to 40 cells.
    static func barLine(_ label: String, _ page: PageFigures, labelWidth: Int, width: Int, _ l: Language,
                        indent: Int = 1) -> PanelLine {
        let lead = String(repeating: " ", count: indent) + TextFitting.pad(label, to: labelWidth) + " "
        var figure = " " + (page.onTimeShare == nil ? "—" : ReportNumbers.percent(page.answeredOnTime, of: page.judged, l))
        if width >= ReportPanelLines.wideWidth, page.judged > 0 {
            figure += Localized(ru: " (\(page.answeredOnTime) из \(page.judged))", en: " (\(page.answeredOnTime) of \(page.judged))")
                .text(l)
        }
        let barWidth = width >= ReportPanelLines.wideWidth ? 40 : max(6, width - TerminalCells.width(of: lead) - 10)
        let bar = TextBars.bar(page.onTimeShare ?? 0, width: barWidth)
        return PanelLine([.init(text: lead, role: .normal), .init(text: bar, role: role(page.onTimeShare)),
                          .init(text: figure, role: .normal)])
    }

    /// At least 90 % on time reads as fine, under 70 % as a problem.
    static func role(_ share: Double?) -> StyleRole {
        guard let share else { return .muted }
        if share >= 0.9 { return .ok }
        return share >= 0.7 ? .dueSoon : .overdue
    }

    /// The sparkline with "·" for a week without any: a blank would hide where the weeks are.
    static func weeks(_ values: [Int], maximum: Int) -> String {
        String(Sparkline.line(values, maximum: maximum).map { $0 == " " ? "·" : $0 })
    }

    /// A heading with the first week's Monday, then one sparkline per series, a character a week.
    static func weekLines(_ page: PageFigures, labelWidth: Int, width: Int, _ l: Language) -> [PanelLine] {
        guard let first = page.weeks.first else { return [] }
        let received = page.weeks.map(\.received)
        let missed = page.weeks.map(\.missedDeadline)
        let top = max(received.max() ?? 0, 1)
        let monday = ReportNumbers.date(first.start, l)
        let heading = Localized(ru: " По неделям с пн \(monday) (не больше \(top) в неделю):",
                                en: " By week from Mon \(monday) (at most \(top) a week):").text(l)
        func series(_ label: Localized, _ values: [Int], role: StyleRole) -> PanelLine {
            let total = values.reduce(0, +)
            return PanelLine([.init(text: " " + TextFitting.pad(label.text(l), to: labelWidth) + " ", role: .normal),
                              .init(text: weeks(values, maximum: top), role: role),
                              .init(text: Localized(ru: "  всего \(total)", en: "  total \(total)").text(l), role: .muted)])
        }
        return [PanelLine(TextFitting.truncate(heading, to: width), .muted),
                series(ReportPanelLines.PanelWords.received, received, role: .ok),
                series(ReportPanelLines.PanelWords.missed, missed, role: .overdue)]
    }
}
