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
// get_wch with the key written to an int; returns OK, KEY_CODE_YES or ERR.
int dd_get_wch(int *key);
// Terminal cells a wide string needs; -1 when it has a non-printable character.
int dd_wcswidth(const wchar_t *text, size_t length);
int dd_wcwidth(wchar_t character);

#endif
