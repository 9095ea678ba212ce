/// The duty feature's part of `update`: pure, like the rest.
enum DutyUIUpdate {
    static func apply(_ action: DutyUIAction, _ state: inout AppState) -> [Effect] {
        switch action {}
    }

    static func command(_ command: DutyUICommand, key: Key, _ state: inout AppState) -> [Effect] {
        switch command {}
    }

    /// A key no binding took while this feature has the keys (typing into a field).
    static func unboundKey(_ key: Key, _ context: DutyKeyContext, _ state: inout AppState) -> [Effect] { [] }

    /// The duty panel was just shown.
    static func panelEntered(_ state: inout AppState) -> [Effect] { [] }

    /// Another process (or this one) committed to the database.
    static func databaseChanged(_ state: inout AppState) -> [Effect] { [] }
}
