import DutyDeskCore
import Foundation

/// The generated organisation `dutydesk bench ingest` ingests into: 50 pages (40 VK communities,
/// 10 Telegram channels with discussion groups) on 10 departments with four kinds of calendar.
enum IngestBenchOrganisation {
    static let vkPages = 40
    static let telegramPages = 10

    static func vkGroupID(_ index: Int) -> Int64 { 210_000_000 + Int64(index) }
    static func telegramChannelID(_ index: Int) -> Int64 { -1_002_100_000_000 - Int64(index) }
    static func telegramDiscussionID(_ index: Int) -> Int64 { -1_002_200_000_000 - Int64(index) }

    static func yaml() -> String {
        let hours = [
            #"mon: ["10:00-20:00"], tue: ["10:00-20:00"], wed: ["10:00-20:00"], thu: ["10:00-20:00"], fri: ["10:00-20:00"], sat: ["11:00-18:00"]"#,
            #"tue: ["11:00-14:00", "15:00-19:00"], wed: ["11:00-14:00", "15:00-19:00"], thu: ["11:00-14:00", "15:00-19:00"], fri: ["11:00-14:00", "15:00-19:00"], sat: ["11:00-14:00", "15:00-19:00"]"#,
            #"mon: ["10:00-18:00"], tue: ["10:00-18:00"], wed: ["10:00-18:00"], thu: ["10:00-18:00"], fri: ["10:00-18:00"], sun: ["11:00-17:00"]"#,
            #"mon: ["12:00-20:00"], tue: ["11:00-20:00"], wed: ["11:00-20:00"], thu: ["11:00-20:00"], fri: ["11:00-20:00"]"#,
        ]
        var text = "timezone: Europe/Moscow\ndepartments:\n"
        for department in 1...10 {
            text += """
              - id: dep\(department)
                name: "Библиотека № \(department)"
                holidays: ru
                hours: { \(hours[department % hours.count]) }
                sanitary_day: last-thursday

            """
        }
        text += "pages:\n"
        for index in 0..<vkPages {
            text += """
              - { id: vk\(index), network: vk, external_id: \(vkGroupID(index)), name: "Библиотека № \(index % 10 + 1) — ВКонтакте \(index)", url: "https://vk.com/club\(vkGroupID(index))", department: dep\(index % 10 + 1) }

            """
        }
        for index in 0..<telegramPages {
            text += """
              - { id: tg\(index), network: telegram, external_id: \(telegramChannelID(index)), discussion_chat_id: \(telegramDiscussionID(index)), name: "Библиотека № \(index + 1) — Telegram", url: "https://t.me/lib\(index)", department: dep\(index + 1) }

            """
        }
        text += "staff:\n  - { username: curator, name: \"Куратор\", roles: { \"*\": curator } }\n"
        return text
    }
}
