/// Dates and weekdays as a Russian reply spells them: «10 ноября», «во вторник», «пн–пт».
enum RussianDates {
    static let genitiveMonths = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
                                 "сентября", "октября", "ноября", "декабря"]

    static func dayAndMonth(_ date: LocalDate) -> String {
        "\(date.day) \(genitiveMonths[date.month - 1])"
    }

    /// "в понедельник", "во вторник": the preposition changes before «вт».
    static func onWeekday(_ weekday: Weekday) -> String {
        switch weekday {
        case .mon: "в понедельник"
        case .tue: "во вторник"
        case .wed: "в среду"
        case .thu: "в четверг"
        case .fri: "в пятницу"
        case .sat: "в субботу"
        case .sun: "в воскресенье"
        }
    }

    static func short(_ weekday: Weekday) -> String {
        switch weekday {
        case .mon: "пн"
        case .tue: "вт"
        case .wed: "ср"
        case .thu: "чт"
        case .fri: "пт"
        case .sat: "сб"
        case .sun: "вс"
        }
    }

    /// «последний четверг месяца».
    static func lastOfMonth(_ weekday: Weekday) -> String {
        switch weekday {
        case .mon: "последний понедельник месяца"
        case .tue: "последний вторник месяца"
        case .wed: "последняя среда месяца"
        case .thu: "последний четверг месяца"
        case .fri: "последняя пятница месяца"
        case .sat: "последняя суббота месяца"
        case .sun: "последнее воскресенье месяца"
        }
    }
}
