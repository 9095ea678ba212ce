#define _XOPEN_SOURCE 600
#define _DEFAULT_SOURCE 1
#include "CNcursesw.h"
#include <signal.h>
#include <string.h>
#include <strings.h>
#include <termios.h>
#include <unistd.h>
#include <langinfo.h>
#include <stdio.h>
#include <ncursesw/term.h>

WINDOW *dd_stdscr(void) { return stdscr; }
int dd_lines(void) { return LINES; }
int dd_cols(void) { return COLS; }
void dd_getmaxyx(WINDOW *win, int *rows, int *cols) {
    int r, c;
    getmaxyx(win, r, c);
    *rows = r;
    *cols = c;
}
int dd_color_pair(int pair) { return (int)COLOR_PAIR(pair); }
int dd_attr_bold(void) { return (int)A_BOLD; }
int dd_attr_reverse(void) { return (int)A_REVERSE; }
int dd_attr_underline(void) { return (int)A_UNDERLINE; }
int dd_attr_dim(void) { return (int)A_DIM; }
int dd_attr_normal(void) { return (int)A_NORMAL; }
int dd_key_resize(void) { return KEY_RESIZE; }
int dd_key_up(void) { return KEY_UP; }
int dd_key_down(void) { return KEY_DOWN; }
int dd_key_left(void) { return KEY_LEFT; }
int dd_key_right(void) { return KEY_RIGHT; }
int dd_key_npage(void) { return KEY_NPAGE; }
int dd_key_ppage(void) { return KEY_PPAGE; }
int dd_key_home(void) { return KEY_HOME; }
int dd_key_end(void) { return KEY_END; }
int dd_key_enter(void) { return KEY_ENTER; }
int dd_key_backspace(void) { return KEY_BACKSPACE; }
int dd_key_dc(void) { return KEY_DC; }
int dd_key_btab(void) { return KEY_BTAB; }
int dd_key_mouse(void) { return KEY_MOUSE; }
int dd_get_wch(int *key) {
    wint_t ch = 0;
    int result = get_wch(&ch);
    *key = (int)ch;
    return result;
}
int dd_wcswidth(const wchar_t *text, size_t length) { return wcswidth(text, length); }
int dd_wcwidth(wchar_t character) { return wcwidth(character); }

int dd_attr_italic(void) { return (int)A_ITALIC; }
int dd_attr_standout(void) { return (int)A_STANDOUT; }
int dd_key_f(int n) { return KEY_F(n); }
int dd_colors(void) { return COLORS; }
int dd_color_pairs(void) { return COLOR_PAIRS; }
void dd_set_style(int attributes, int pair) { wattr_set(stdscr, (attr_t)attributes, (short)pair, NULL); }
int dd_put_text(int row, int column, const wchar_t *text, int length) {
    return mvwaddnwstr(stdscr, row, column, text, length);
}
void dd_repaint_all(void) { clearok(curscr, TRUE); }

void dd_mouse_on(void) {
    mmask_t wanted = BUTTON1_PRESSED | BUTTON4_PRESSED;
#ifdef BUTTON5_PRESSED
    wanted |= BUTTON5_PRESSED;
#endif
    mousemask(wanted, NULL);
    mouseinterval(0);
}

int dd_read_mouse(int *kind, int *row, int *column) {
    MEVENT event;
    if (getmouse(&event) != OK) return ERR;
    *row = event.y;
    *column = event.x;
    *kind = 0;
    if (event.bstate & BUTTON1_PRESSED) *kind = 1;
    else if (event.bstate & BUTTON4_PRESSED) *kind = 2;
#ifdef BUTTON5_PRESSED
    else if (event.bstate & BUTTON5_PRESSED) *kind = 3;
#endif
    return OK;
}

/* --- Restoring the terminal, including from signal handlers ------------------------------ */

static struct termios saved_modes;
static int have_saved_modes = 0;
static char restore_sequence[512];
static size_t restore_length = 0;
static volatile sig_atomic_t quit_signal = 0;
static struct sigaction previous_actions[32];

void dd_save_terminal(void) {
    if (tcgetattr(STDIN_FILENO, &saved_modes) == 0) have_saved_modes = 1;
    /* A parent may have left signals blocked or ignored (a thread of a test runner, a
       service manager). ncurses only installs its SIGWINCH handler over the default action,
       and a blocked SIGWINCH or SIGTERM would never arrive: start from a clean slate. */
    sigset_t wanted;
    sigemptyset(&wanted);
    int handled[] = {SIGWINCH, SIGTERM, SIGINT, SIGHUP, SIGQUIT};
    for (size_t i = 0; i < sizeof handled / sizeof handled[0]; i++) {
        sigaddset(&wanted, handled[i]);
        signal(handled[i], SIG_DFL);
    }
    sigprocmask(SIG_UNBLOCK, &wanted, NULL);
}

static void append_capability(const char *name) {
    char *value = tigetstr((char *)name);
    if (value == NULL || value == (char *)-1) return;
    size_t length = strlen(value);
    if (restore_length + length >= sizeof restore_sequence) return;
    memcpy(restore_sequence + restore_length, value, length);
    restore_length += length;
}

void dd_prepare_restore(void) {
    restore_length = 0;
    /* Mouse reporting off (xterm protocols ncurses may have turned on), attributes off,
       cursor shown, the normal screen back. */
    const char *mouse_off = "\033[?1000l\033[?1002l\033[?1003l\033[?1006l";
    memcpy(restore_sequence, mouse_off, strlen(mouse_off));
    restore_length = strlen(mouse_off);
    append_capability("sgr0");
    append_capability("cnorm");
    append_capability("rmkx");
    append_capability("rmcup");
}

void dd_emergency_restore(void) {
    if (restore_length > 0) {
        ssize_t ignored = write(STDOUT_FILENO, restore_sequence, restore_length);
        (void)ignored;
    }
    if (have_saved_modes) tcsetattr(STDIN_FILENO, TCSANOW, &saved_modes);
}

static void on_crash(int signal_number) {
    dd_emergency_restore();
    /* Hand over to whoever handled this signal before (the Swift runtime's backtracer, or the
       default action), now that the terminal is readable again. */
    if (signal_number > 0 && signal_number < 32) sigaction(signal_number, &previous_actions[signal_number], NULL);
    raise(signal_number);
}

static void on_quit(int signal_number) { quit_signal = signal_number; }

void dd_install_signal_handlers(void) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    sigemptyset(&action.sa_mask);
    action.sa_handler = on_quit;
    int quits[] = {SIGTERM, SIGINT, SIGHUP, SIGQUIT};
    for (size_t i = 0; i < sizeof quits / sizeof quits[0]; i++) sigaction(quits[i], &action, NULL);
    action.sa_handler = on_crash;
    int crashes[] = {SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP};
    for (size_t i = 0; i < sizeof crashes / sizeof crashes[0]; i++) {
        sigaction(crashes[i], &action, &previous_actions[crashes[i]]);
    }
}

int dd_take_quit_signal(void) {
    int value = quit_signal;
    quit_signal = 0;
    return value;
}

int dd_start_screen(void) {
    SCREEN *screen = newterm(NULL, stdout, stdin);
    if (screen == NULL) return -1;
    set_term(screen);
    return 0;
}

int dd_codeset_is_utf8(void) {
    const char *codeset = nl_langinfo(CODESET);
    if (codeset == NULL) return 0;
    return strcasecmp(codeset, "UTF-8") == 0 || strcasecmp(codeset, "UTF8") == 0;
}

