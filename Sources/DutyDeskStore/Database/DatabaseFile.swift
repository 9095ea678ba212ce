#if canImport(Darwin)
import Darwin
#elseif canImport(Glibc)
import Glibc
#endif
import Foundation

/// Creates the database file and its folder with the permissions dutydesk relies on, before
/// SQLite touches them.
///
/// File permissions are the real boundary between staff (spec: "Who uses it"). SQLite would
/// create a new file as 0644 minus the umask, readable by every local user; so dutydesk creates
/// the file itself: 0600 (the owner only), or 0660 when the folder is group-shared, so that the
/// group's administrators can all write it. SQLite gives the `-wal` and `-shm` companions the
/// same mode as the database file, so they follow.
enum DatabaseFile {
    /// Private by default: a folder dutydesk creates holds one person's inbox until an
    /// administrator deliberately shares it (group ownership plus the setgid bit).
    static let newFolderMode: mode_t = 0o700
    static let privateFileMode: mode_t = 0o600
    static let sharedFileMode: mode_t = 0o660

    /// Creates the parent folder when missing and an empty database file when missing.
    /// An existing file keeps its mode: whoever set it up knew better.
    static func prepare(path: String) throws(DatabaseOpenError) {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        if !FileManager.default.fileExists(atPath: folder) {
            do {
                try FileManager.default.createDirectory(
                    atPath: folder, withIntermediateDirectories: true,
                    attributes: [.posixPermissions: NSNumber(value: newFolderMode)])
            } catch {
                throw .cannotCreateFolder(path: folder, reason: "\(error.localizedDescription)")
            }
        }
        try createFileIfMissing(path: path, mode: isGroupShared(folder: folder) ? sharedFileMode : privateFileMode)
    }

    /// A folder is group-shared when its group may write in it, or when it has the setgid bit
    /// (new files then belong to the folder's group: the usual way to share a folder on Unix).
    static func isGroupShared(folder: String) -> Bool {
        var info = stat()
        guard stat(folder, &info) == 0 else { return false }
        return info.st_mode & S_IWGRP != 0 || info.st_mode & S_ISGID != 0
    }

    /// O_EXCL makes this safe when two dutydesk processes start at once: exactly one creates
    /// the file, the other finds it existing. An empty file is a valid, empty SQLite database.
    private static func createFileIfMissing(path: String, mode: mode_t) throws(DatabaseOpenError) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
        if descriptor < 0 {
            let code = errno
            if code == EEXIST { return }
            throw .cannotCreateFile(path: path, reason: String(cString: strerror(code)))
        }
        defer { close(descriptor) }
        // open() applies the umask (often 022, which would drop the group's write bit);
        // fchmod() does not, so the file gets exactly the intended mode.
        if fchmod(descriptor, mode) != 0 {
            let code = errno
            throw .cannotCreateFile(path: path, reason: String(cString: strerror(code)))
        }
    }
}
