// posix_spawn with a working directory needs posix_spawn_file_actions_addchdir_np, which
// glibc declares only with _GNU_SOURCE (and Swift's Glibc module does not show): this file is
// the small C part of starting a program cell.
#define _GNU_SOURCE
#include "nn_process.h"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <unistd.h>

int nn_spawn(pid_t *pid, const char *path, char *const argv[], char *const envp[], const char *dir, int out_fd,
             int err_fd) {
    posix_spawn_file_actions_t actions;
    posix_spawnattr_t attr;
    int rc = posix_spawn_file_actions_init(&actions);
    if (rc != 0) return rc;
    rc = posix_spawnattr_init(&attr);
    if (rc != 0) {
        posix_spawn_file_actions_destroy(&actions);
        return rc;
    }
    sigset_t none, defaults;
    sigemptyset(&none);
    sigemptyset(&defaults);
    sigaddset(&defaults, SIGINT);
    sigaddset(&defaults, SIGTERM);
    sigaddset(&defaults, SIGPIPE);
    sigaddset(&defaults, SIGHUP);
    sigaddset(&defaults, SIGQUIT);
    if ((rc = posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)) == 0 &&
        (rc = posix_spawn_file_actions_adddup2(&actions, out_fd, 1)) == 0 &&
        (rc = posix_spawn_file_actions_adddup2(&actions, err_fd, 2)) == 0 &&
        (rc = posix_spawn_file_actions_addclosefrom_np(&actions, 3)) == 0 &&
        (rc = posix_spawn_file_actions_addchdir_np(&actions, dir)) == 0 &&
        (rc = posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK |
                                                  POSIX_SPAWN_SETSIGDEF)) == 0 &&
        (rc = posix_spawnattr_setpgroup(&attr, 0)) == 0 && (rc = posix_spawnattr_setsigmask(&attr, &none)) == 0 &&
        (rc = posix_spawnattr_setsigdefault(&attr, &defaults)) == 0) {
        rc = posix_spawn(pid, path, &actions, &attr, argv, envp);
    }
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attr);
    return rc;
}

int nn_pipe(int fds[2]) { return pipe2(fds, O_CLOEXEC); }
