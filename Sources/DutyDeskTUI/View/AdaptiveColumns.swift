/// A table row that adapts to the terminal's width, the same for every row of a width (so the
/// columns stay aligned): while the columns do not fit at their preferred widths, the least
/// important optional one is left out; then the flexible ones shrink, the least important
/// first, down to their minimum. A column whose minimum equals its preferred width (a date, a
/// time) is shown whole or not at all, never cut in the middle.
struct AdaptiveColumns {
    struct Column {
        let text: String
        let minimum: Int
        let preferred: Int
        /// Higher is kept (and kept wide) longer.
        let importance: Int
        /// May be left out on a narrow terminal; the others only shrink.
        let optional: Bool

        init(_ text: String, minimum: Int, preferred: Int? = nil, importance: Int, optional: Bool = false) {
            self.text = text
            self.minimum = minimum
            self.preferred = max(preferred ?? minimum, minimum)
            self.importance = importance
            self.optional = optional
        }
    }

    /// The columns shown, in their order, with the width each gets.
    let shown: [(column: Column, width: Int)]

    init(_ columns: [Column], width: Int) {
        var kept = columns
        func total(_ set: [Column], _ cells: KeyPath<Column, Int>) -> Int {
            set.map { $0[keyPath: cells] }.reduce(0, +) + max(set.count - 1, 0)
        }
        func dropLeastImportant(where allowed: (Column) -> Bool) -> Bool {
            guard let least = kept.indices.filter({ allowed(kept[$0]) })
                .min(by: { kept[$0].importance < kept[$1].importance }) else { return false }
            kept.remove(at: least)
            return true
        }
        while total(kept, \.preferred) > width, dropLeastImportant(where: \.optional) {}
        while kept.count > 1, total(kept, \.minimum) > width, dropLeastImportant(where: { _ in true }) {}
        var widths = kept.map(\.preferred)
        var excess = total(kept, \.preferred) - width
        for index in kept.indices.sorted(by: { kept[$0].importance < kept[$1].importance }) where excess > 0 {
            let shrink = min(excess, kept[index].preferred - kept[index].minimum)
            widths[index] -= shrink
            excess -= shrink
        }
        shown = Array(zip(kept, widths)).map { (column: $0.0, width: $0.1) }
    }

    /// The row as text: each column cut to its width with "…" and padded, one space between.
    var line: String {
        shown.enumerated().map { index, entry in
            let cut = TextFitting.truncate(entry.column.text, to: entry.width)
            return index == shown.count - 1 ? cut : TextFitting.pad(cut, to: entry.width)
        }.joined(separator: " ")
    }
}
