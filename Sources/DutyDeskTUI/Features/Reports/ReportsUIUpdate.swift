import DutyDeskCore

/// The reports feature's part of `update`: pure, like the rest.
enum ReportsUIUpdate {
    static func apply(_ action: ReportsUIAction, _ state: inout AppState) -> [Effect] {
        switch action {
        case .counted(let requested, let report):
            return ReportPanelUpdate.counted(requested, report, &state)
        case .countFailed(let requested, let message):
            return ReportPanelUpdate.failed(requested, message, &state)
        case .historyLoaded(let history):
            ItemHistoryUpdate.loaded(history, &state)
            return []
        case .historyFailed(let itemID, let message):
            ItemHistoryUpdate.failed(itemID, message, &state)
            return []
        }
    }

    static func command(_ command: ReportsUICommand, key: Key, _ state: inout AppState) -> [Effect] {
        switch command {
        case .openHistory:
            return ItemHistoryUpdate.open(&state)
        case .closeHistory:
            state.reports.history = nil
            return []
        case .scrollUp, .scrollDown, .scrollPageUp, .scrollPageDown, .scrollTop, .scrollBottom:
            if state.reports.history != nil {
                ItemHistoryUpdate.scroll(command, &state)
            } else {
                ReportPanelUpdate.scroll(command, &state)
            }
            return []
        case .cyclePage:
            ReportPanelUpdate.cyclePage(&state)
            return []
        case .previousQuarter:
            return ReportPanelUpdate.moveQuarter(by: -1, &state)
        case .nextQuarter:
            return ReportPanelUpdate.moveQuarter(by: 1, &state)
        }
    }

    /// A key no binding took while this feature has the keys (typing into a field).
    static func unboundKey(_ key: Key, _ context: ReportsKeyContext, _ state: inout AppState) -> [Effect] { [] }

    /// The reports panel was just shown.
    static func panelEntered(_ state: inout AppState) -> [Effect] {
        ReportPanelUpdate.entered(&state)
    }

    /// Another process (or this one) committed to the database.
    static func databaseChanged(_ state: inout AppState) -> [Effect] {
        ReportPanelUpdate.databaseChanged(&state) + ItemHistoryUpdate.databaseChanged(&state)
    }

    /// A second passed (`state.uptime` is already the new one): a recount held back may go now.
    static func tick(_ state: inout AppState) -> [Effect] {
        ReportPanelUpdate.tick(&state)
    }
}
