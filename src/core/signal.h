// SPDX-License-Identifier: MIT
#pragma once

#include <map>
#include <string>
#include <vector>

#include "error.h"
#include "handle.h"

struct event;

namespace edges {

// "SIGTERM" <-> 15 (also "TERM" and "15"); 0 when the name is unknown.
int signal_number(const std::string &name);
// "SIGTERM", or "SIG<n>" for a number without a name.
std::string signal_name(int signo);

class SignalWatcher;

// The loop's signal events: one libevent signal event per signal number, shared by
// every watcher of that number, which are called in the order they started. libevent's
// handler only records the signal; watchers run from the loop, never in the handler.
class SignalRegistry {
public:
    explicit SignalRegistry(Loop &loop) : loop_(loop) {}
    ~SignalRegistry();
    SignalRegistry(const SignalRegistry &) = delete;
    SignalRegistry &operator=(const SignalRegistry &) = delete;

    Error add(SignalWatcher *w, int signo);
    void remove(SignalWatcher *w, int signo);
    size_t count(int signo) const;

private:
    struct Entry {
        event *ev = nullptr;
        std::vector<SignalWatcher *> watchers;
    };
    static void on_signal(int signo, short what, void *arg) noexcept;

    Loop &loop_;
    std::map<int, Entry> entries_;
};

// Calls back on each delivery of one signal. As node's process.on(), an active watcher
// does not keep the loop alive unless ref()'d. Standard signals sent again while one is
// pending are merged by the kernel (POSIX): one call per delivery.
class SignalWatcher final : public Handle {
public:
    using Callback = void (*)(SignalWatcher &w, int signo, void *data);

    SignalWatcher(Loop &loop, Callback cb, void *data) : Handle(loop), cb_(cb), data_(data) { unref(); }

    // EINVAL for a signal that cannot be caught (SIGKILL, SIGSTOP) or is out of range.
    Error start(int signo);
    void stop();
    int signo() const { return signo_; }

private:
    friend class SignalRegistry;
    ~SignalWatcher() override = default;
    void on_dispose() override { stop(); }

    Callback cb_;
    void *data_;
    int signo_ = 0;
};

}  // namespace edges
