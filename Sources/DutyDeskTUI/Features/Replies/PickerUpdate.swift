import DutyDeskCore
import DutyDeskStore

/// The template picker's keys: move, choose (into a new composer or appended to the open one),
/// free text, close.
enum PickerUpdate {
    static func command(_ command: RepliesUICommand, _ state: inout AppState) -> [Effect] {
        guard var picker = state.replies.picker else { return [] }
        let catalog = state.replies.templates?.catalog
        let count = picker.flatMatches(in: catalog).count
        switch command {
        case .pickerUp:
            picker.selected = max(picker.selected - 1, 0)
        case .pickerDown:
            picker.selected = min(picker.selected + 1, max(count - 1, 0))
        case .pickerErase:
            if !picker.query.isEmpty { picker.query.removeLast() }
            picker.selected = 0
        case .pickerClose:
            state.replies.picker = nil
            RepliesNotices.clearOwnError(&state)
            return []
        case .pickerFreeText:
            state.replies.picker = nil
            if !picker.appending {
                state.replies.composer = ComposerState(item: picker.item, text: ComposerText(), templateIDs: [])
            }
            return []
        case .pickerChoose:
            let matches = picker.flatMatches(in: catalog)
            guard let catalog, matches.indices.contains(picker.selected) else { return [] }
            return choose(matches[picker.selected], catalog: catalog, picker: picker, &state)
        default:
            return []
        }
        state.replies.picker = picker
        return []
    }

    static func choose(_ template: ReplyTemplate, catalog: TemplateCatalog, picker: ReplyPickerState,
                       _ state: inout AppState) -> [Effect] {
        let text: String
        do throws(RenderFailure) {
            text = try catalog.renderer.render([template.id], context: picker.item.context).text
        } catch {
            RepliesNotices.error(error.message, &state)
            return []
        }
        state.replies.picker = nil
        var composer = (picker.appending ? state.replies.composer : nil)
            ?? ComposerState(item: picker.item, text: ComposerText(), templateIDs: [])
        let start = composer.text.appendParagraph(text)
        composer.templateIDs.append(template.id)
        // Straight to the first field the template asks for, ready to be typed over.
        if !composer.text.selectNextField(from: start) { composer.text.place(cursor: composer.text.characters.count) }
        let effects = ComposerUpdate.changed(&composer, state)
        state.replies.composer = composer
        return effects
    }
}
