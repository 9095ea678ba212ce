import DutyDeskCore
import DutyDeskStore
import Foundation

/// `dutydesk snapshot`: the screen the program would show after the given keys, as plain
/// text, through the same update and view code. It reads only: opening an item here does not
/// mark it read, and filters changed here are not remembered.
public enum Snapshot {
    public static func render(_ launch: TUILaunch, size: ScreenSize, keys: [Key]) throws -> String {
        let backend = try DatabaseBackend(database: launch.database, staff: launch.staff, watchChanges: false)
        return render(backend: backend, state: launch.initialState(size: size), keys: keys)
    }

    public static func render(backend: any InboxBackend, state: AppState, keys: [Key]) -> String {
        let runtime = AppRuntime.inline(state: state, backend: backend, allowsWrites: false)
        runtime.start()
        for key in keys {
            runtime.send(.key(key))
            if runtime.wantsQuit { break }
        }
        return ScreenView.render(runtime.state).plainText
    }
}
