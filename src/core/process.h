// SPDX-License-Identifier: MIT
#pragma once

#include <sys/types.h>

#include <string>
#include <vector>

#include "error.h"
#include "handle.h"

struct event;

namespace edges {

class Process;
class Loop;

// Reaps the children that have no pidfd (the SIGCHLD fallback).
void poll_children(Loop &loop) noexcept;

// How to start a child. No shell: `file` and `args` reach execve() as given.
struct SpawnOptions {
    enum class Stdio { kPipe, kInherit, kIgnore };

    std::string file;               // searched in PATH (the child's, when env is given) unless it has a '/'
    std::vector<std::string> args;  // argv[1..]
    std::string cwd;                // empty: the parent's
    bool replace_env = false;       // env replaces the parent's environment; else it adds to it
    std::vector<std::string> env;   // "NAME=value"
    std::vector<std::pair<int, int>> fds;  // (the child's descriptor number >= 3, ours): passed on
    Stdio stdio[3] = {Stdio::kPipe, Stdio::kPipe, Stdio::kPipe};
    bool detached = false;  // a session of its own (setsid): signals to our group do not reach it
};

class ProcessHandler {
public:
    virtual ~ProcessHandler() = default;
    // The child was reaped: its exit code, or the signal that ended it (the other is -1).
    virtual void on_exit(Process &, int code, int signo) = 0;
};

// A child process, started with posix_spawn() and reaped from the loop: its pidfd is
// watched (Linux 5.3+; on older kernels a SIGCHLD watcher polls waitpid(pid, WNOHANG)),
// so children that others started (PHP's proc_open) are never reaped here, and nothing
// ever blocks in wait(). Active (keeps the loop alive) from spawn() until reaped.
class Process final : public Handle {
public:
    Process(Loop &loop, ProcessHandler *handler) : Handle(loop), handler_(handler) {}

    // Starts the child. `pipes` receives our end of each kPipe stdio (a non-blocking,
    // close-on-exec Unix stream socket, as libuv uses), -1 for the others. On failure
    // (ENOENT, EACCES, a bad cwd ...) nothing was started and nothing is left open.
    Error spawn(const SpawnOptions &options, int pipes[3]);

    pid_t pid() const { return pid_; }
    bool exited() const { return exited_; }
    // Sends a signal; false (with errno's error) when the child is gone.
    Error kill(int signo);

    void set_handler(ProcessHandler *h) { handler_ = h; }

    // Where `file` resolves in PATH (the PATH given, else the default), as execvp()
    // searches: ENOENT when nowhere, EACCES when found but not executable.
    static Error resolve(const std::string &file, const char *path, std::string *out);

private:
    ~Process() override;
    void on_dispose() override;
    static void on_pidfd(int fd, short what, void *arg) noexcept;
    friend void poll_children(Loop &loop) noexcept;
    // Reaps the child if it has exited; true when it had. Calls on_exit: never from spawn().
    bool reap();

    ProcessHandler *handler_;
    pid_t pid_ = -1;
    int pidfd_ = -1;
    event *ev_ = nullptr;
    bool exited_ = false;
};

}  // namespace edges
