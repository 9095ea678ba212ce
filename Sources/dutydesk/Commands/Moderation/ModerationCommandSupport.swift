import ArgumentParser
import DutyDeskCore
import DutyDeskStore
import Foundation
#if canImport(Glibc)
import Glibc
#endif

extension BlockReason: ExpressibleByArgument {}

/// What every moderation command shares: the acting operator, the exit codes of refusals, the
/// confirmation before destructive actions.
enum ModerationCLI {
    /// sysexits EX_UNAVAILABLE: the escalation is recorded but the mail command failed.
    static let mailNotSent: Int32 = 69

    /// Opens the database and resolves who is acting, then runs `body` with the actions bound
    /// to them. Refusals become one line and their exit code: 77 roles (`AccessDenied`, mapped
    /// by `reportingFailures`), 65 the regulation's rules, 64 bad input, 66 no such item or page.
    static func run(_ global: GlobalOptions, context: RunContext,
                    _ body: (ModerationActions, DutyDeskDatabase) throws -> Void) throws {
        let database = try context.openDatabase()
        let who = try ResolvedOperator.resolve(global, context: context, database: database)
        do {
            try body(ModerationActions(database: database, actor: who.staff, now: context.now), database)
        } catch let refusal as ModerationRefusal {
            throw CommandFailure(refusal.message, exitCode: CommandFailure.dataError)
        } catch let problem as BlockTermProblem {
            throw CommandFailure(problem.message, exitCode: CommandFailure.usage)
        } catch let missing as ItemNotFound {
            throw CommandFailure(missing.message, exitCode: CommandFailure.noInput)
        } catch let missing as UnknownPage {
            throw CommandFailure(missing.message, exitCode: CommandFailure.noInput)
        }
    }

    /// Asks before a destructive action. `--yes` skips the question; without it, a terminal
    /// gets the question and a script (no terminal on standard input) is refused, so that
    /// nothing is destroyed by a command that nobody looked at.
    static func confirm(_ question: Localized, yes: Bool, language: Language) throws {
        if yes { return }
        guard isatty(STDIN_FILENO) == 1 else {
            throw CommandFailure(Localized(
                ru: "\(question.ru) — нужно подтверждение, а ввод не с терминала; добавьте --yes, чтобы подтвердить.",
                en: "\(question.en) — this needs a confirmation and input is not a terminal; add --yes to confirm."),
                exitCode: CommandFailure.usage)
        }
        let answer = ask(question.text(language) + Localized(ru: " [д/Н] ", en: " [y/N] ").text(language))
        guard ["y", "yes", "д", "да"].contains(answer.lowercased()) else {
            throw CommandFailure(Localized(ru: "Отменено; ничего не изменено.", en: "Cancelled; nothing changed."))
        }
    }

    /// One line from the terminal after a prompt on standard error (standard output stays for results).
    static func ask(_ prompt: String) -> String {
        FileHandle.standardError.write(Data(prompt.utf8))
        return (readLine() ?? "").trimmingCharacters(in: .whitespaces)
    }

    static var stdinIsTerminal: Bool { isatty(STDIN_FILENO) == 1 }

    /// A platform user id as people paste it: "266901473", "id266901473", or a vk.com/id… link.
    static func userID(_ text: String) throws -> Int64 {
        var trimmed = text.trimmingCharacters(in: .whitespaces)
        for prefix in ["https://vk.com/", "http://vk.com/", "vk.com/", "id"] where trimmed.hasPrefix(prefix) {
            trimmed.removeFirst(prefix.count)
        }
        guard let id = Int64(trimmed), id != 0 else {
            throw CommandFailure(Localized(
                ru: "«\(text)» — не идентификатор пользователя; укажите число, например 266901473 или id266901473.",
                en: "'\(text)' is not a user id; give a number such as 266901473 or id266901473."),
                exitCode: CommandFailure.usage)
        }
        return id
    }

    /// An item id as typed, with or without the "#" the listings show.
    static func itemID(_ text: String) throws -> Int64 {
        let digits = text.hasPrefix("#") ? String(text.dropFirst()) : text
        guard let id = Int64(digits), id > 0 else {
            throw CommandFailure(Localized(ru: "«\(text)» — не номер обращения (например 42).",
                                           en: "'\(text)' is not an item number (e.g. 42)."),
                                 exitCode: CommandFailure.usage)
        }
        return id
    }

    /// "insult — оскорбления сотрудников библиотеки или пользователей", one line per code.
    static var reasonList: Localized {
        Localized(ru: BlockReason.allCases.map { "  \($0.rawValue) — \($0.regulationText)" }.joined(separator: "\n"),
                  en: BlockReason.allCases.map { "  \($0.rawValue) — \($0.englishText)" }.joined(separator: "\n"))
    }

    static func reasonText(_ reason: BlockReason?) -> Localized {
        guard let reason else { return Localized(ru: "без кода регламента", en: "no regulation code") }
        // The code is English; a Russian sentence gives the regulation's own words instead.
        return Localized(ru: reason.regulationText, en: "\(reason.rawValue) (\(reason.englishText))")
    }
}
