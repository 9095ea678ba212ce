/// How long a block still runs, in the blocks panel and in `dutydesk blocks`: coarse enough
/// to read at a glance ("6 д 23 ч", "5 ч 12 мин", "40 мин"), never "0 мин" while it still runs.
public enum BlockTimeLeft {
    public static func text(seconds: Int64) -> Localized {
        let minutes = max(seconds, 0) / 60
        let days = minutes / 1440, hours = minutes % 1440 / 60, rest = minutes % 60
        if days > 0 { return Localized(ru: "\(days) д \(hours) ч", en: "\(days) d \(hours) h") }
        if hours > 0 { return Localized(ru: "\(hours) ч \(rest) мин", en: "\(hours) h \(rest) min") }
        return Localized(ru: "\(max(rest, 1)) мин", en: "\(max(rest, 1)) min")
    }
}
