/// Draws the outbox panel and the replies feature's forms.
enum RepliesUIView {
    static func drawPanel(_ state: AppState, on canvas: inout Canvas) {
        OutboxPanelView.draw(state, on: &canvas)
    }

    /// Forms over the panel; drawn after the panel and before the help overlay. The picker
    /// opened from the composer (Ctrl-T) is drawn over it.
    static func drawModal(_ state: AppState, on canvas: inout Canvas) {
        if let composer = state.replies.composer { ComposerView.draw(composer, state, on: &canvas) }
        if let picker = state.replies.picker { PickerView.draw(picker, state, on: &canvas) }
    }
}
