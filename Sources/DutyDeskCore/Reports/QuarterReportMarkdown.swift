import Foundation

/// The quarterly report as Markdown, ready to paste into the coordinator's quarterly statistics
/// (regulation 5.12). Russian is the report's language; English is there for colleagues who
/// ask for it (`--lang en`).
public enum QuarterReportMarkdown {
    public static func render(_ report: QuarterReport, language: Language) -> String {
        let l = language
        let zone = TimeZone(identifier: report.timeZoneIdentifier) ?? TimeZone(identifier: "UTC")!
        var blocks: [String] = []
        blocks.append(text(ru: "# Статистика обслуживания пользователей в социальных сетях — \(report.quarter.title.ru)",
                           en: "# Social-network reader service statistics — \(report.quarter.title.en)", l))
        let period = "\(ReportNumbers.date(report.quarter.firstDay, l)) — \(ReportNumbers.date(report.quarter.lastDay, l))"
        let asOf = ReportNumbers.dateTime(report.generatedAt, in: zone, l)
        blocks.append(text(ru: "Период: \(period) (\(report.timeZoneIdentifier)). Данные на \(asOf).",
                           en: "Period: \(period) (\(report.timeZoneIdentifier)). Figures as of \(asOf).", l))
        for page in report.pages {
            let title = "\(MarkdownTable.cell(page.pageName)) (\(MarkdownTable.cell(page.pageID ?? "")))"
            blocks.append("## \(title)")
            blocks += sections(page, l)
        }
        if report.pages.count > 1 {
            blocks.append(text(ru: "## Итого по всем страницам", en: "## All pages", l))
            blocks += sections(report.overall, l)
        }
        blocks.append(definitions(l))
        return blocks.joined(separator: "\n\n") + "\n"
    }

    static func sections(_ page: PageFigures, _ l: Language) -> [String] {
        [summary(page, l), categories(page, l), channels(page, l), blocks(page, l), administrators(page, l)]
    }

    static func summary(_ page: PageFigures, _ l: Language) -> String {
        var table = MarkdownTable(header: [text(ru: "Показатель", en: "Figure", l), text(ru: "Значение", en: "Value", l)],
                                  numeric: [false, true])
        table.add(text(ru: "Поступило обращений", en: "Requests received", l), "\(page.requests)")
        table.add(text(ru: "Диалогов и веток комментариев с обращениями", en: "Conversations and comment threads", l),
                  "\(page.items)")
        let share = ReportNumbers.percent(page.answeredOnTime, of: page.judged, l)
        table.add(text(ru: "Отвечено в срок (1 рабочий день, п. 6.2)", en: "Answered within the deadline (1 working day, 6.2)", l),
                  text(ru: "\(page.answeredOnTime) из \(page.judged) (\(share))",
                       en: "\(page.answeredOnTime) of \(page.judged) (\(share))", l))
        table.add(text(ru: "Отвечено с нарушением срока", en: "Answered late", l), "\(page.count(.answeredLate))")
        table.add(text(ru: "Без ответа, срок истёк", en: "Unanswered, deadline passed", l), "\(page.count(.overdue))")
        table.add(text(ru: "Без ответа, срок не истёк", en: "Unanswered, not yet due", l), "\(page.count(.waiting))")
        table.add(text(ru: "Закрыто без ответа (ответ не требовался)", en: "Closed without a reply (none needed)", l),
                  "\(page.count(.closedWithoutReply))")
        if page.count(.noDeadline) > 0 {
            table.add(text(ru: "Без срока (у отдела нет рабочего времени)", en: "No deadline (the department never opens)", l),
                      "\(page.count(.noDeadline))")
        }
        let time = page.responseTime
        let hours = { (seconds: Int?) in seconds.map { ReportNumbers.hours($0, l) } ?? "—" }
        table.add(text(ru: "Время ответа, рабочих часов: медиана", en: "Response time, working hours: median", l),
                  hours(time.median))
        table.add(text(ru: "Время ответа, рабочих часов: 90-й процентиль", en: "Response time, working hours: 90th percentile", l),
                  hours(time.percentile90))
        table.add(text(ru: "Время ответа, рабочих часов: максимум", en: "Response time, working hours: maximum", l),
                  hours(time.maximum))
        table.add(text(ru: "Просрочено сейчас (на дату отчёта)", en: "Overdue now (at the report's time)", l),
                  "\(page.overdueNow)")
        table.add(text(ru: "Просрочено за квартал (ответ с опозданием или без ответа)",
                       en: "Missed the deadline in the quarter (late or unanswered)", l), "\(page.missedDeadline)")
        let answers = page.answersByOrigin
        let fromTemplates = (answers[.template] ?? 0) + (answers[.editedTemplate] ?? 0)
        table.add(text(ru: "Ответов по шаблонам", en: "Answers from templates", l), "\(fromTemplates)")
        table.add(text(ru: "в т. ч. с правкой текста шаблона", en: "of which with the template edited", l),
                  "\(answers[.editedTemplate] ?? 0)")
        table.add(text(ru: "Ответов свободным текстом (п. 6.8)", en: "Answers in free text (6.8)", l),
                  "\(answers[.freeText] ?? 0)")
        table.add(text(ru: "Ответов вне dutydesk (шаблон неизвестен)", en: "Answered outside dutydesk (template unknown)", l),
                  "\(answers[.outsideDutyDesk] ?? 0)")
        table.add(text(ru: "Жалоб передано руководителю (п. 3.7)", en: "Complaints escalated to the head (3.7)", l),
                  "\(page.escalatedComplaints)")
        table.add(text(ru: "Блокировок пользователей (п. 6.7)", en: "Users blocked (6.7)", l), "\(page.blocks)")
        return table.text
    }

    static func categories(_ page: PageFigures, _ l: Language) -> String {
        var table = MarkdownTable(header: [text(ru: "Вид обращения", en: "Request type", l),
                                           text(ru: "Количество", en: "Count", l)], numeric: [false, true])
        for category in RequestCategory.allCases {
            table.add(category.reportTitle.text(l), "\(page.byCategory[category] ?? 0)")
        }
        if page.unclassified > 0 {
            table.add(RequestCategory.unclassifiedTitle.text(l), "\(page.unclassified)")
        }
        return text(ru: "**Обращения по видам**", en: "**Requests by type**", l) + "\n\n" + table.text
    }

    static func channels(_ page: PageFigures, _ l: Language) -> String {
        var table = MarkdownTable(header: [text(ru: "Канал", en: "Channel", l), text(ru: "Количество", en: "Count", l)],
                                  numeric: [false, true])
        for channel in RequestChannel.allCases {
            table.add(channel.title.text(l), "\(page.byChannel[channel] ?? 0)")
        }
        return text(ru: "**Обращения по каналам**", en: "**Requests by channel**", l) + "\n\n" + table.text
    }

    static func blocks(_ page: PageFigures, _ l: Language) -> String {
        var table = MarkdownTable(header: [text(ru: "Причина блокировки", en: "Reason", l),
                                           text(ru: "Количество", en: "Count", l)], numeric: [false, true])
        for reason in BlockReason.allCases {
            table.add(reason.reportTitle.text(l), "\(page.blocksByReason[reason] ?? 0)")
        }
        if page.blocksWithoutReason > 0 {
            table.add(BlockReason.unspecifiedTitle.text(l), "\(page.blocksWithoutReason)")
        }
        return text(ru: "**Блокировки по причинам (п. 6.7)**", en: "**Blocks by reason (6.7)**", l) + "\n\n" + table.text
    }

    static func administrators(_ page: PageFigures, _ l: Language) -> String {
        let heading = text(ru: "**Ответы администраторов**", en: "**Answers by administrator**", l)
        guard !page.administrators.isEmpty else {
            return heading + "\n\n" + text(ru: "Ответов за квартал нет.", en: "No answers in the quarter.", l)
        }
        var table = MarkdownTable(header: [text(ru: "Администратор", en: "Administrator", l),
                                           text(ru: "Ответов", en: "Answered", l),
                                           text(ru: "Медиана времени ответа, рабочих часов", en: "Median response, working hours", l)],
                                  numeric: [false, true, true])
        for admin in page.administrators {
            table.add(administratorName(admin, l), "\(admin.answered)",
                      admin.medianSeconds.map { ReportNumbers.hours($0, l) } ?? "—")
        }
        return heading + "\n\n" + table.text
    }

    static func administratorName(_ admin: AdministratorFigures, _ l: Language) -> String {
        guard let username = admin.username else {
            return text(ru: "ответ вне dutydesk (автор неизвестен)", en: "outside dutydesk (author unknown)", l)
        }
        return StaffLabel.text(username: username, name: admin.name)
    }

    static func definitions(_ l: Language) -> String {
        text(ru: """
            ## Как считались показатели

            - **Обращение** — входящее сообщение или комментарий читателя, с которого начался отсчёт срока ответа, вместе с сообщениями, пришедшими после него до ответа. Если читатель пишет снова после ответа, это новое обращение. Обращение относится к кварталу, в котором поступило.
            - **Срок ответа** — 1 рабочий день отдела (п. 6.2): отсчёт идёт только в часы работы отдела. **В срок** — первый ответ не позднее срока. Доля ответов в срок считается от обращений, итог по которым известен: отвеченных и оставшихся без ответа после истечения срока.
            - **Время ответа** — рабочее время отдела от поступления обращения до первого ответа, в часах. Медиана и 90-й процентиль — по методу ближайшего ранга: значение с номером ⌈p·N/100⌉ в упорядоченном по возрастанию ряду из N значений.
            - **Ответ вне dutydesk** — ответ, опубликованный прямо во ВКонтакте или Telegram; использованный шаблон и автор неизвестны.
            """,
             en: """
            ## How the figures are counted

            - **Request**: a reader's incoming message or comment that started the reply clock, together with the messages that followed it before the reply. A message after a reply is a new request. A request belongs to the quarter in which it arrived.
            - **Deadline**: one working day of the department (6.2), counted only while it is open. **On time**: the first reply came at or before the deadline. The on-time share is out of the requests whose outcome is known: those answered, and those unanswered past their deadline.
            - **Response time**: the department's open time from the request's arrival to the first reply, in hours. Median and 90th percentile by the nearest-rank method: the value at rank ⌈p·N/100⌉ among the N values sorted ascending.
            - **Answered outside dutydesk**: a reply posted directly in VK or Telegram; its template and author are unknown.
            """, l)
    }

    static func text(ru: String, en: String, _ language: Language) -> String {
        Localized(ru: ru, en: en).text(language)
    }
}
