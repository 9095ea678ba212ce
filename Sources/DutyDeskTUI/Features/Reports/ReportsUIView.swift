/// Draws the reports panel and the reports feature's forms.
enum ReportsUIView {
    static func drawPanel(_ state: AppState, on canvas: inout Canvas) {
        ReportPanelView.draw(state, on: &canvas)
    }

    /// Forms over the panel; drawn after the panel and before the help overlay.
    static func drawModal(_ state: AppState, on canvas: inout Canvas) {
        if let history = state.reports.history {
            ItemHistoryView.draw(history, state, on: &canvas)
        }
    }
}
