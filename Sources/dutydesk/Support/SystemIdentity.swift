import Glibc

/// The operating-system user running dutydesk, from the real user id: `$USER` can be set to
/// anything, `getuid` cannot.
enum SystemIdentity {
    static var uid: uid_t { getuid() }

    static var isRoot: Bool { getuid() == 0 }

    static var username: String {
        guard let entry = getpwuid(getuid()), let name = entry.pointee.pw_name else {
            return "uid\(getuid())"
        }
        return String(cString: name)
    }
}
