#define _XOPEN_SOURCE 600
#include "CNcursesw.h"

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
