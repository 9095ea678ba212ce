/// Where things go on a screen of a given size; shared by the views and by `update` (a mouse
/// click is turned into a list row with the same numbers the list was drawn with).
public struct Layout: Equatable, Sendable {
    public let size: ScreenSize

    public init(size: ScreenSize) {
        self.size = size
    }

    public var isTooSmall: Bool { size.isTooSmall }
    public var width: Int { size.width }

    /// Two header lines: the panels and clock, then the filter, duty and counters.
    public let headerRows = 2
    /// The line under the header: column titles, or the opened item's title.
    public let titleRow = 2
    public var bodyTop: Int { 3 }
    public var statusRow: Int { size.height - 2 }
    public var footerRow: Int { size.height - 1 }
    /// Lines of the inbox list (and of a placeholder panel).
    public var listRows: Int { max(statusRow - bodyTop, 0) }
    /// The detail view keeps one line under the title for who has read the item.
    public var detailBodyTop: Int { bodyTop + 1 }
    public var detailRows: Int { max(statusRow - detailBodyTop, 0) }

    /// The list row at screen line `y`, if `y` is a list line.
    public func listIndex(atScreenRow y: Int, top: Int) -> Int? {
        guard y >= bodyTop, y < statusRow else { return nil }
        return top + (y - bodyTop)
    }

    /// The inbox columns at this width: marks, countdown, page, kind, author, text.
    public var columns: ListColumns { ListColumns(width: size.width) }
}

public struct ListColumns: Equatable, Sendable {
    public let marks: Range<Int>
    public let countdown: Range<Int>
    public let page: Range<Int>
    public let kind: Range<Int>
    public let author: Range<Int>
    public let text: Range<Int>
    /// Narrow screens use the short kind labels.
    public let narrow: Bool

    init(width: Int) {
        narrow = width < 80
        let countdownWidth = width >= 100 ? 24 : (width >= 80 ? 18 : 13)
        let pageWidth = width >= 80 ? 10 : 8
        let kindWidth = narrow ? 4 : 8
        let authorWidth = width >= 100 ? 16 : (width >= 80 ? 14 : 10)
        var x = 1
        func take(_ n: Int) -> Range<Int> {
            defer { x += n + 1 }
            return x..<(x + n)
        }
        marks = take(5)
        countdown = take(countdownWidth)
        page = take(pageWidth)
        kind = take(kindWidth)
        author = take(authorWidth)
        text = x..<max(width - 1, x)
    }
}
