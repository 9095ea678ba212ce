/// State → Canvas: the whole screen, for the terminal and for `snapshot` alike.
public enum ScreenView {
    public static func render(_ state: AppState) -> Canvas {
        var canvas = Canvas(width: state.size.width, height: state.size.height)
        if state.size.isTooSmall {
            TooSmallView.draw(state, on: &canvas)
            return canvas
        }
        HeaderView.draw(state, on: &canvas)
        switch state.panel {
        case .inbox:
            if let detail = state.detail {
                DetailView.draw(state, detail, on: &canvas)
            } else {
                InboxListView.draw(state, on: &canvas)
            }
        case .outbox: RepliesUIView.drawPanel(state, on: &canvas)
        case .duty: DutyUIView.drawPanel(state, on: &canvas)
        case .reports: ReportsUIView.drawPanel(state, on: &canvas)
        case .blocks: ModerationUIView.drawPanel(state, on: &canvas)
        }
        RepliesUIView.drawModal(state, on: &canvas)
        ModerationUIView.drawModal(state, on: &canvas)
        DutyUIView.drawModal(state, on: &canvas)
        ReportsUIView.drawModal(state, on: &canvas)
        switch state.overlay {
        case .help(let scroll): HelpOverlayView.draw(state, scroll: scroll, on: &canvas)
        case .filters(let row): FilterMenuView.draw(state, row: row, on: &canvas)
        case .confirmQuit: ConfirmQuitView.draw(state, on: &canvas)
        case nil: break
        }
        BarsView.drawStatus(state, on: &canvas)
        BarsView.drawFooter(state, on: &canvas)
        return canvas
    }
}
