import DutyDeskCore
import Foundation

/// Realistic VK and Telegram event lines for `dutydesk bench ingest`, generated one at a time
/// from a seed (every run measures the same feed) with memory that does not grow with the
/// number of events: what later events refer to (recent conversations, threads, comments,
/// lines to deliver twice) lives in small rings.
///
/// The mix, per 1000 events: 440 VK private messages from readers, 150 page replies to them,
/// 20 message edits, 180 reader comments (top-level or in a thread), 60 page answers in a
/// thread, 15 comment edits, 10 deletions (half with `deleter_id`, half with `user_id`),
/// 3 restores, 5 blocks and unblocks, 107 Telegram discussion-group updates (channel posts'
/// automatic forwards, comments, the channel's answers), and 10 VK events delivered twice.
/// Times move forward about five seconds per event over the last weeks, with a jitter of up to
/// ten minutes, so events arrive out of order as they do from real feeds.
struct IngestBenchFeed {
    private var random: SplitMix64
    private var index: Int64 = 0
    private let start: Int64
    private let step: Int64

    private var conversations = Ring<(page: Int, peer: Int64)>(capacity: 4096)
    private var privateMessages = Ring<(page: Int, peer: Int64, cmid: Int64, date: Int64)>(capacity: 1024)
    private var threads = Ring<(page: Int, post: Int64, top: Int64)>(capacity: 4096)
    private var comments = Ring<(page: Int, post: Int64, top: Int64?, id: Int64, from: Int64, date: Int64)>(capacity: 1024)
    private var deleted = Ring<(page: Int, post: Int64, top: Int64?, id: Int64, from: Int64, date: Int64)>(capacity: 256)
    private var telegramPosts = Ring<(page: Int, post: Int64)>(capacity: 512)
    private var recentVKLines = Ring<String>(capacity: 256)

    init(seed: UInt64, events: Int, endingAt end: Int64) {
        random = SplitMix64(seed: seed)
        step = 5
        start = end - Int64(events) * step - 3600
    }

    /// The next line, without its newline.
    mutating func next() -> String {
        index += 1
        let roll = random.uniform(below: 1000)
        switch roll {
        case 0..<440: return messageNew()
        case 440..<590: return conversations.isEmpty ? messageNew() : messageReply()
        case 590..<610: return privateMessages.isEmpty ? messageNew() : messageEdit()
        case 610..<790: return readerComment()
        case 790..<850: return threads.isEmpty ? readerComment() : pageComment()
        case 850..<865: return comments.isEmpty ? readerComment() : commentEdit()
        case 865..<875: return comments.isEmpty ? readerComment() : commentDelete()
        case 875..<878: return deleted.isEmpty ? readerComment() : commentRestore()
        case 878..<883: return block(unblock: roll >= 881)
        case 883..<990: return telegram()
        default: return recentVKLines.isEmpty ? messageNew() : recentVKLines.random(&random)
        }
    }

    // MARK: VK private messages

    private mutating func messageNew() -> String {
        let page = Int(random.uniform(below: UInt64(IngestBenchOrganisation.vkPages)))
        let peer = 100_000_000 + Int64(random.uniform(below: 250_000))
        let date = time()
        conversations.append((page, peer))
        privateMessages.append((page, peer, index, date))
        return vk("message_new", page: page, object: """
            {"message":{"id":\(index),"date":\(date),"peer_id":\(peer),"from_id":\(peer),"text":\(text()),\
            "conversation_message_id":\(index),"attachments":[],"fwd_messages":[],"important":false,\
            "is_hidden":false,"out":0},"client_info":{"button_actions":["text","vkpay","open_app",\
            "location","open_link","callback","intent_subscribe","intent_unsubscribe"],"keyboard":true,\
            "inline_keyboard":true,"carousel":true,"lang_id":0}}
            """)
    }

    private mutating func messageReply() -> String {
        let (page, peer) = conversations.random(&random)
        let date = time() + 1800
        return vk("message_reply", page: page, object: """
            {"id":\(index),"date":\(date),"peer_id":\(peer),"from_id":-\(IngestBenchOrganisation.vkGroupID(page)),\
            "text":\(BenchJSON.quoted(Self.answers[Int(random.uniform(below: UInt64(Self.answers.count)))])),\
            "conversation_message_id":\(index),"attachments":[],"fwd_messages":[],"important":false,\
            "is_hidden":false,"out":1,"admin_author_id":\(500_000 + Int64(page))}
            """)
    }

    private mutating func messageEdit() -> String {
        let (page, peer, cmid, date) = privateMessages.random(&random)
        return vk("message_edit", page: page, object: """
            {"id":\(cmid),"date":\(date),"update_time":\(date + 120),"peer_id":\(peer),"from_id":\(peer),\
            "text":\(text()),"conversation_message_id":\(cmid),"attachments":[],"fwd_messages":[],"out":0}
            """)
    }

    // MARK: VK comments

    private mutating func readerComment() -> String {
        let reader = 100_000_000 + Int64(random.uniform(below: 250_000))
        if !threads.isEmpty, random.uniform(below: 5) < 2 {
            let (page, post, top) = threads.random(&random)
            return comment("wall_reply_new", page: page, post: post, top: top, id: index, from: reader, date: time(),
                           remember: true)
        }
        let page = Int(random.uniform(below: UInt64(IngestBenchOrganisation.vkPages)))
        let post = 1 + Int64(random.uniform(below: 3000))
        threads.append((page, post, index))
        return comment("wall_reply_new", page: page, post: post, top: nil, id: index, from: reader, date: time(),
                       remember: true)
    }

    private mutating func pageComment() -> String {
        let (page, post, top) = threads.random(&random)
        return comment("wall_reply_new", page: page, post: post, top: top, id: index,
                       from: -IngestBenchOrganisation.vkGroupID(page), date: time() + 1800, remember: false)
    }

    private mutating func commentEdit() -> String {
        let old = comments.random(&random)
        return comment("wall_reply_edit", page: old.page, post: old.post, top: old.top, id: old.id, from: old.from,
                       date: old.date, remember: false)
    }

    private mutating func commentDelete() -> String {
        let old = comments.random(&random)
        deleted.append(old)
        let who = random.uniform(below: 2) == 0 ? "deleter_id" : "user_id"
        return vk("wall_reply_delete", page: old.page, object: """
            {"owner_id":-\(IngestBenchOrganisation.vkGroupID(old.page)),"id":\(old.id),"post_id":\(old.post),\
            "\(who)":\(old.from)}
            """)
    }

    private mutating func commentRestore() -> String {
        let old = deleted.random(&random)
        return comment("wall_reply_restore", page: old.page, post: old.post, top: old.top, id: old.id, from: old.from,
                       date: old.date, remember: false)
    }

    private mutating func comment(_ type: String, page: Int, post: Int64, top: Int64?, id: Int64, from: Int64,
                                  date: Int64, remember: Bool) -> String {
        if remember { comments.append((page, post, top, id, from, date)) }
        let owner = -IngestBenchOrganisation.vkGroupID(page)
        let body = from < 0 ? BenchJSON.quoted(Self.answers[Int(random.uniform(below: UInt64(Self.answers.count)))]) : text()
        let parents = top.map { "[\($0)]" } ?? "[]"
        let reply = top.map { ",\"reply_to_comment\":\($0),\"reply_to_user\":\(from)" } ?? ""
        return vk(type, page: page, object: """
            {"id":\(id),"from_id":\(from),"date":\(date),"text":\(body),"post_owner_id":\(owner),\
            "post_id":\(post),"owner_id":\(owner),"parents_stack":\(parents),"thread":{"count":0}\(reply)}
            """)
    }

    // MARK: VK blocks

    private mutating func block(unblock: Bool) -> String {
        let page = Int(random.uniform(below: UInt64(IngestBenchOrganisation.vkPages)))
        let user = 100_000_000 + Int64(random.uniform(below: 250_000))
        if unblock {
            return vk("user_unblock", page: page, object: #"{"admin_id":\#(500_000 + Int64(page)),"user_id":\#(user),"by_end_date":0}"#)
        }
        return vk("user_block", page: page, object: """
            {"admin_id":\(500_000 + Int64(page)),"user_id":\(user),"unblock_date":\(time() + 30 * 86_400),\
            "reason":\(random.uniform(below: 5)),"comment":"Нарушение правил сообщества (п. 6.7)"}
            """)
    }

    // MARK: Telegram discussion groups

    private mutating func telegram() -> String {
        let roll = random.uniform(below: 100)
        if telegramPosts.isEmpty || roll < 5 {
            let page = Int(random.uniform(below: UInt64(IngestBenchOrganisation.telegramPages)))
            telegramPosts.append((page, index))
            let channel = IngestBenchOrganisation.telegramChannelID(page)
            return update(page: page, message: """
                {"message_id":\(index),"from":{"id":777000,"is_bot":false,"first_name":"Telegram"},\
                "sender_chat":{"id":\(channel),"title":"Библиотека","type":"channel"},\
                "chat":{"id":\(IngestBenchOrganisation.telegramDiscussionID(page)),"title":"Обсуждение","type":"supergroup"},\
                "date":\(time()),"is_automatic_forward":true,"text":"Новый пост: выставка «Книги блокады» 📖"}
                """)
        }
        let (page, post) = telegramPosts.random(&random)
        let group = IngestBenchOrganisation.telegramDiscussionID(page)
        let reply = #""reply_to_message":{"message_id":\#(post),"chat":{"id":\#(group),"type":"supergroup"},"date":\#(time() - 600),"is_automatic_forward":true}"#
        if roll < 25 {
            let channel = IngestBenchOrganisation.telegramChannelID(page)
            return update(page: page, message: """
                {"message_id":\(index),"from":{"id":136817688,"is_bot":true,"first_name":"Channel","username":"Channel_Bot"},\
                "sender_chat":{"id":\(channel),"title":"Библиотека","type":"channel"},\
                "chat":{"id":\(group),"type":"supergroup"},"date":\(time() + 1800),"message_thread_id":\(post),\
                \(reply),"text":\(BenchJSON.quoted(Self.answers[Int(random.uniform(below: UInt64(Self.answers.count)))]))}
                """)
        }
        let user = 5_000_000_000 + Int64(random.uniform(below: 100_000))
        return update(page: page, message: """
            {"message_id":\(index),"from":{"id":\(user),"is_bot":false,"first_name":"Мария","last_name":"Соколова",\
            "language_code":"ru"},"chat":{"id":\(group),"title":"Обсуждение","type":"supergroup"},\
            "date":\(time()),"message_thread_id":\(post),\(reply),"text":\(text())}
            """)
    }

    private func update(page: Int, message: String) -> String {
        #"{"update_id":\#(index),"message":\#(message)}"#
    }

    // MARK: Parts

    private mutating func vk(_ type: String, page: Int, object: String) -> String {
        let line = """
            {"type":"\(type)","object":\(object),"group_id":\(IngestBenchOrganisation.vkGroupID(page)),\
            "event_id":"\(String(UInt64(bitPattern: index) &* 0x9E37_79B9_7F4A_7C15, radix: 16))","v":"5.199"}
            """
        recentVKLines.append(line)
        return line
    }

    /// Now on the feed's clock, give or take ten minutes.
    private mutating func time() -> Int64 {
        start + index * step + Int64(random.uniform(below: 1200)) - 600
    }

    private mutating func text() -> String {
        var text = Self.questions[Int(random.uniform(below: UInt64(Self.questions.count)))]
        text += " Билет \(String(format: "%04d-%06d", random.uniform(below: 9999), random.uniform(below: 999_999)))."
        return BenchJSON.quoted(text)
    }

    static let questions = [
        "Здравствуйте! Можно продлить книгу «Война и мир» ещё на две недели?",
        "Добрый день. Как получить доступ к Виртуальному читальному залу? Логин не подходит 😕",
        "Подскажите, до какого часа сегодня работает библиотека?\nИ нужна ли запись на лекцию?",
        "Почему не работает запись на мероприятие? Страница выдаёт ошибку!!!",
        "Спасибо большое за вчерашнюю встречу с писателем 🙏📚",
        "Хочу забронировать «Мастера и Маргариту», заберу в субботу.",
        "Нужна справка по краеведению: история улицы Марата, XIX век.",
        "Wi-Fi в читальном зале опять не работает \u{1B}[31mсрочно\u{1B}[0m — когда починят?",
        "Можно ли записаться без постоянной регистрации? Что взять с собой? \"Паспорт\"?",
        "Верните, пожалуйста, мой отзыв — его удалили без причины 😡",
    ]

    static let answers = [
        "Здравствуйте! Книга продлена до 30 ноября. Хорошего чтения!",
        "Добрый день! Логин и пароль выдаются в читальном зале при предъявлении билета.",
        "Здравствуйте! Сегодня библиотека работает до 20:00, запись на лекцию не нужна.",
        "Спасибо за отзыв! Передали коллегам.",
        "Здравствуйте! Книга забронирована, ждём вас в субботу с 11:00 до 18:00.",
    ]
}
