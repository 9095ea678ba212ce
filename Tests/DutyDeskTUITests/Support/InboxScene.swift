import DutyDeskCore
import DutyDeskStore
import DutyDeskTUI
import Foundation

/// A small, fixed inbox for view and update tests: three pages on two calendars, items that are
/// overdue, due soon, paused, without a deadline, answered and closed, with texts that carry
/// Cyrillic, emoji, combining marks and terminal escape sequences.
///
/// The clock: Monday 2026-11-09 15:00 Moscow (12:00 UTC).
enum InboxScene {
    static let now = Date(timeIntervalSince1970: 1_794_225_600)   // 2026-11-09T12:00:00Z
    static let moscow = TimeZone(identifier: "Europe/Moscow")!

    static func weekdays(_ hours: String) -> [Weekday: [OpenInterval]] {
        Dictionary(uniqueKeysWithValues: [Weekday.mon, .tue, .wed, .thu, .fri].map { ($0, [try! OpenInterval(text: hours)]) })
    }

    static let library = try! OpenTimeline(calendar: WorkingCalendar(weeklyHours: weekdays("10:00-20:00"), holidays: .none))
    static let kids = try! OpenTimeline(calendar: WorkingCalendar(weeklyHours: weekdays("10:00-14:00"), holidays: .none))

    /// Moscow local time on a November 2026 day, as Unix seconds.
    static func at(_ day: Int, _ hour: Int, _ minute: Int, _ second: Int = 0) -> Int64 {
        Int64(library.instant(LocalDate(year: 2026, month: 11, day: day)!, TimeOfDay(hour: hour, minute: minute)!)
            .timeIntervalSince1970) + Int64(second)
    }

    static var pages: PageDirectory {
        PageDirectory(pages: [
            PageInfo(id: "lib-vk", name: "Библиотека № 1 — ВКонтакте", network: "vk", departmentID: "lib"),
            PageInfo(id: "lib-tg", name: "Библиотека № 1 — Telegram", network: "telegram", departmentID: "lib"),
            PageInfo(id: "kids-vk", name: "Детская библиотека", network: "vk", departmentID: "kids"),
        ], clocks: ["lib": DepartmentClock(timeline: library, around: now), "kids": DepartmentClock(timeline: kids, around: now)])
    }

    static let open: [InboxSummary] = [
        InboxSummary(id: 1, pageID: "lib-vk", kind: .message, status: .open, deadlineAt: at(9, 13, 0),
                     lastMessageAt: at(6, 13, 0), isUnread: true, isComplaint: true),
        InboxSummary(id: 2, pageID: "lib-vk", kind: .comment, status: .open, deadlineAt: at(9, 14, 40),
                     lastMessageAt: at(6, 14, 40), isUnread: false, isCritical: true, isEscalated: true),
        InboxSummary(id: 4, pageID: "lib-tg", kind: .message, status: .open, deadlineAt: at(9, 15, 42, 30),
                     lastMessageAt: at(6, 15, 42), isUnread: true, authorBlocked: true),
        InboxSummary(id: 5, pageID: "lib-vk", kind: .message, status: .open, deadlineAt: at(10, 12, 0),
                     lastMessageAt: at(9, 12, 0), isUnread: true),
        InboxSummary(id: 3, pageID: "kids-vk", kind: .message, status: .open, deadlineAt: at(10, 11, 30),
                     lastMessageAt: at(9, 13, 30), isUnread: true),
        InboxSummary(id: 6, pageID: "lib-tg", kind: .comment, status: .open, deadlineAt: nil,
                     lastMessageAt: at(9, 9, 0), isUnread: false),
    ].sorted(by: InboxSummary.inboxOrder)

    static let settled: [InboxSummary] = [
        InboxSummary(id: 7, pageID: "lib-vk", kind: .message, status: .answered, deadlineAt: nil,
                     lastMessageAt: at(9, 11, 0), isUnread: false),
        InboxSummary(id: 8, pageID: "kids-vk", kind: .comment, status: .closed, deadlineAt: nil,
                     lastMessageAt: at(8, 11, 0), isUnread: false),
    ]

    static let texts: [Int64: InboxRowText] = [
        1: InboxRowText(author: "Ольга Сидоренко", text: "Продлите, пожалуйста, книги по билету 0312-004518.\nСпасибо!", messageCount: 1),
        2: InboxRowText(author: "Андрей Колесников", text: "Wi-fi в читальном зале не работает вторую неделю", messageCount: 1),
        3: InboxRowText(author: "Алёна Ким", text: "Можно ли записать ребёнка на кружок? 📚🎨", messageCount: 1),
        4: InboxRowText(author: "Zoë Ёлкина", text: "\u{1B}]0;hacked\u{07}Здравствуйте\u{1B}[2J! До какого часа вы работаете?", messageCount: 2),
        5: InboxRowText(author: "Амина Сафарова", text: "Могу ли я записаться без прописки? Что взять с собой?", messageCount: 1),
        6: InboxRowText(author: "Виктор Рогожин", text: "лучше бы дорогу починили", messageCount: 3),
        7: InboxRowText(author: "Георгий Лавров", text: "Нужна статья из «Невы» за 1987 год", messageCount: 2),
        8: InboxRowText(author: "Спамер", text: "Купите наши окна", messageCount: 1),
    ]

    static let threads: [Int64: InboxThread] = [
        7: InboxThread(itemID: 7, pageID: "lib-vk", pageName: "Библиотека № 1 — ВКонтакте", kind: .message, status: .answered,
                       author: "Георгий Лавров", deadlineAt: nil, category: "reference", closedReason: nil,
                       readers: [InboxReader(username: "belova", name: "Белова Ирина", readAt: at(9, 10, 5))],
                       messages: [
                           InboxThreadMessage(id: 70, direction: .incoming, authorName: "Георгий Лавров",
                                              text: "Добрый день! Нужна статья из журнала «Нева» за 1987 год, № 4.\nМожно скан?",
                                              sentAt: at(9, 10, 0)),
                           InboxThreadMessage(id: 71, direction: .outgoing, authorName: "Библиотека № 1",
                                              text: "Здравствуйте! Да, через услугу электронной доставки документов. Оформите заказ в личном кабинете, копия придёт на почту в течение трёх рабочих дней.",
                                              sentAt: at(9, 11, 0), answeredBy: "Белова Ирина"),
                       ]),
        4: InboxThread(itemID: 4, pageID: "lib-tg", pageName: "Библиотека № 1 — Telegram", kind: .message, status: .open,
                       author: "Zoë Ёлкина", deadlineAt: at(9, 15, 42, 30), category: nil, closedReason: nil, readers: [],
                       messages: [
                           InboxThreadMessage(id: 40, direction: .incoming, authorName: "Zoë Ёлкина",
                                              text: "\u{1B}]0;hacked\u{07}Здравствуйте\u{1B}[2J! До какого часа вы работаете?",
                                              sentAt: at(6, 15, 42)),
                       ]),
    ]

    static func shift(_ pageID: String, _ username: String, _ from: Int64, _ to: Int64) -> Shift {
        Shift(pageID: pageID, username: username, start: Date(timeIntervalSince1970: TimeInterval(from)),
              end: Date(timeIntervalSince1970: TimeInterval(to)))
    }

    /// Monday: belova on lib-vk until 16:00, then morozov; belova on lib-tg all day; nobody on
    /// kids-vk (closed after 14:00).
    static let roster = OnDutyRoster(
        timelines: ["lib-vk": library, "lib-tg": library, "kids-vk": kids],
        shifts: [
            shift("lib-vk", "belova", at(9, 10, 0), at(9, 16, 0)),
            shift("lib-vk", "morozov", at(9, 16, 0), at(9, 20, 0)),
            shift("lib-tg", "belova", at(9, 10, 0), at(9, 20, 0)),
        ],
        names: ["belova": "Белова Ирина", "morozov": "Морозов Андрей"])

    static let belova = Operator(username: "belova", name: "Белова Ирина", roles: ["lib-vk": .admin, "lib-tg": .admin])

    static func session(_ language: Language = .ru, staff: Operator? = belova) -> Session {
        Session(username: staff?.username ?? "guest", staff: staff, language: language, clockIsFixed: true,
                localClock: LocalClock(timeZone: moscow))
    }

    static func state(width: Int = 100, height: Int = 30, language: Language = .ru, staff: Operator? = belova,
                      filter: InboxFilter = InboxFilter()) -> AppState {
        AppState(size: ScreenSize(width: width, height: height), session: session(language, staff: staff), now: now,
                 filter: filter)
    }

    /// A runtime over the scene, loaded as at start-up (open items, then the rest).
    static func runtime(width: Int = 100, height: Int = 30, language: Language = .ru, staff: Operator? = belova,
                        filter: InboxFilter = InboxFilter(), backend: SceneBackend = SceneBackend()) -> AppRuntime {
        let runtime = AppRuntime.inline(state: state(width: width, height: height, language: language, staff: staff,
                                                     filter: filter), backend: backend, allowsWrites: true)
        runtime.start()
        return runtime
    }
}
