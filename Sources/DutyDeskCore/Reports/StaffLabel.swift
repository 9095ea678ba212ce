/// How the reports name a member of staff: "Демидова Ксения (demo)", or the username alone when
/// the staff list has no name for it. One wording for the quarterly report, the audit sample
/// and the duty messages.
public enum StaffLabel {
    public static func text(username: String, name: String?) -> String {
        name.map { "\($0) (\(username))" } ?? username
    }
}
