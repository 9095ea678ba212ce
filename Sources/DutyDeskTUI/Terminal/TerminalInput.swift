import CNcursesw

/// Turns what ncurses reads into key, mouse and resize events.
public enum TerminalInput {
    public enum Event: Equatable, Sendable {
        case key(Key)
        case mouse(MouseEvent)
        case resize(ScreenSize)
    }

    static func read(timeoutMilliseconds: Int32, size: () -> ScreenSize) -> Event? {
        wtimeout(dd_stdscr(), timeoutMilliseconds)
        var code: Int32 = 0
        switch dd_get_wch(&code) {
        case OK:
            return character(code).map(Event.key)
        case KEY_CODE_YES:
            if code == dd_key_resize() { return .resize(size()) }
            if code == dd_key_mouse() { return mouse() }
            return special(code).map(Event.key)
        default:
            return nil
        }
    }

    static func character(_ code: Int32) -> Key? {
        switch code {
        case 27: return .escape
        case 10, 13: return .enter
        case 9: return .tab
        case 8, 127: return .backspace
        case 1...26:
            return .control(Character(Unicode.Scalar(UInt8(code) + 96)))
        default:
            guard code >= 32, let scalar = Unicode.Scalar(UInt32(code)) else { return nil }
            return .character(Character(scalar))
        }
    }

    static func special(_ code: Int32) -> Key? {
        let table: [(Int32, Key)] = [
            (dd_key_up(), .up), (dd_key_down(), .down), (dd_key_left(), .left), (dd_key_right(), .right),
            (dd_key_ppage(), .pageUp), (dd_key_npage(), .pageDown), (dd_key_home(), .home), (dd_key_end(), .end),
            (dd_key_enter(), .enter), (dd_key_backspace(), .backspace), (dd_key_dc(), .delete), (dd_key_btab(), .backTab),
        ]
        if let match = table.first(where: { $0.0 == code }) { return match.1 }
        for n in 1...12 where dd_key_f(Int32(n)) == code { return .function(n) }
        return nil
    }

    static func mouse() -> Event? {
        var kind: Int32 = 0, row: Int32 = 0, column: Int32 = 0
        guard dd_read_mouse(&kind, &row, &column) == OK else { return nil }
        let mapped: MouseEvent.Kind
        switch kind {
        case 1: mapped = .press
        case 2: mapped = .wheelUp
        case 3: mapped = .wheelDown
        default: return nil
        }
        return .mouse(MouseEvent(mapped, row: Int(row), column: Int(column)))
    }
}
