import DutyDeskCore

/// What `dutydesk` alone says until the terminal inbox exists.
enum StartHint {
    static func text(databasePath: String) -> Localized {
        Localized(
            ru: """
                dutydesk — пульт дежурного администратора страниц библиотек.
                База данных: \(databasePath)

                Экранный интерфейс ещё в работе. Что можно сделать сейчас:
                  dutydesk --demo                          демо-база с готовой организацией и входящими
                  dutydesk setup import ФАЙЛ.yaml          загрузить отделы, страницы и сотрудников
                  dutydesk setup export                    выгрузить их в YAML
                  dutydesk inbox --json                    открытые обращения со сроками ответа
                  dutydesk deadline --page СТРАНИЦА --arrived 2026-11-09T15:00:00+03:00
                  dutydesk --help                          все команды
                """,
            en: """
                dutydesk — the duty administrator's desk for library pages.
                Database: \(databasePath)

                The terminal interface is still being built. What works now:
                  dutydesk --demo                          a demo database with an organisation and an inbox
                  dutydesk setup import FILE.yaml          load departments, pages and staff
                  dutydesk setup export                    write them out as YAML
                  dutydesk inbox --json                    open items with their reply deadlines
                  dutydesk deadline --page PAGE --arrived 2026-11-09T15:00:00+03:00
                  dutydesk --help                          every command
                """)
    }
}
