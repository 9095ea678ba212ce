/// The demo organisation that `dutydesk demo` imports: an invented St. Petersburg-style
/// district library system. Every person, e-mail and identifier here is fictional; the
/// e-mail addresses use the reserved `example.org` domain.
///
/// The text is an ordinary organisation file in the shape `dutydesk setup import` reads
/// (spec.md, "The organisation"), so `dutydesk setup export` on the demo database writes
/// an equivalent file back.
///
/// Pages: `cbs-vk` (the ЦБС main page, attached to the central library), `okhta-vk`,
/// `raduga-vk`, `semya-vk` (library pages) and `crb-tg` (the central library's Telegram
/// channel). The demo runs as the user `demo`: coordinator of `cbs-vk`, admin of `okhta-vk`.
enum DemoOrganisationYAML {
    static let text: String = """
    # Демонстрационная организация dutydesk.
    # ЦБС, библиотеки, сотрудники и адреса вымышлены; совпадения случайны.
    timezone: Europe/Moscow
    departments:
      - id: crb
        name: "Центральная районная библиотека"
        head: { name: "Соколова Т. Н.", email: "head-crb@example.org" }
        timezone: Europe/Moscow
        holidays: ru
        hours:
          mon: ["10:00-21:00"]
          tue: ["10:00-21:00"]
          wed: ["10:00-21:00"]
          thu: ["10:00-21:00"]
          fri: ["10:00-21:00"]
          sat: ["10:00-20:00"]
        sanitary_day: last-working-day
        closed: [2026-12-15]                          # профилактические работы в электросетях здания
        special: { 2026-12-27: ["11:00-17:00"] }      # воскресенье: новогодний книжный фестиваль
      - id: okhta
        name: "Библиотека «Охтинская»"
        head: { name: "Кузнецова М. А.", email: "head-okhta@example.org" }
        timezone: Europe/Moscow
        holidays: ru
        hours:                                        # обеденный перерыв 14:00–15:00
          tue: ["11:00-14:00", "15:00-19:00"]
          wed: ["11:00-14:00", "15:00-19:00"]
          thu: ["11:00-14:00", "15:00-19:00"]
          fri: ["11:00-14:00", "15:00-19:00"]
          sat: ["11:00-14:00", "15:00-19:00"]
        sanitary_day: last-thursday
        closed: []
        special: {}
      - id: raduga
        name: "Детская библиотека «Радуга»"
        head: { name: "Павлова Е. С.", email: "head-raduga@example.org" }
        timezone: Europe/Moscow
        holidays: ru
        hours:
          mon: ["10:00-18:00"]
          tue: ["10:00-18:00"]
          wed: ["10:00-18:00"]
          thu: ["10:00-18:00"]
          fri: ["10:00-18:00"]
          sun: ["11:00-17:00"]
        sanitary_day: last-friday
        closed: []
        special: { 2026-12-26: ["11:00-16:00"] }      # суббота: новогодний утренник
      - id: semya
        name: "Библиотека семейного чтения"
        head: { name: "Григорьева Л. В.", email: "head-semya@example.org" }
        timezone: Europe/Moscow
        holidays: ru
        hours:
          mon: ["12:00-20:00"]
          tue: ["11:00-20:00"]
          wed: ["11:00-20:00"]
          thu: ["11:00-20:00"]
          fri: ["11:00-20:00"]
          sat: ["11:00-18:00"]
        sanitary_day: last-tuesday
        closed: [2026-12-30]                          # инвентаризация фонда
        special: {}
    pages:
      - id: cbs-vk
        network: vk
        external_id: 210000001
        name: "ЦБС Охтинского района — ВКонтакте"
        url: https://vk.com/club210000001
        department: crb
        approval_day: mon
      - id: okhta-vk
        network: vk
        external_id: 210000002
        name: "Библиотека «Охтинская» — ВКонтакте"
        url: https://vk.com/club210000002
        department: okhta
        approval_day: tue
      - id: raduga-vk
        network: vk
        external_id: 210000003
        name: "Детская библиотека «Радуга» — ВКонтакте"
        url: https://vk.com/club210000003
        department: raduga
        approval_day: wed
      - id: semya-vk
        network: vk
        external_id: 210000004
        name: "Библиотека семейного чтения — ВКонтакте"
        url: https://vk.com/club210000004
        department: semya
        approval_day: thu
      - id: crb-tg
        network: telegram
        external_id: -1002100000001
        discussion_chat_id: -1002100000002
        bot_username: okhta_crb_demo_bot
        name: "Центральная районная библиотека — Telegram"
        url: https://t.me/okhta_crb_demo
        department: crb
    staff:
      - username: orlova
        name: "Орлова Наталья"
        email: orlova@example.org
        roles: { "*": curator }
        absences: []
      - username: demo
        name: "Демидова Ксения"
        email: demo@example.org
        roles: { cbs-vk: coordinator, okhta-vk: admin }
        absences: []
      - username: lebedeva
        name: "Лебедева Алина"
        email: lebedeva@example.org
        roles: { crb-tg: coordinator, cbs-vk: admin }
        absences: []
      - username: gromov
        name: "Громов Павел"
        email: gromov@example.org
        roles: { cbs-vk: admin, crb-tg: admin }
        absences: []
      - username: belova
        name: "Белова Ирина"
        email: belova@example.org
        roles: { okhta-vk: coordinator }
        absences: [{ from: 2026-12-14, to: 2026-12-27, reason: vacation }]
      - username: fedorova
        name: "Фёдорова Светлана"
        email: fedorova@example.org
        roles: { okhta-vk: admin, semya-vk: admin }
        absences: []
      - username: zaitseva
        name: "Зайцева Ольга"
        email: zaitseva@example.org
        roles: { raduga-vk: coordinator }
        absences: [{ from: 2026-12-21, to: 2026-12-25, reason: vacation }]
      - username: nikitina
        name: "Никитина Полина"
        email: nikitina@example.org
        roles: { raduga-vk: admin }
        absences: []
      - username: morozov
        name: "Морозов Андрей"
        email: morozov@example.org
        roles: { semya-vk: coordinator }
        absences: []
      - username: sergeev
        name: "Сергеев Кирилл"
        email: sergeev@example.org
        roles: { semya-vk: admin, cbs-vk: admin }
        absences: [{ from: 2026-11-27, to: 2026-12-08, reason: sick_leave }]
    """
}
