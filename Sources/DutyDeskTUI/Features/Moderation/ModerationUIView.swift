/// Draws the blocks panel and the moderation feature's forms.
enum ModerationUIView {
    static func drawPanel(_ state: AppState, on canvas: inout Canvas) {
        BlocksPanelView.draw(state, on: &canvas)
    }

    /// Forms over the panel; drawn after the panel and before the help overlay.
    static func drawModal(_ state: AppState, on canvas: inout Canvas) {
        guard let form = state.moderation.form else { return }
        ModerationFormView.draw(form, state, on: &canvas)
    }
}
