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
    /// Why the form's last Enter was refused (a rule, a right, a time not understood): shown in
    /// the form, which stays open to be corrected.
    public var formProblem: Localized?
    /// The form was submitted and its answer is on the way: a success closes it, a refusal
    /// becomes `formProblem`.
    public var formSubmitted = false
    /// The first line of the rotation preview's shift list shown (↑/↓ scroll it).
    public var previewScroll = 0

    /// Opens a form (or replaces the one open), with no problem shown yet.
    public mutating func open(_ form: DutyForm?) {
        self.form = form
        formProblem = nil
        formSubmitted = false
        previewScroll = 0
    }

    /// The form's change was asked for; the form waits for the answer.
    public mutating func submitted() {
        formProblem = nil
        formSubmitted = true
    }

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
