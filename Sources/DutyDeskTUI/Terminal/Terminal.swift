import CNcursesw
import DutyDeskCore
import Foundation

/// The only code that talks to ncurses: starts and ends the full-screen mode, draws canvases,
/// reads input. Everything else works on values.
public final class Terminal {
    public struct NoUTF8: OperatorFacingError {
        public var message: Localized {
            Localized(ru: "Нужна локаль UTF-8 (например LANG=C.UTF-8): без неё кириллица не видна.",
                      en: "dutydesk needs a UTF-8 locale (e.g. LANG=C.UTF-8): without one Cyrillic is not drawn.")
        }
    }

    public struct NotATerminal: OperatorFacingError {
        public var message: Localized {
            Localized(ru: "Не удаётся запустить экранный режим: терминал не поддерживается (TERM?).",
                      en: "Cannot start the full-screen mode: the terminal is not supported (TERM?).")
        }
    }

    private var painter: TerminalPainter
    private var running = false

    public init(theme: Theme) throws {
        try Self.ensureUTF8Locale()
        dd_save_terminal()
        // newterm instead of initscr: initscr exits the process on a bad TERM; this returns nil.
        guard dd_start_screen() == 0 else { throw NotATerminal() }
        running = true
        dd_prepare_restore()
        dd_install_signal_handlers()
        raw()
        noecho()
        nonl()
        keypad(dd_stdscr(), true)
        curs_set(0)
        set_escdelay(25)
        dd_mouse_on()
        painter = TerminalPainter(theme: theme)
    }

    deinit { stop() }

    /// Leaves the full-screen mode and gives the terminal back as it was. Safe to call twice.
    public func stop() {
        guard running else { return }
        running = false
        endwin()
        dd_emergency_restore()
    }

    public var size: ScreenSize {
        var rows: Int32 = 0, columns: Int32 = 0
        dd_getmaxyx(dd_stdscr(), &rows, &columns)
        return ScreenSize(width: Int(columns), height: Int(rows))
    }

    public func draw(_ canvas: Canvas) {
        painter.draw(canvas)
    }

    /// Forgets what is on screen, so the next draw repaints everything (Ctrl-L, resize).
    public func repaintAll() {
        painter.forget()
        dd_repaint_all()
    }

    /// Leaves the full-screen mode while `body` runs a program on the terminal (an editor),
    /// then takes the screen back and repaints it.
    public func suspended<T>(_ body: () -> T) -> T {
        def_prog_mode()
        endwin()
        let result = body()
        reset_prog_mode()
        repaintAll()
        return result
    }

    /// Bytes for the terminal itself, not the screen (OSC 52). ncurses has flushed its own
    /// output by the time this runs, between frames.
    public func writeControl(_ sequence: String) {
        FileHandle.standardOutput.write(Data(sequence.utf8))
    }

    public func read(timeoutMilliseconds: Int32) -> TerminalInput.Event? {
        TerminalInput.read(timeoutMilliseconds: timeoutMilliseconds, size: { self.size })
    }

    /// The quit signal (SIGTERM, SIGINT, SIGHUP) received since the last call, or nil.
    public static func takeQuitSignal() -> Int32? {
        let signal = dd_take_quit_signal()
        return signal == 0 ? nil : signal
    }

    /// ncurses draws wide characters as blanks without a UTF-8 locale: insist on one.
    static func ensureUTF8Locale() throws {
        setlocale(LC_ALL, "")
        if Self.codesetIsUTF8 { return }
        if setlocale(LC_CTYPE, "C.UTF-8") != nil, Self.codesetIsUTF8 { return }
        throw NoUTF8()
    }

    static var codesetIsUTF8: Bool { dd_codeset_is_utf8() == 1 }
}
