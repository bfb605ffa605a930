// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <string>

#include "error.h"
#include "process.h"
#include "stream.h"

namespace edges {

class Timer;

// node's execFile: run a program, collect its output, report once.
struct ExecOptions {
    SpawnOptions spawn;               // stdio: stdin /dev/null, stdout and stderr collected
    size_t max_buffer = 1024 * 1024;  // per stream; past it the child is killed
    uint64_t timeout_ms = 0;          // 0: none; past it the child is killed
    int kill_signal = 15;             // SIGTERM
    std::string input;                // written to the child's stdin, then EOF (empty: /dev/null)
};

struct ExecResult {
    enum class Failure { kNone, kSpawn, kExitCode, kSignal, kMaxBuffer, kTimeout };
    Failure failure = Failure::kNone;
    Error error;  // kSpawn: the errno; otherwise a message ("Command failed: ...")
    std::string out, err;
    int code = -1;        // the exit code, or -1 when a signal ended it (or it never ran)
    int signo = -1;       // the signal that ended it
    bool killed = false;  // we sent it kill_signal (timeout, maxBuffer)
};

class Exec;

class ExecHandler {
public:
    virtual ~ExecHandler() = default;
    // Once, from the loop, when the child has exited and both outputs are closed (or the
    // spawn failed). The Exec deletes itself after this returns.
    virtual void on_done(Exec &, ExecResult &result) = 0;
};

class Exec final : public ProcessHandler, public StreamHandler {
public:
    // Starts the child; the outcome always comes through handler->on_done, never inside
    // this call (a spawn failure too).
    static Exec *start(Loop &loop, ExecOptions options, ExecHandler *handler);
    // The owner is gone (request shutdown): no callback; the child is killed and the Exec
    // freed (or freed by its report, when that is queued already). Not from its callbacks.
    void abandon();
    pid_t pid() const { return process_ ? process_->pid() : -1; }

    // ProcessHandler
    void on_exit(Process &, int code, int signo) override;
    // StreamHandler (stdin, stdout, stderr)
    void on_data(Stream &s, const char *data, size_t len) override;
    void on_close(Stream &s, bool had_error) override;

private:
    Exec(Loop &loop, ExecOptions options, ExecHandler *handler);
    ~Exec() override;
    void kill_child();
    void maybe_done();
    static void on_timeout(Timer &t, void *arg) noexcept;
    static void done_task(void *arg, bool cancelled) noexcept;
    std::string command_line() const;

    Loop &loop_;
    ExecOptions options_;
    ExecHandler *handler_;
    Process *process_ = nullptr;
    Stream *pipes_[3] = {nullptr, nullptr, nullptr};
    Timer *timer_ = nullptr;
    ExecResult result_;
    bool exited_ = false;
    bool reported_ = false;
};

}  // namespace edges
