// Kept apart from CNcursesw.c: <term.h> there defines capability names such as `columns` as
// macros, and posix_spawn's session flag needs _GNU_SOURCE.
#define _GNU_SOURCE 1
#include <errno.h>
#include <pty.h>
#include <signal.h>
#include <spawn.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

int dd_spawn_in_pty(const char *path, char *const argv[], char *const envp[], int row_count, int column_count,
                    int *master, int *pid) {
    int master_fd, slave_fd;
    struct winsize size;
    memset(&size, 0, sizeof size);
    size.ws_row = (unsigned short)row_count;
    size.ws_col = (unsigned short)column_count;
    if (openpty(&master_fd, &slave_fd, NULL, NULL, &size) != 0) return errno;
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, slave_fd, 0);
    posix_spawn_file_actions_adddup2(&actions, slave_fd, 1);
    posix_spawn_file_actions_adddup2(&actions, slave_fd, 2);
    posix_spawn_file_actions_addclose(&actions, master_fd);
    if (slave_fd > 2) posix_spawn_file_actions_addclose(&actions, slave_fd);
    posix_spawnattr_t attributes;
    posix_spawnattr_init(&attributes);
    /* Whatever this thread blocks, the program starts with no signal blocked or ignored. */
    sigset_t none, all;
    sigemptyset(&none);
    sigfillset(&all);
    sigdelset(&all, SIGKILL);
    sigdelset(&all, SIGSTOP);
    posix_spawnattr_setsigmask(&attributes, &none);
    posix_spawnattr_setsigdefault(&attributes, &all);
    posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETSID | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);
    pid_t child;
    int result = posix_spawn(&child, path, &actions, &attributes, argv, envp);
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attributes);
    close(slave_fd);
    if (result != 0) {
        close(master_fd);
        return result;
    }
    *master = master_fd;
    *pid = (int)child;
    return 0;
}
