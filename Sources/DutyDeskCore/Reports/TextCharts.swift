/// Charts drawn with text characters for the Reports panel: every character here is one
/// terminal cell wide, so a chart's width in cells is its character count.
public enum TextBars {
    /// Eighth blocks, so a bar grows in steps of 1/8 of a cell.
    static let eighths: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉"]

    /// A bar `width` cells long filled in proportion to `fraction` (clamped to 0…1), padded with
    /// spaces: `bar(0.5, width: 4)` is "██  ". Rounded to the nearest eighth of a cell.
    public static func bar(_ fraction: Double, width: Int) -> String {
        guard width > 0 else { return "" }
        let clamped = fraction.isNaN ? 0 : min(1, max(0, fraction))
        let total = Int((clamped * Double(width * 8)).rounded())
        var text = String(repeating: "█", count: total / 8)
        if total % 8 > 0 { text.append(eighths[total % 8 - 1]) }
        return text + String(repeating: " ", count: width - (total + 7) / 8)
    }
}

/// A one-line chart of a series: one character per value, eight heights.
public enum Sparkline {
    static let levels: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    /// Scaled to `maximum` (default: the series' own largest value) so that two series can share
    /// a scale, e.g. volume and overdue. Zero is a space, so an empty week reads as empty; any
    /// value above zero shows at least the lowest bar.
    public static func line(_ values: [Int], maximum: Int? = nil) -> String {
        let top = max(maximum ?? values.max() ?? 0, 1)
        return String(values.map { value -> Character in
            guard value > 0 else { return " " }
            let level = (min(value, top) * levels.count + top - 1) / top
            return levels[max(1, level) - 1]
        })
    }
}
