#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Where escalation mails are written: `outbox-mail/` beside the database file, so that the
/// colleagues who share the database share the mails as well (and the default database under
/// `$XDG_DATA_HOME/dutydesk/` puts them in `$XDG_DATA_HOME/dutydesk/outbox-mail/`).
///
/// A mail quotes a reader's message and names them: personal data. The folder and files are
/// private to the owner, or to the group when the database's folder is group-shared, exactly
/// like the database itself.
public enum MailOutbox {
    public static func folder(forDatabaseAt databasePath: String) -> String {
        let parent = URL(fileURLWithPath: databasePath).deletingLastPathComponent().path
        return parent + "/outbox-mail"
    }

    public struct WriteFailed: Error, CustomStringConvertible {
        public let path: String
        public let reason: String
        public var description: String { "cannot write \(path): \(reason)" }
    }

    /// Writes `text` to a new file named after the item and the instant; never overwrites an
    /// earlier mail (a second escalation of the same item in the same second gets "-2").
    static func write(_ text: String, itemID: Int64, at instant: Date, databasePath: String) throws -> String {
        let databaseFolder = URL(fileURLWithPath: databasePath).deletingLastPathComponent().path
        let shared = DatabaseFile.isGroupShared(folder: databaseFolder)
        let folder = folder(forDatabaseAt: databasePath)
        if !FileManager.default.fileExists(atPath: folder) {
            do {
                try FileManager.default.createDirectory(
                    atPath: folder, withIntermediateDirectories: true,
                    attributes: [.posixPermissions: NSNumber(value: shared ? 0o770 : 0o700)])
            } catch {
                throw WriteFailed(path: folder, reason: error.localizedDescription)
            }
        }
        let stamp = stamp(instant)
        let mode: mode_t = shared ? 0o660 : 0o600
        for attempt in 1...100 {
            let suffix = attempt == 1 ? "" : "-\(attempt)"
            let path = "\(folder)/escalation-item\(itemID)-\(stamp)\(suffix).eml"
            let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
            if descriptor < 0 {
                if errno == EEXIST { continue }
                throw WriteFailed(path: path, reason: String(cString: strerror(errno)))
            }
            defer { close(descriptor) }
            _ = fchmod(descriptor, mode)
            let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: false)
            do {
                try handle.write(contentsOf: Data(text.utf8))
            } catch {
                throw WriteFailed(path: path, reason: error.localizedDescription)
            }
            return path
        }
        throw WriteFailed(path: folder, reason: "too many mails for item \(itemID) at \(stamp)")
    }

    private static func stamp(_ instant: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd'T'HHmmss'Z'"
        return formatter.string(from: instant)
    }
}
