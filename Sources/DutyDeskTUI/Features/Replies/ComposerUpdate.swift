import DutyDeskCore
import DutyDeskStore

/// The composer's keys: editing, fields, templates, the personal-data mark, the external
/// editor, sending with its checks, and the draft saved after every change.
enum ComposerUpdate {
    static func command(_ command: RepliesUICommand, key: Key, _ state: inout AppState) -> [Effect] {
        guard var composer = state.replies.composer else { return [] }
        let width = ComposerGeometry(size: state.size).textWidth
        var effects: [Effect] = []
        switch command {
        case .edit:
            switch key {
            case .left: composer.text.moveLeft()
            case .right: composer.text.moveRight()
            case .up: composer.text.moveVertically(by: -1, width: width)
            case .down: composer.text.moveVertically(by: 1, width: width)
            case .home: composer.text.moveToRowStart(width: width)
            case .end: composer.text.moveToRowEnd(width: width)
            case .backspace:
                composer.text.backspace()
                effects = changed(&composer, state)
            case .delete:
                composer.text.deleteForward()
                effects = changed(&composer, state)
            case .enter:
                composer.text.insert("\n")
                effects = changed(&composer, state)
            default: break
            }
            scrollToCursor(&composer, state)
        case .nextField:
            if !composer.text.selectNextField() {
                state.notice = Notice(Localized(ru: "Незаполненных полей {{…}} нет", en: "No unfilled {{…}} fields left"),
                                      role: .ok, at: state.uptime)
            }
            scrollToCursor(&composer, state)
        case .addTemplate:
            state.replies.picker = ReplyPickerState(item: composer.item, appending: true)
        case .togglePersonalData:
            composer.personalData.toggle()
            composer.problem = nil
        case .externalEditor:
            effects = [.replies(.editExternally(itemID: composer.item.itemID, text: composer.text.text))]
        case .send:
            effects = send(&composer, templates: state.replies.templates)
        case .messageUp, .messageDown:
            let geometry = ComposerGeometry(composer, state)
            let lines = ComposerMessage.lines(composer, language: state.language, width: geometry.box.innerWidth,
                                                 catalog: state.replies.templates?.catalog).lines.count
            let step = max(geometry.messageRows - 1, 1)
            let scroll = ComposerView.messageScroll(composer, lines: lines, rows: geometry.messageRows)
            composer.messageScroll = command == .messageUp ? max(scroll - step, 0)
                                                           : min(scroll + step, max(lines - geometry.messageRows, 0))
        case .categoryUp, .categoryDown:
            if case .category(let choices, let selected) = composer.question {
                let moved = command == .categoryUp ? max(selected - 1, 0) : min(selected + 1, choices.count - 1)
                composer.question = .category(choices: choices, selected: moved)
            }
        case .categoryChoose:
            if case .category(let choices, let selected) = composer.question, choices.indices.contains(selected) {
                composer.question = nil
                composer.category = choices[selected]
                effects = send(&composer, templates: state.replies.templates)
            }
        case .closeComposer:
            let effects = saveNow(&composer)
            state.replies.composer = nil
            RepliesNotices.clearOwnError(&state)
            if composer.text.text.contains(where: { !$0.isWhitespace }) {
                state.notice = Notice(Localized(ru: "Черновик сохранён; r на обращении — продолжить",
                                                en: "Draft kept; r on the item continues it"), role: .ok, at: state.uptime)
            }
            return effects
        case .answerYes:
            switch composer.question {
            case .sendDespite:
                composer.question = nil
                effects = sendEffects(&composer, templates: state.replies.templates, confirmed: true)
            case .takeOver:
                composer.question = nil
                composer.takingOver = true
                composer.revision += 1
                effects = saveIfIdle(&composer)
            case .category, nil: break
            }
        case .answerNo:
            if case .takeOver(let username) = composer.question {
                guard composer.revision > 0 else {
                    // Opened on a colleague's draft and nothing typed: leave their draft as it is.
                    state.replies.composer = nil
                    return []
                }
                // The colleague started while this text was being typed: keep it on screen, unsaved.
                composer.problem = Localized(
                    ru: "Черновик не сохранён: над ответом работает \(username). Скопируйте текст или продолжите вместо коллеги.",
                    en: "Draft not saved: \(username) is writing this reply. Copy the text or take the draft over.")
            }
            composer.question = nil
        default:
            break
        }
        state.replies.composer = composer
        return effects
    }

    /// The text changed: count it, keep the cursor in view, save the draft.
    static func changed(_ composer: inout ComposerState, _ state: AppState) -> [Effect] {
        composer.revision += 1
        composer.problem = nil
        composer.messageScroll = 0
        scrollToCursor(&composer, state)
        return saveIfIdle(&composer)
    }

    /// One save at a time: the next starts when the last is confirmed, with the text as it is
    /// by then, so fast typing costs a few writes, not one per key.
    static func saveIfIdle(_ composer: inout ComposerState) -> [Effect] {
        guard composer.savingRevision == nil, composer.revision != composer.savedRevision,
              composer.question == nil || composer.takingOver else { return [] }
        return saveNow(&composer)
    }

    static func saveNow(_ composer: inout ComposerState) -> [Effect] {
        guard composer.revision != composer.savedRevision else { return [] }
        composer.savingRevision = composer.revision
        return [.replies(.saveDraft(itemID: composer.item.itemID, text: composer.text.text,
                                    templateIDs: composer.templateIDs, takingOver: composer.takingOver,
                                    revision: composer.revision))]
    }

    /// Runs the checks from `rules.yaml`: a blocking rule refuses with its clause, warnings ask.
    static func send(_ composer: inout ComposerState, templates: TemplatesRef?) -> [Effect] {
        guard !composer.sending else { return [] }
        // Whatever the check box says next starts at its top.
        composer.messageScroll = 0
        guard let templates else {
            composer.problem = Localized(
                ru: "Папка шаблонов и правил не найдена: ответ нельзя проверить и отправить (DUTYDESK_TEMPLATES).",
                en: "No templates and rules folder found: the reply cannot be checked or sent (DUTYDESK_TEMPLATES).")
            return []
        }
        let report = report(composer, templates.catalog)
        if !report.blocking.isEmpty {
            let refusal = ReplyRefusal.blocked(report.blocking).message
            let next = ComposerMessage.nextStep(after: report.blocking, rules: templates.catalog.rules)
            composer.problem = Localized(ru: refusal.ru + " " + next.ru, en: refusal.en + " " + next.en)
            return []
        }
        if composer.needsCategory {
            composer.question = .category(choices: categoryChoices(templates.catalog), selected: 0)
            return []
        }
        if !report.warnings.isEmpty {
            composer.question = .sendDespite(report.warnings)
            return []
        }
        return sendEffects(&composer, templates: templates, confirmed: false)
    }

    /// The request types offered for a free-text reply: those the approved templates answer,
    /// in the order of the regulation's list, and «другое» for the rest.
    static func categoryChoices(_ catalog: TemplateCatalog) -> [RequestCategory] {
        let used = Set(catalog.library.templates.map(\.category))
        return RequestCategory.allCases.filter { used.contains($0) || $0 == .other }
    }

    static func report(_ composer: ComposerState, _ catalog: TemplateCatalog) -> ReplyCheckReport {
        catalog.checks.check(composer.text.text, facts: ReplyChecks.Facts(
            channel: composer.item.channel, network: composer.item.network, personalData: composer.personalData))
    }

    static func sendEffects(_ composer: inout ComposerState, templates: TemplatesRef?, confirmed: Bool) -> [Effect] {
        composer.sending = true
        composer.problem = nil
        let request = ReplyRequest(itemID: composer.item.itemID, templateIDs: composer.templateIDs,
                                   text: composer.text.text, personalData: composer.personalData,
                                   category: composer.templateIDs.isEmpty ? composer.category : nil,
                                   warningsConfirmed: confirmed)
        return [.replies(.send(request, templates))]
    }

    static func scrollToCursor(_ composer: inout ComposerState, _ state: AppState) {
        let geometry = ComposerGeometry(composer, state)
        let row = ComposerLayout(composer.text.characters, width: geometry.textWidth).position(of: composer.text.cursor).row
        if row < composer.scroll { composer.scroll = row }
        if row >= composer.scroll + geometry.textRows { composer.scroll = row - geometry.textRows + 1 }
    }
}
