#ifndef CNCURSESW_H
#define CNCURSESW_H

// Wide-character ncurses: these must come before the include, or Cyrillic and emoji draw as blanks.
#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1
#include <ncursesw/ncurses.h>
#include <wchar.h>

// Swift cannot import ncurses' macros and its mutable global `stdscr`; these wrap them.
WINDOW *dd_stdscr(void);
int dd_lines(void);
int dd_cols(void);
void dd_getmaxyx(WINDOW *win, int *rows, int *cols);
int dd_color_pair(int pair);
int dd_attr_bold(void);
int dd_attr_reverse(void);
int dd_attr_underline(void);
int dd_attr_dim(void);
int dd_attr_normal(void);
int dd_key_resize(void);
int dd_key_up(void);
int dd_key_down(void);
int dd_key_left(void);
int dd_key_right(void);
int dd_key_npage(void);
int dd_key_ppage(void);
int dd_key_home(void);
int dd_key_end(void);
int dd_key_enter(void);
int dd_key_backspace(void);
int dd_key_dc(void);
int dd_key_btab(void);
int dd_key_mouse(void);
int dd_attr_italic(void);
int dd_attr_standout(void);
int dd_key_f(int n);
int dd_colors(void);
int dd_color_pairs(void);
// Sets the attributes and colour pair that the next writes use.
void dd_set_style(int attributes, int pair);
// Writes `length` wide characters at (row, column) in the current style.
int dd_put_text(int row, int column, const wchar_t *text, int length);
// The next refresh repaints every cell (Ctrl-L).
void dd_repaint_all(void);

// Mouse: presses of the first button and the wheel, reported at once (no click timing).
void dd_mouse_on(void);
// Reads the pending mouse event: kind 1 = press, 2 = wheel up, 3 = wheel down, 0 = other.
int dd_read_mouse(int *kind, int *row, int *column);

// Starts curses on stdin/stdout; unlike initscr it returns -1 instead of exiting on a bad TERM.
int dd_start_screen(void);
// 1 when the current LC_CTYPE codeset is UTF-8.
int dd_codeset_is_utf8(void);

// Terminal restoration on every way out. Call dd_save_terminal before initscr (it keeps the
// terminal modes), dd_prepare_restore after it (it keeps the escape sequences that undo the
// full-screen mode), then dd_install_signal_handlers.
void dd_save_terminal(void);
void dd_prepare_restore(void);
// SIGTERM, SIGINT, SIGHUP, SIGQUIT set a flag the main loop reads (dd_take_quit_signal);
// crash signals restore the terminal at once, then let the previous handler run.
void dd_install_signal_handlers(void);
// The quit signal received since the last call, or 0.
int dd_take_quit_signal(void);
// Restores the terminal with async-signal-safe calls only (also used by the crash handler).
void dd_emergency_restore(void);

// Starts `path` with stdin, stdout and stderr on a new pseudo-terminal of rows × columns, in its
// own session. Returns 0 and the master side and process id, or an errno value.
int dd_spawn_in_pty(const char *path, char *const argv[], char *const envp[], int row_count, int column_count,
                    int *master, int *pid);

// get_wch with the key written to an int; returns OK, KEY_CODE_YES or ERR.
int dd_get_wch(int *key);
// Terminal cells a wide string needs; -1 when it has a non-printable character.
int dd_wcswidth(const wchar_t *text, size_t length);
int dd_wcwidth(wchar_t character);

#endif
