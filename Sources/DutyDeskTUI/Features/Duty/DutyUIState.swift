import DutyDeskCore

/// What the duty feature keeps between frames: its panel (duty) and any form it has open.
public struct DutyUIState: Sendable {
    /// The page (or department) shown; nil until the first load picks one (the inbox's page
    /// filter, else a page the operator coordinates, else one they work on, else the first).
    public var scope: DutyScope?
    /// Any date of the week shown; nil: this week.
    public var weekOf: LocalDate?
    /// The last week loaded; nil before the panel was first shown.
    public var data: DutyPanelData?
    public var loadError: Localized?
    /// A reload for the moving clock is on its way (one at a time).
    public var refreshing = false
    /// The shift under the cursor, by id, so a reload keeps it.
    public var selectedShiftID: Int64?
    /// The first shift of a swap, marked with `s` until the second one is chosen.
    public var swapMark: Int64?
    public var form: DutyForm?

    public init() {}

    /// Shifts of the week in screen order, each once.
    public var shiftsInOrder: [Shift] { data?.shiftsInOrder ?? [] }

    public var selectedShift: Shift? {
        shiftsInOrder.first { $0.id == selectedShiftID }
    }

    /// The page an edit key acts on: the selected shift's, else the first page shown.
    public var targetPageID: String? {
        if let shift = selectedShift { return shift.pageID }
        if let first = data?.pageIDs.first { return first }
        if case .page(let id) = scope { return id }
        return nil
    }
}
