#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import GRDB

/// Which command, if any, receives escalation mails (sendmail-compatible: the whole message on
/// standard input, recipients from the headers, e.g. `/usr/sbin/sendmail -t -i`).
///
/// The environment's `DUTYDESK_MAIL_COMMAND` is the person's own choice and always counts. The
/// organisation's setting (the `mail_command` meta key) counts only when the database file is
/// writable by its owner alone: in a group-shared database any member could set it, and
/// dutydesk would then run their command as whoever escalates next.
public enum MailSettings {
    public static let metaKey = "mail_command"
    public static let environmentKey = "DUTYDESK_MAIL_COMMAND"

    public struct Resolved: Sendable, Equatable {
        public let command: String?
        /// The organisation's setting exists but was not used, because the file is shared.
        public let ignoredSharedSetting: Bool
    }

    public static func resolve(_ db: Database, environment: [String: String], databasePath: String) throws -> Resolved {
        if let own = environment[environmentKey], !own.trimmingCharacters(in: .whitespaces).isEmpty {
            return Resolved(command: own, ignoredSharedSetting: false)
        }
        guard let stored = try Meta.value(db, forKey: metaKey), !stored.trimmingCharacters(in: .whitespaces).isEmpty else {
            return Resolved(command: nil, ignoredSharedSetting: false)
        }
        guard isPrivate(databasePath) else { return Resolved(command: nil, ignoredSharedSetting: true) }
        return Resolved(command: stored, ignoredSharedSetting: false)
    }

    /// Sets (or, with nil, removes) the organisation's mail command.
    public static func setCommand(_ db: Database, _ command: String?) throws {
        try Meta.setValue(db, command, forKey: metaKey)
    }

    static func isPrivate(_ path: String) -> Bool {
        var info = stat()
        guard stat(path, &info) == 0 else { return false }
        return info.st_mode & (S_IWGRP | S_IWOTH) == 0
    }
}
