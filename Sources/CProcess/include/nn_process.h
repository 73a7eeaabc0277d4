#ifndef NN_PROCESS_H
#define NN_PROCESS_H

#include <sys/types.h>

/// Starts `path` with `argv` and `envp` (both NULL-terminated) as the leader of a new process
/// group, in directory `dir`, with standard input from /dev/null and standard output and error
/// on `out_fd` and `err_fd`; every other descriptor (3 and up) is closed in the child. The child starts with no blocked signals and SIGINT, SIGTERM,
/// SIGPIPE, SIGHUP and SIGQUIT at their defaults, whatever the calling thread had. Returns 0 and
/// sets `*pid`, or an errno value (ENOENT, EACCES, ... when the program cannot be executed).
int nn_spawn(pid_t *pid, const char *path, char *const argv[], char *const envp[], const char *dir, int out_fd,
             int err_fd);

/// A pipe whose two ends are closed on exec (so that no other program cell inherits them), as
/// pipe2(fds, O_CLOEXEC). Returns 0 or -1 with errno set.
int nn_pipe(int fds[2]);

#endif
