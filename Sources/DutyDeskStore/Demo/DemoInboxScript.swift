// The demo inbox: what `dutydesk demo` puts into a fresh demo database, relative to the clock.
// Data only; the loader turns each thread into an item with messages, reads, replies, blocks.
// Readers, their ids and their library card numbers are invented.

/// When a demo item's first incoming message arrived, relative to the demo clock.
enum DemoTiming: Sendable {
    /// The reply clock has this much open (working) time left; negative = overdue by that much working time.
    case remainingOpen(minutes: Int)
    /// Arrived this long ago by the wall clock (for answered, closed or paused items).
    case arrivedAgo(minutes: Int)
}

/// One message of a demo item, in the order it was written.
struct DemoLine: Sendable {
    let fromPage: Bool          // true: the page's own reply (written by `staff`)
    let afterMinutes: Int       // minutes after the item's first message (0 for the first)
    let text: String
    let staff: String?          // username of the administrator who replied (fromPage only)
}

extension DemoLine {
    /// A reader's message, `afterMinutes` after the item's first one.
    static func reader(_ afterMinutes: Int, _ text: String) -> DemoLine {
        DemoLine(fromPage: false, afterMinutes: afterMinutes, text: text, staff: nil)
    }

    /// The page's reply, written by the administrator `staff`.
    static func page(_ afterMinutes: Int, _ staff: String, _ text: String) -> DemoLine {
        DemoLine(fromPage: true, afterMinutes: afterMinutes, text: text, staff: staff)
    }
}

/// One inbox item: a private conversation or a comment thread of one reader with one page.
struct DemoThread: Sendable {
    let page: String            // a page id from the YAML
    let kind: String            // "message" or "comment"
    let readerID: Int64         // the reader's platform id (VK user ids ~ 1_000_000…900_000_000; Telegram user ids)
    let readerName: String      // "Имя Фамилия"
    let postID: Int64?          // for comments: the post id; nil for private messages
    let timing: DemoTiming
    let lines: [DemoLine]
    let category: String?       // consultation, reference, renewal, reservation, reading_room_login, complaint, critical_remark, gratitude, spam, other — nil when not yet classified
    let readBy: [String]        // usernames that have read it ([] = unread)
    let critical: Bool
    let complaint: Bool
    let escalated: Bool
    let closedReason: String?   // e.g. "Спам удалён" for a closed item
    let blockedReader: Bool     // its author is blocked (the loader creates the block)

    /// The flags default to an ordinary item: not critical, no complaint, open, author not blocked.
    init(page: String, kind: String, readerID: Int64, readerName: String, postID: Int64?,
         timing: DemoTiming, lines: [DemoLine], category: String?, readBy: [String],
         critical: Bool = false, complaint: Bool = false, escalated: Bool = false,
         closedReason: String? = nil, blockedReader: Bool = false) {
        self.page = page
        self.kind = kind
        self.readerID = readerID
        self.readerName = readerName
        self.postID = postID
        self.timing = timing
        self.lines = lines
        self.category = category
        self.readBy = readBy
        self.critical = critical
        self.complaint = complaint
        self.escalated = escalated
        self.closedReason = closedReason
        self.blockedReader = blockedReader
    }
}

/// The demo inbox, page by page. Open items whose `timing` is `remainingOpen` have no reply
/// from the page yet, so their clock is that of their first message. An item where the page
/// replied and the reader then asked again uses `arrivedAgo`: its new clock starts at the
/// reader's last message, a few minutes before the demo clock.
///
/// Who may reply where (roles in `DemoOrganisationYAML`): cbs-vk — demo, lebedeva, gromov;
/// okhta-vk — belova, demo, fedorova; raduga-vk — zaitseva, nikitina; semya-vk — morozov,
/// fedorova; crb-tg — lebedeva, gromov. The curator `orlova` reads complaints and critical remarks.
enum DemoInboxScript {
    static let threads: [DemoThread] = [
        // MARK: cbs-vk — ЦБС Охтинского района (главная страница, Центральная районная библиотека)

        // Просрочено: продление, не прочитано.
        DemoThread(
            page: "cbs-vk", kind: "message", readerID: 184_220_517, readerName: "Ольга Сидоренко", postID: nil,
            timing: .remainingOpen(minutes: -240),
            lines: [
                .reader(0, "Здравствуйте! Продлите, пожалуйста, книги по билету 0312-004518. Срок до пятницы, а я на больничном, прийти не смогу."),
            ],
            category: nil, readBy: []),

        // Просрочено: логин для «Виртуального читального зала» (6.5), два сообщения, прочитано.
        DemoThread(
            page: "cbs-vk", kind: "message", readerID: 52_907_118, readerName: "Дмитрий Ерохин", postID: nil,
            timing: .remainingOpen(minutes: -620),
            lines: [
                .reader(0, "Добрый день. Хочу получить логин и пароль для Виртуального читального зала. Читательский билет есть, записывался в Центральной районной в прошлом году."),
                .reader(170, "Извините, а есть кто-нибудь? Мне к сессии нужны статьи, очень жду."),
            ],
            category: "reading_room_login", readBy: ["demo"]),

        // Просрочено: критическое замечание в комментарии (3.6) — удалить или проигнорировать нельзя.
        DemoThread(
            page: "cbs-vk", kind: "comment", readerID: 305_118_402, readerName: "Андрей Колесников", postID: 4812,
            timing: .remainingOpen(minutes: -75),
            lines: [
                .reader(0, "Пост про «уютное пространство для работы» — это, конечно, хорошо. Но wi-fi в читальном зале на втором этаже не работает уже вторую неделю, а розеток у столов три на весь зал. Сотрудники только разводят руками. Может, сначала починить, а потом рекламировать?"),
            ],
            category: "critical_remark", readBy: ["lebedeva", "demo"], critical: true),

        // Просрочено: оффтоп в комментарии.
        DemoThread(
            page: "cbs-vk", kind: "comment", readerID: 266_901_473, readerName: "Виктор Рогожин", postID: 4820,
            timing: .remainingOpen(minutes: -30),
            lines: [
                .reader(0, "лучше бы написали когда отремонтируют дорогу у метро, третий месяц всё раскопано. библиотеки у них тут, а ходить невозможно"),
            ],
            category: nil, readBy: []),

        // Скоро срок: консультация по личному кабинету, с опечатками.
        DemoThread(
            page: "cbs-vk", kind: "message", readerID: 411_078_933, readerName: "Валентина Гусева", postID: nil,
            timing: .remainingOpen(minutes: 35),
            lines: [
                .reader(0, "Здравствуйте, подскажите пожалуйста как в личном кабинете на портале посмотреть какие книги у меня на руках? захожу а там только какие то мероприятия"),
            ],
            category: nil, readBy: []),

        // Скоро срок: мероприятие, комментарий.
        DemoThread(
            page: "cbs-vk", kind: "comment", readerID: 98_554_207, readerName: "Кирилл Шестаков", postID: 4820,
            timing: .remainingOpen(minutes: 15),
            lines: [
                .reader(0, "А на лекцию про историю Охтинской верфи нужно регистрироваться заранее или можно просто прийти?"),
            ],
            category: nil, readBy: []),

        // Много времени: запись в библиотеку.
        DemoThread(
            page: "cbs-vk", kind: "message", readerID: 623_401_775, readerName: "Амина Сафарова", postID: nil,
            timing: .remainingOpen(minutes: 420),
            lines: [
                .reader(0, "Добрый вечер. Я недавно переехала в Петербург, прописки здесь нет, только временная регистрация. Могу ли я записаться в библиотеку? И что нужно взять с собой?"),
            ],
            category: nil, readBy: []),

        // Много времени: в тексте управляющие последовательности терминала (проверка очистки текста).
        DemoThread(
            page: "cbs-vk", kind: "message", readerID: 733_010_284, readerName: "Евгений Шалимов", postID: nil,
            timing: .remainingOpen(minutes: 300),
            lines: [
                .reader(0, "\u{1B}]0;hacked\u{07}Здравствуйте\u{1B}[2J! Подскажите, пожалуйста, до какого часа сегодня работает центральная библиотека?"),
            ],
            category: nil, readBy: []),

        // Много времени: справка о литературе, комментарий с эмодзи.
        DemoThread(
            page: "cbs-vk", kind: "comment", readerID: 260_733_149, readerName: "Наталья Вишневская", postID: 4815,
            timing: .remainingOpen(minutes: 180),
            lines: [
                .reader(0, "Посоветуйте, пожалуйста, что почитать по истории Охты и Малой Охты. Хочу с внуком пройтись по старым местам 📚"),
            ],
            category: nil, readBy: []),

        // Много времени: очень длинное сообщение, прочитано.
        DemoThread(
            page: "cbs-vk", kind: "message", readerID: 512_338_870, readerName: "Вера Тихомирова", postID: nil,
            timing: .remainingOpen(minutes: 500),
            lines: [
                .reader(0, "Здравствуйте. Пишу вам, потому что не знаю, к кому ещё обратиться. В октябре я взяла в Центральной районной библиотеке три книги, среди них альбом «Петербург в акварелях», большой, с цветными иллюстрациями. Нас залили соседи сверху, и альбом сильно пострадал: обложка покоробилась, часть страниц склеилась. Мне очень неловко. Подскажите, пожалуйста, как теперь быть: можно ли заменить альбом таким же изданием, если я найду его в магазине или у букинистов, или нужно возместить стоимость? И можно ли пока сдать остальные две книги, чтобы не копился долг? Я сейчас плохо хожу, поэтому хотела бы сделать всё за один визит. Заранее спасибо за ответ."),
            ],
            category: "other", readBy: ["demo"]),

        // Много времени: оффтоп в личных сообщениях.
        DemoThread(
            page: "cbs-vk", kind: "message", readerID: 20_331_774, readerName: "Зинаида Фомичёва", postID: nil,
            timing: .remainingOpen(minutes: 140),
            lines: [
                .reader(0, "Подскажите номер телефона поликлиники на Большеохтинском, в справочной не берут трубку"),
            ],
            category: nil, readBy: []),

        // Ответ дан, затем новый вопрос: продление, потом бронирование (новый отсчёт).
        DemoThread(
            page: "cbs-vk", kind: "message", readerID: 47_650_391, readerName: "Людмила Астахова", postID: nil,
            timing: .arrivedAgo(minutes: 200),
            lines: [
                .reader(0, "Добрый день, продлите пожалуйста «Лавра» Водолазкина, билет 0312-007731."),
                .page(30, "demo", "Здравствуйте! Срок возврата книги Е. Водолазкина «Лавр» продлён на 30 дней. Новую дату Вы можете проверить в личном кабинете на портале КСОБ СПб. С уважением, ЦБС Охтинского района."),
                .reader(185, "Спасибо! А можно ещё забронировать его же «Авиатора»? Заберу в субботу."),
            ],
            category: "renewal", readBy: []),

        // Отвечено: ЭДД.
        DemoThread(
            page: "cbs-vk", kind: "message", readerID: 145_880_362, readerName: "Георгий Лавров", postID: nil,
            timing: .arrivedAgo(minutes: 1500),
            lines: [
                .reader(0, "Добрый день! Нужна статья из журнала «Нева» за 1987 год, № 4. Можно как-то получить скан, не приезжая? Я живу в Колпино."),
                .page(95, "demo", "Здравствуйте! Да, это возможно через услугу электронной доставки документов (ЭДД). Оформите заказ в личном кабинете на портале КСОБ СПб в разделе «Электронная доставка документов»: укажите журнал, год, номер и название статьи. Копия придёт на Вашу электронную почту, как правило, в течение трёх рабочих дней. Копирование выполняется в объёме, допустимом законодательством об авторском праве. С уважением, ЦБС Охтинского района."),
            ],
            category: "consultation", readBy: ["demo"]),

        // Отвечено: благодарность в комментарии.
        DemoThread(
            page: "cbs-vk", kind: "comment", readerID: 377_402_619, readerName: "Ирина Мацкевич", postID: 4808,
            timing: .arrivedAgo(minutes: 1300),
            lines: [
                .reader(0, "Спасибо за вчерашний концерт камерной музыки! Пришли всей семьёй, очень душевно 👍"),
                .page(60, "lebedeva", "Благодарим Вас за добрые слова! Нам очень приятно, что концерт понравился Вам и Вашей семье. Анонсы следующих концертов мы публикуем на этой странице."),
            ],
            category: "gratitude", readBy: ["lebedeva"]),

        // Отвечено: жалоба, передана заведующей (3.7).
        DemoThread(
            page: "cbs-vk", kind: "message", readerID: 81_226_904, readerName: "Тамара Белякова", postID: nil,
            timing: .arrivedAgo(minutes: 2900),
            lines: [
                .reader(0, "Здравствуйте. Хочу пожаловаться. Сегодня на абонементе центральной библиотеки сотрудница разговаривала со мной очень грубо, когда я спросила, почему мне не выдают книги из-за долга, который я давно вернула. Мне 72 года, я не обязана выслушивать, что «у нас всё записано, значит не вернули». Прошу разобраться."),
                .reader(40, "Книгу я сдавала в ваш филиал на Охте, если это важно."),
                .page(110, "demo", "Здравствуйте! Приносим извинения за доставленные неудобства. Ваше обращение передано заведующей Центральной районной библиотекой. Мы проверим сведения о возврате книги в библиотеке «Охтинская» и сообщим Вам результат в этом диалоге не позднее следующего рабочего дня. С уважением, ЦБС Охтинского района."),
            ],
            category: "complaint", readBy: ["demo", "orlova"], complaint: true, escalated: true),

        // Отвечено: бронирование.
        DemoThread(
            page: "cbs-vk", kind: "message", readerID: 190_447_028, readerName: "Павел Зуев", postID: nil,
            timing: .arrivedAgo(minutes: 4300),
            lines: [
                .reader(0, "Здравствуйте. Можно забронировать книгу Харари «Sapiens»? В каталоге вижу, что в центральной есть."),
                .page(50, "gromov", "Здравствуйте! Книга Ю. Н. Харари «Sapiens. Краткая история человечества» забронирована для Вас и будет ждать Вас на абонементе Центральной районной библиотеки (2-й этаж) в течение трёх рабочих дней. При получении, пожалуйста, назовите номер читательского билета. С уважением, ЦБС Охтинского района."),
            ],
            category: "reservation", readBy: ["gromov", "demo"]),

        // Отвечено: мероприятие, комментарий.
        DemoThread(
            page: "cbs-vk", kind: "comment", readerID: 702_356_118, readerName: "Софья Ланская", postID: 4820,
            timing: .arrivedAgo(minutes: 700),
            lines: [
                .reader(0, "во сколько мастер-класс по скрапбукингу в субботу? и что с собой брать?"),
                .page(25, "lebedeva", "Здравствуйте! Мастер-класс начинается в 12:00 в зале на 1-м этаже Центральной районной библиотеки. Все материалы предоставляются, с собой ничего брать не нужно. Количество мест ограничено, записаться можно на абонементе или по телефону, указанному в разделе «Контакты»."),
            ],
            category: "consultation", readBy: ["lebedeva"]),

        // Отвечено: запись в библиотеку.
        DemoThread(
            page: "cbs-vk", kind: "message", readerID: 559_017_342, readerName: "Руслан Ахмедов", postID: nil,
            timing: .arrivedAgo(minutes: 9000),
            lines: [
                .reader(0, "Как записаться в библиотеку онлайн? Есть ли такая возможность"),
                .page(40, "demo", "Здравствуйте! Да, Вы можете записаться виртуально на портале КСОБ СПб: заполните анкету в разделе «Записаться в библиотеку» и подтвердите адрес электронной почты. После этого Вам станут доступны личный кабинет, продление и бронирование книг. Постоянный читательский билет можно получить в любой библиотеке ЦБС, предъявив паспорт. С уважением, ЦБС Охтинского района."),
            ],
            category: "consultation", readBy: ["demo"]),

        // Отвечено: справка о литературе, комментарий.
        DemoThread(
            page: "cbs-vk", kind: "comment", readerID: 640_288_913, readerName: "Ксения Мартыненко", postID: 4798,
            timing: .arrivedAgo(minutes: 5200),
            lines: [
                .reader(0, "А в ЦБС есть книги на английском? Хочу подтянуть язык, нужна адаптированная литература уровня B1"),
                .page(70, "gromov", "Здравствуйте! Да, адаптированная литература на английском языке уровней A1–B2 есть в отделе литературы на иностранных языках Центральной районной библиотеки (3-й этаж). Издания уровня B1 можно найти в электронном каталоге по запросу «адаптированное чтение» с языком «английский». Кроме того, по четвергам в 18:00 проходит разговорный клуб, участие свободное."),
            ],
            category: "reference", readBy: ["gromov"]),

        // Закрыто без ответа: спам со ссылкой, автор заблокирован.
        DemoThread(
            page: "cbs-vk", kind: "comment", readerID: 899_104_556, readerName: "Кристина Лайкова", postID: 4815,
            timing: .arrivedAgo(minutes: 600),
            lines: [
                .reader(0, "Работа для всех! Доход от 5000 ₽ в день, нужен только телефон. Пиши + в лс или переходи https://easy-money-now.example.com/start 💸💸💸"),
            ],
            category: "spam", readBy: ["gromov"], closedReason: "Спам удалён", blockedReader: true),

        // Закрыто без ответа: оскорбление сотрудников (3.5), комментарий удалён, автор заблокирован.
        DemoThread(
            page: "cbs-vk", kind: "comment", readerID: 333_870_215, readerName: "Олег Шмаков", postID: 4812,
            timing: .arrivedAgo(minutes: 1000),
            lines: [
                .reader(0, "Да вы там все бездельники и дармоеды, сидите за наши налоги и чаи гоняете. Позор, а не библиотека"),
            ],
            category: "other", readBy: ["demo"], closedReason: "Оскорбительный комментарий удалён (3.5)", blockedReader: true),

        // MARK: okhta-vk — библиотека «Охтинская» (обеденный перерыв 14:00–15:00)

        // Сильно просрочено: продление, читатель написал повторно.
        DemoThread(
            page: "okhta-vk", kind: "message", readerID: 120_559_806, readerName: "Анатолий Пестов", postID: nil,
            timing: .remainingOpen(minutes: -900),
            lines: [
                .reader(0, "добрый день продлите книги пожалуйста билет 0407-002291"),
                .reader(1150, "Так продлили или нет?? Мне уже смс пришла что просрочка"),
            ],
            category: nil, readBy: []),

        // Просрочено: бронирование, прочитано координатором.
        DemoThread(
            page: "okhta-vk", kind: "message", readerID: 356_002_741, readerName: "Марина Козлова", postID: nil,
            timing: .remainingOpen(minutes: -120),
            lines: [
                .reader(0, "Здравствуйте! Отложите, пожалуйста, для меня «Сто лет одиночества» Маркеса, если есть в наличии. Смогу зайти в четверг после работы."),
            ],
            category: "reservation", readBy: ["belova"]),

        // Просрочено: справка, комментарий.
        DemoThread(
            page: "okhta-vk", kind: "comment", readerID: 248_067_319, readerName: "Эдуард Кривошеев", postID: 1290,
            timing: .remainingOpen(minutes: -25),
            lines: [
                .reader(0, "есть у вас в читальном зале журнал «Знание — сила» за этот год?"),
            ],
            category: nil, readBy: []),

        // Скоро срок: логин для «Виртуального читального зала», сообщение с переводами строк.
        DemoThread(
            page: "okhta-vk", kind: "message", readerID: 73_318_605, readerName: "Станислав Ершов", postID: nil,
            timing: .remainingOpen(minutes: 50),
            lines: [
                .reader(0, "Здравствуйте. Прошу выдать логин и пароль для Виртуального читального зала.\nФИО: Ершов Станислав Игоревич\nЧитательский билет: 0407-005516\nЭл. почта: ershov.s@example.net"),
            ],
            category: nil, readBy: []),

        // Скоро срок: жалоба, ещё не передана заведующей.
        DemoThread(
            page: "okhta-vk", kind: "message", readerID: 405_290_617, readerName: "Галина Воронцова", postID: nil,
            timing: .remainingOpen(minutes: 20),
            lines: [
                .reader(0, "Почему на двери не написано, что у вас перерыв с 14 до 15? Приехала с ребёнком через весь район к 14:10, простояли у закрытой двери. На сайте тоже про перерыв ни слова. Считаю это неуважением к читателям, прошу передать мою жалобу заведующей."),
            ],
            category: "complaint", readBy: ["demo"], complaint: true),

        // Много времени: мероприятие, комментарий с эмодзи.
        DemoThread(
            page: "okhta-vk", kind: "comment", readerID: 488_921_036, readerName: "Лилия Хасанова", postID: 1290,
            timing: .remainingOpen(minutes: 200),
            lines: [
                .reader(0, "Здравствуйте! А книжный клуб «Охтинские чтения» для всех или только для пенсионеров? Мне 30, можно прийти? 😊"),
            ],
            category: nil, readBy: []),

        // Много времени: реклама посторонних услуг со ссылкой, ещё не обработана.
        DemoThread(
            page: "okhta-vk", kind: "message", readerID: 867_442_190, readerName: "Максим Профит", postID: nil,
            timing: .remainingOpen(minutes: 380),
            lines: [
                .reader(0, "Добрый день! Предлагаем продвижение вашего сообщества: +1000 живых подписчиков за неделю, гарантия результата. Прайс по ссылке https://smm-boost.example.com/price . Скидка 20% для учреждений культуры!"),
            ],
            category: nil, readBy: []),

        // Ответ дан, затем новый вопрос в комментариях.
        DemoThread(
            page: "okhta-vk", kind: "comment", readerID: 177_845_093, readerName: "Фёдор Гаврилов", postID: 1284,
            timing: .arrivedAgo(minutes: 1500),
            lines: [
                .reader(0, "Подскажите, шахматный клуб по средам продолжает работать?"),
                .page(90, "belova", "Здравствуйте! Да, шахматный клуб собирается по средам с 17:00 до 19:00 в читальном зале библиотеки «Охтинская». Участие свободное, доски и часы предоставляются."),
                .reader(1440, "Спасибо. А школьнику 10 лет можно? Или там только взрослые играют?"),
            ],
            category: "consultation", readBy: []),

        // Отвечено: продление.
        DemoThread(
            page: "okhta-vk", kind: "message", readerID: 215_663_480, readerName: "Роман Ширяев", postID: nil,
            timing: .arrivedAgo(minutes: 2000),
            lines: [
                .reader(0, "Здравствуйте, продлите пожалуйста книгу Стругацких «Пикник на обочине», билет 0407-001873"),
                .page(55, "fedorova", "Здравствуйте! Срок возврата книги А. и Б. Стругацких «Пикник на обочине» продлён на 30 дней. Напоминаем, что продлить книги можно и самостоятельно в личном кабинете на портале КСОБ СПб. С уважением, библиотека «Охтинская»."),
            ],
            category: "renewal", readBy: ["fedorova"]),

        // Отвечено: благодарность.
        DemoThread(
            page: "okhta-vk", kind: "message", readerID: 31_784_552, readerName: "Нина Крутова", postID: nil,
            timing: .arrivedAgo(minutes: 3100),
            lines: [
                .reader(0, "Хочу сказать спасибо библиотекарям Охтинской за помощь с поиском материалов о моём деде, участнике обороны Ленинграда. Нашли и газетные заметки, и книгу памяти. Низкий вам поклон."),
                .page(80, "belova", "Здравствуйте! Сердечно благодарим Вас за тёплые слова, мы обязательно передадим их сотрудникам отдела. Будем рады помочь Вам и в дальнейшем. С уважением, библиотека «Охтинская»."),
            ],
            category: "gratitude", readBy: ["belova"]),

        // Отвечено: справка о наличии книги.
        DemoThread(
            page: "okhta-vk", kind: "message", readerID: 539_226_801, readerName: "Алиса Корнеева", postID: nil,
            timing: .arrivedAgo(minutes: 2300),
            lines: [
                .reader(0, "Здравствуйте. Есть ли у вас «Обломов» Гончарова? Ребёнку задали к 10 классу, а в школьной библиотеке все экземпляры разобрали."),
                .page(45, "demo", "Здравствуйте! Роман И. А. Гончарова «Обломов» есть в фонде библиотеки «Охтинская»: сейчас на абонементе два экземпляра. Книга также доступна в электронном виде в «Виртуальном читальном зале»; чтобы получить логин и пароль, пришлите нам, пожалуйста, номер читательского билета. С уважением, библиотека «Охтинская»."),
            ],
            category: "reference", readBy: ["demo"]),

        // Отвечено: продление в комментарии; читатель опубликовал номер билета,
        // поэтому ответ просит перейти в личные сообщения (3.6: ответ требует персональных данных).
        DemoThread(
            page: "okhta-vk", kind: "comment", readerID: 95_301_447, readerName: "Тамара Лукина", postID: 1284,
            timing: .arrivedAgo(minutes: 800),
            lines: [
                .reader(0, "Продлите пожалуйста, билет 0407-003320, Лукина Т. Там две книги"),
                .page(35, "fedorova", "Здравствуйте! Для Вашей безопасности просим не публиковать номер читательского билета в открытых комментариях. Пожалуйста, отправьте номер билета и фамилию в личные сообщения сообщества — мы сразу продлим обе книги."),
            ],
            category: "renewal", readBy: ["fedorova"]),

        // Закрыто без ответа: благодарность после ответа, ответ не требуется.
        DemoThread(
            page: "okhta-vk", kind: "message", readerID: 602_117_384, readerName: "Елизавета Прохорова", postID: nil,
            timing: .arrivedAgo(minutes: 1700),
            lines: [
                .reader(0, "Здравствуйте, книга «Тихий Дон» 2 том есть в наличии?"),
                .page(30, "demo", "Здравствуйте! Да, второй том романа М. А. Шолохова «Тихий Дон» есть на абонементе библиотеки «Охтинская». Если хотите, мы можем отложить его для Вас на три рабочих дня."),
                .reader(50, "Спасибо, зайду сама 😊"),
            ],
            category: "reference", readBy: ["demo"], closedReason: "Благодарность, ответ не требуется"),

        // MARK: raduga-vk — детская библиотека «Радуга»

        // Просрочено: запись ребёнка.
        DemoThread(
            page: "raduga-vk", kind: "message", readerID: 288_734_019, readerName: "Ольга Мельникова", postID: nil,
            timing: .remainingOpen(minutes: -200),
            lines: [
                .reader(0, "Здравствуйте! Хочу записать сына в библиотеку, ему 6 лет. Что для этого нужно? Можно ли записать онлайн или только лично?"),
            ],
            category: nil, readBy: []),

        // Просрочено: мероприятие, комментарий.
        DemoThread(
            page: "raduga-vk", kind: "comment", readerID: 710_825_336, readerName: "Юлия Крылова", postID: 733,
            timing: .remainingOpen(minutes: -45),
            lines: [
                .reader(0, "А когда будет новогодний утренник? В прошлом году не успели записаться, все места разобрали за день 😢"),
            ],
            category: nil, readBy: []),

        // Скоро срок: продление детских книг.
        DemoThread(
            page: "raduga-vk", kind: "message", readerID: 163_902_485, readerName: "Анна Дементьева", postID: nil,
            timing: .remainingOpen(minutes: 10),
            lines: [
                .reader(0, "Здравствуйте! Продлите пожалуйста книги дочке, Дементьева Вера, билет 0520-000947. Она болеет, в школу и в библиотеку пока не ходим"),
            ],
            category: nil, readBy: []),

        // Скоро срок: мероприятие, комментарий.
        DemoThread(
            page: "raduga-vk", kind: "comment", readerID: 427_118_650, readerName: "Артём Сазонов", postID: 741,
            timing: .remainingOpen(minutes: 30),
            lines: [
                .reader(0, "Во сколько начало спектакля кукольного театра? В афише не указано время"),
            ],
            category: nil, readBy: []),

        // Много времени: справка для внеклассного чтения.
        DemoThread(
            page: "raduga-vk", kind: "message", readerID: 86_447_203, readerName: "Светлана Шубина", postID: nil,
            timing: .remainingOpen(minutes: 240),
            lines: [
                .reader(0, "Добрый день. Учительница дала список для внеклассного чтения на каникулы, 3 класс. Часть книг найти не можем: Драгунский «Денискины рассказы», Осеева «Волшебное слово», Носов «Фантазёры». Есть ли они у вас? Можно ли отложить?"),
            ],
            category: nil, readBy: []),

        // Много времени: благодарность в комментарии, эмодзи.
        DemoThread(
            page: "raduga-vk", kind: "comment", readerID: 598_310_462, readerName: "Дарья Ковалёва", postID: 736,
            timing: .remainingOpen(minutes: 150),
            lines: [
                .reader(0, "Спасибо за мастер-класс по новогодним игрушкам! Дочка в восторге, повесили ёлочку на самое видное место 😊📚"),
            ],
            category: nil, readBy: []),

        // Много времени: вопрос об итогах викторины, два сообщения.
        DemoThread(
            page: "raduga-vk", kind: "message", readerID: 301_559_874, readerName: "Тимофей Рябов", postID: nil,
            timing: .remainingOpen(minutes: 320),
            lines: [
                .reader(0, "Здравствуйте а когда будут итоги викторины про Носова? мы с мамой отправили ответы"),
                .reader(3, "я Рябов Тимофей 4 «Б» класс"),
            ],
            category: nil, readBy: []),

        // Ответ дан, затем уточняющий вопрос: запись ребёнка.
        DemoThread(
            page: "raduga-vk", kind: "message", readerID: 65_774_218, readerName: "Ренат Галиев", postID: nil,
            timing: .arrivedAgo(minutes: 400),
            lines: [
                .reader(0, "Здравствуйте! Хотим записать дочку 8 лет в библиотеку. Как это сделать?"),
                .page(50, "nikitina", "Здравствуйте! Записать ребёнка до 14 лет может родитель или законный представитель. Приходите вместе с дочерью и возьмите, пожалуйста, свой паспорт. Запись бесплатная и занимает несколько минут. Ждём Вас в часы работы библиотеки «Радуга»."),
                .reader(385, "А у дочки паспорта ещё нет, свидетельство о рождении надо брать?"),
            ],
            category: "consultation", readBy: []),

        // Отвечено: кружки для ребёнка.
        DemoThread(
            page: "raduga-vk", kind: "message", readerID: 442_007_153, readerName: "Екатерина Соловьёва", postID: nil,
            timing: .arrivedAgo(minutes: 2600),
            lines: [
                .reader(0, "Добрый день! Подскажите, какие есть кружки для ребёнка 7 лет? Интересует что-нибудь творческое или про книги."),
                .page(60, "nikitina", "Здравствуйте! Для детей 7 лет в библиотеке «Радуга» работают литературная студия «Читайка» (по вторникам в 17:00), мастерская «Книжкины руки» (по четвергам в 16:30) и клуб настольных игр (по воскресеньям в 12:00). Все занятия бесплатные, записаться можно на абонементе или по телефону библиотеки. С уважением, детская библиотека «Радуга»."),
            ],
            category: "consultation", readBy: ["nikitina"]),

        // Отвечено: бронирование в комментарии.
        DemoThread(
            page: "raduga-vk", kind: "comment", readerID: 376_581_920, readerName: "Михаил Осипов", postID: 736,
            timing: .arrivedAgo(minutes: 1900),
            lines: [
                .reader(0, "отложите пожалуйста первую часть «Гарри Поттера», сын хочет начать читать. заберём в понедельник"),
                .page(40, "zaitseva", "Здравствуйте! Книга Дж. К. Роулинг «Гарри Поттер и философский камень» отложена на абонементе библиотеки «Радуга» до закрытия в понедельник. При получении назовите, пожалуйста, фамилию читателя."),
            ],
            category: "reservation", readBy: ["zaitseva"]),

        // Отвечено: критическое замечание в личных сообщениях.
        DemoThread(
            page: "raduga-vk", kind: "message", readerID: 519_466_308, readerName: "Вероника Лосева", postID: nil,
            timing: .arrivedAgo(minutes: 3000),
            lines: [
                .reader(0, "Здравствуйте. Были у вас в воскресенье на занятии. В детском читальном зале очень холодно, дети сидели в куртках, моя дочь потом заболела. Уже не первый раз. Когда это исправят?"),
                .page(120, "zaitseva", "Здравствуйте! Благодарим Вас за то, что сообщили о проблеме, и желаем Вашей дочери скорейшего выздоровления. Мы передали информацию заведующей библиотекой, заявка на проверку отопления направлена в обслуживающую организацию. До устранения неисправности занятия будут проходить в зале абонемента, где теплее. С уважением, детская библиотека «Радуга»."),
            ],
            category: "critical_remark", readBy: ["zaitseva", "orlova"], critical: true),

        // Закрыто без ответа: реклама в комментарии удалена.
        DemoThread(
            page: "raduga-vk", kind: "comment", readerID: 845_300_712, readerName: "Анжела Нестерова", postID: 733,
            timing: .arrivedAgo(minutes: 2200),
            lines: [
                .reader(0, "Продаю детские коляски, санки, ледянки недорого, доставка по городу! Пишите в личку 👶🛷"),
            ],
            category: "spam", readBy: ["nikitina"], closedReason: "Реклама удалена"),

        // MARK: semya-vk — библиотека семейного чтения

        // Просрочено: консультация по личному кабинету, два сообщения, прочитано.
        DemoThread(
            page: "semya-vk", kind: "message", readerID: 137_209_645, readerName: "Игорь Масленников", postID: nil,
            timing: .remainingOpen(minutes: -500),
            lines: [
                .reader(0, "Здравствуйте. Не могу войти в личный кабинет на портале, пишет «неверный логин или пароль». Пароль восстанавливал два раза, письмо не приходит. Что делать?"),
                .reader(240, "Проверил папку «Спам» — тоже пусто."),
            ],
            category: "consultation", readBy: ["morozov"]),

        // Просрочено: ЭДД.
        DemoThread(
            page: "semya-vk", kind: "message", readerID: 590_118_374, readerName: "Полина Ветрова", postID: nil,
            timing: .remainingOpen(minutes: -60),
            lines: [
                .reader(0, "Добрый день! Пишу диплом, нужна статья из журнала «Вопросы литературы» за 2019 год. Можно заказать электронную копию через вас?"),
            ],
            category: nil, readBy: []),

        // Скоро срок: мероприятие, комментарий.
        DemoThread(
            page: "semya-vk", kind: "comment", readerID: 231_405_886, readerName: "Денис Кравченко", postID: 958,
            timing: .remainingOpen(minutes: 45),
            lines: [
                .reader(0, "Семейный клуб настольных игр в эту субботу будет? Придём вчетвером, двое детей 5 и 9 лет"),
            ],
            category: nil, readBy: []),

        // Скоро срок: бронирование, прочитано.
        DemoThread(
            page: "semya-vk", kind: "message", readerID: 472_336_109, readerName: "Оксана Мельник", postID: nil,
            timing: .remainingOpen(minutes: 25),
            lines: [
                .reader(0, "Здравствуйте! Можно забронировать «Дом, в котором…» Мариам Петросян? В каталоге пишет, что у вас есть один экземпляр."),
            ],
            category: "reservation", readBy: ["fedorova"]),

        // Много времени: доступ к электронным книгам («Виртуальный читальный зал»).
        DemoThread(
            page: "semya-vk", kind: "message", readerID: 38_912_447, readerName: "Борис Никифоров", postID: nil,
            timing: .remainingOpen(minutes: 400),
            lines: [
                .reader(0, "Добрый день, слышал, что у вас можно бесплатно читать электронные книги. Как получить доступ? Я записан в вашей библиотеке с 2015 года."),
            ],
            category: nil, readBy: []),

        // Много времени: справка о литературе, комментарий.
        DemoThread(
            page: "semya-vk", kind: "comment", readerID: 617_009_232, readerName: "Алла Дьяченко", postID: 962,
            timing: .remainingOpen(minutes: 260),
            lines: [
                .reader(0, "Посоветуйте книги о Петербурге для подростка 13 лет, чтобы не скучно было. Сын любит приключения и мистику"),
            ],
            category: nil, readBy: []),

        // Много времени: мероприятия по «Пушкинской карте», комментарий без заглавных букв.
        DemoThread(
            page: "semya-vk", kind: "comment", readerID: 508_772_364, readerName: "Вадим Прошин", postID: 962,
            timing: .remainingOpen(minutes: 150),
            lines: [
                .reader(0, "а по пушкинской карте у вас что нибудь есть? дочке 15, хочет сходить куда нибудь с подругами"),
            ],
            category: nil, readBy: []),

        // Ответ дан, затем новый вопрос: бронирование, потом продление.
        DemoThread(
            page: "semya-vk", kind: "message", readerID: 443_982_105, readerName: "Елена Рябинина", postID: nil,
            timing: .arrivedAgo(minutes: 2900),
            lines: [
                .reader(0, "Здравствуйте! Отложите, пожалуйста, «Щегла» Донны Тартт. Заберу завтра-послезавтра."),
                .page(70, "fedorova", "Здравствуйте! Роман Д. Тартт «Щегол» отложен для Вас на абонементе библиотеки семейного чтения на три рабочих дня."),
                .reader(2870, "Спасибо, забрала! А можно её сразу продлить ещё на пару недель? Книга толстая, боюсь, не успею"),
            ],
            category: "reservation", readBy: []),

        // Отвечено: продление.
        DemoThread(
            page: "semya-vk", kind: "message", readerID: 29_645_118, readerName: "Лариса Ухова", postID: nil,
            timing: .arrivedAgo(minutes: 2600),
            lines: [
                .reader(0, "Добрый вечер! Продлите, пожалуйста, все книги по билету 0611-004102. Уезжаю к родственникам на две недели."),
                .page(60, "morozov", "Здравствуйте! Срок возврата всех книг по Вашему читательскому билету продлён на 30 дней. Желаем Вам хорошей поездки. С уважением, библиотека семейного чтения."),
            ],
            category: "renewal", readBy: ["morozov"]),

        // Отвечено: критическое замечание в комментарии — публичный ответ по существу (3.6).
        DemoThread(
            page: "semya-vk", kind: "comment", readerID: 355_870_461, readerName: "Наталия Рудакова", postID: 954,
            timing: .arrivedAgo(minutes: 3500),
            lines: [
                .reader(0, "Уже второй раз переносите семейный киноклуб без предупреждения. Мы приехали с детьми, а на двери бумажка «занятие отменено». Неужели трудно написать здесь в группе заранее? Неуважение к людям."),
                .page(90, "morozov", "Здравствуйте! Приносим извинения: Вы правы, об отмене занятия нужно было сообщить заранее на странице сообщества. Занятие отменили из-за болезни ведущего. Впредь об изменениях в расписании клубов мы будем публиковать объявление не позднее чем за сутки. Следующая встреча семейного киноклуба состоится в субботу в 15:00."),
            ],
            category: "critical_remark", readBy: ["morozov", "orlova"], critical: true),

        // Отвечено: благодарность.
        DemoThread(
            page: "semya-vk", kind: "message", readerID: 160_337_902, readerName: "Виталий Бородин", postID: nil,
            timing: .arrivedAgo(minutes: 4000),
            lines: [
                .reader(0, "Спасибо за подборку книг для папы, он слабовидящий — книги с крупным шрифтом и аудиокниги очень выручили! 👍"),
                .page(120, "fedorova", "Здравствуйте! Спасибо Вам за отзыв, мы рады, что подборка пригодилась. Напоминаем, что для читателей с нарушениями зрения в библиотеке можно также получить плеер для «говорящих книг». С уважением, библиотека семейного чтения."),
            ],
            category: "gratitude", readBy: ["fedorova"]),

        // Отвечено: ЭДД.
        DemoThread(
            page: "semya-vk", kind: "message", readerID: 274_118_630, readerName: "Григорий Савин", postID: nil,
            timing: .arrivedAgo(minutes: 6000),
            lines: [
                .reader(0, "Добрый день, подскажите, как заказать копию статьи, если самого журнала в библиотеке нет?"),
                .page(90, "fedorova", "Здравствуйте! Вы можете оформить заказ через услугу электронной доставки документов (ЭДД) в личном кабинете на портале КСОБ СПб. Если издания нет в фонде нашей ЦБС, заказ будет передан в другие библиотеки города. Копия статьи придёт на Вашу электронную почту; срок выполнения зависит от того, где хранится издание, обычно от трёх до пяти рабочих дней."),
            ],
            category: "consultation", readBy: ["fedorova"]),

        // Закрыто без ответа: спам со ссылкой, автор заблокирован.
        DemoThread(
            page: "semya-vk", kind: "message", readerID: 876_214_093, readerName: "Алексей Займов", postID: nil,
            timing: .arrivedAgo(minutes: 1200),
            lines: [
                .reader(0, "Одобрим займ без проверки кредитной истории за 5 минут! Первый займ под 0% 💰 Оформление: https://zaym-bez-otkaza.example.com"),
            ],
            category: "spam", readBy: ["morozov"], closedReason: "Спам удалён", blockedReader: true),

        // MARK: crb-tg — Центральная районная библиотека в Telegram

        // Сильно просрочено: вопрос о новых поступлениях, комментарий.
        DemoThread(
            page: "crb-tg", kind: "comment", readerID: 6_120_884_307, readerName: "Никита Бурцев", postID: 318,
            timing: .remainingOpen(minutes: -850),
            lines: [
                .reader(0, "Когда выложите список новых поступлений за прошлый месяц? Обычно в начале месяца был пост"),
            ],
            category: nil, readBy: []),

        // Просрочено: доступ к электронным книгам через бота.
        DemoThread(
            page: "crb-tg", kind: "message", readerID: 5_401_228_613, readerName: "Тимур Гарипов", postID: nil,
            timing: .remainingOpen(minutes: -330),
            lines: [
                .reader(0, "Здравствуйте! Как получить доступ к электронным книгам? Мне сказали, что через вашего бота можно получить логин"),
            ],
            category: nil, readBy: []),

        // Скоро срок: мероприятие, комментарий.
        DemoThread(
            page: "crb-tg", kind: "comment", readerID: 1_988_453_120, readerName: "Маргарита Юдина", postID: 322,
            timing: .remainingOpen(minutes: 55),
            lines: [
                .reader(0, "Лекция про Серебряный век будет в записи? Не успеваю к 19:00 с работы"),
            ],
            category: nil, readBy: []),

        // Много времени: продление.
        DemoThread(
            page: "crb-tg", kind: "message", readerID: 7_215_600_458, readerName: "Алексей Дьяконов", postID: nil,
            timing: .remainingOpen(minutes: 500),
            lines: [
                .reader(0, "Добрый день. Прошу продлить книги, билет 0101-010564. Спасибо"),
            ],
            category: nil, readBy: []),

        // Много времени: справка о литературе, комментарий, прочитано.
        DemoThread(
            page: "crb-tg", kind: "comment", readerID: 843_110_267, readerName: "Елена Жукова", postID: 318,
            timing: .remainingOpen(minutes: 130),
            lines: [
                .reader(0, "В посте про новинки упомянута книга о блокадных дневниках, а автора не указали. Можно уточнить автора и есть ли она на абонементе?"),
            ],
            category: "reference", readBy: ["lebedeva"]),

        // Много времени: бронирование по ссылке из каталога, с переводом строки.
        DemoThread(
            page: "crb-tg", kind: "message", readerID: 5_876_302_119, readerName: "Вероника Стрельцова", postID: nil,
            timing: .remainingOpen(minutes: 220),
            lines: [
                .reader(0, "Здравствуйте! Нашла в электронном каталоге вот эту книгу: https://catalog.example.org/record/00427361\nМожно её забронировать в Центральной? Заберу в пятницу вечером"),
            ],
            category: nil, readBy: []),

        // Ответ дан, затем новый вопрос: часы работы.
        DemoThread(
            page: "crb-tg", kind: "message", readerID: 1_340_875_512, readerName: "Людмила Гордеева", postID: nil,
            timing: .arrivedAgo(minutes: 1000),
            lines: [
                .reader(0, "Здравствуйте, до скольки работает центральная библиотека в субботу?"),
                .page(20, "gromov", "Здравствуйте! В субботу Центральная районная библиотека работает с 10:00 до 20:00. Обратите внимание: последний рабочий день каждого месяца — санитарный, в этот день библиотека закрыта."),
                .reader(960, "Спасибо. А в воскресенье вы работаете? Внучка хотела прийти на фестиваль"),
            ],
            category: "consultation", readBy: []),

        // Отвечено: консультация по восстановлению пароля.
        DemoThread(
            page: "crb-tg", kind: "message", readerID: 2_044_913_775, readerName: "Семён Карпов", postID: nil,
            timing: .arrivedAgo(minutes: 1800),
            lines: [
                .reader(0, "Здравствуйте. Забыл пароль от личного кабинета на портале, а почта старая, доступа к ней нет. Как быть?"),
                .page(40, "gromov", "Здравствуйте! В этом случае восстановить пароль через электронную почту не получится. Пожалуйста, подойдите с паспортом и читательским билетом в любую библиотеку ЦБС: сотрудник изменит адрес электронной почты в Вашей учётной записи, после чего Вы сможете задать новый пароль. С уважением, Центральная районная библиотека."),
            ],
            category: "consultation", readBy: ["gromov"]),

        // Отвечено: благодарность в комментарии.
        DemoThread(
            page: "crb-tg", kind: "comment", readerID: 6_552_017_846, readerName: "Аркадий Мельгунов", postID: 311,
            timing: .arrivedAgo(minutes: 1100),
            lines: [
                .reader(0, "Отличная подборка про фантастику 70-х, половину не читал, спасибо 👍"),
                .page(30, "lebedeva", "Благодарим Вас за отзыв! Все книги из подборки есть на абонементе Центральной районной библиотеки, их можно забронировать в личном кабинете на портале КСОБ СПб."),
            ],
            category: "gratitude", readBy: ["lebedeva"]),

        // Отвечено: бронирование с пояснением о фонде читального зала.
        DemoThread(
            page: "crb-tg", kind: "message", readerID: 1_502_337_986, readerName: "Диана Хабибуллина", postID: nil,
            timing: .arrivedAgo(minutes: 3300),
            lines: [
                .reader(0, "Добрый день! Забронируйте пожалуйста «Мастера и Маргариту» в подарочном издании с иллюстрациями, если оно выдаётся на дом"),
                .page(55, "lebedeva", "Здравствуйте! Иллюстрированное издание романа М. А. Булгакова «Мастер и Маргарита» входит в фонд читального зала и на дом не выдаётся; с ним можно ознакомиться в читальном зале Центральной районной библиотеки. Для чтения дома мы отложили для Вас другое издание романа, оно будет ждать Вас на абонементе три рабочих дня."),
            ],
            category: "reservation", readBy: ["lebedeva"]),

        // Закрыто без ответа: реклама в комментарии, автор заблокирован.
        DemoThread(
            page: "crb-tg", kind: "comment", readerID: 7_900_112_345, readerName: "Денис Нейронов", postID: 322,
            timing: .arrivedAgo(minutes: 900),
            lines: [
                .reader(0, "🔥 Освой нейросети за 7 дней и зарабатывай от 150 000 ₽! Бесплатный вебинар только сегодня — регистрация у меня в профиле 🔥"),
            ],
            category: "spam", readBy: ["gromov"], closedReason: "Реклама удалена", blockedReader: true),
    ]
}
