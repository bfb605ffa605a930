// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <cstdint>
#include <deque>
#include <memory>
#include <vector>

#include "timer.h"

struct event_base;
struct event;
struct evdns_base;

namespace edges {

class Handle;
class SignalRegistry;
class ThreadPool;

// A callback queued with defer() (node's setImmediate). `cancelled` is true when
// the loop is torn down before it ran: the callback must then only free `data`.
struct Task {
    void (*fn)(void *data, bool cancelled);
    void *data;
};

// One event loop on one libevent event_base. An iteration runs, in node's order:
// due timers, then I/O (blocking until the next timer unless immediates wait),
// then the immediates queued before this phase began.
class Loop {
public:
    Loop();
    ~Loop();
    Loop(const Loop &) = delete;
    Loop &operator=(const Loop &) = delete;

    event_base *base() const { return base_; }

    // Monotonic loop time in microseconds, cached per iteration (as libuv does)
    // so that every timer started in one callback shares the same origin.
    // Refreshed once after each poll, lazily (by the first I/O callback that asks).
    uint64_t now_us() {
        if (time_stale_) update_time();
        return now_us_;
    }
    void update_time();

    // Runs until nothing referenced is left or stop() is called. Returns false
    // (and does nothing) when called while already running.
    bool run();
    // Makes run() return after the callback in progress.
    void stop() { stop_requested_ = true; }
    bool running() const { return running_; }
    // True when a handle or an immediate would keep run() going.
    bool alive() const { return alive_handles_ > 0 || !immediates_.empty() || !ticks_.empty(); }

    void defer(Task task) { immediates_.push_back(task); }
    // Like node's process.nextTick: runs before the loop goes on to anything
    // else (at the start of run(), and after the timers, the I/O and the
    // immediates of each iteration), including ticks queued by ticks.
    void next_tick(Task task) { ticks_.push_back(task); }
    void run_ticks();
    size_t pending_immediates() const { return immediates_.size(); }
    // Drops queued immediates without running them (request shutdown).
    void cancel_immediates();

    TimerQueue &timers() { return timers_; }

    // libevent's resolver (/etc/resolv.conf, /etc/hosts), created on first use.
    evdns_base *dns();
    // The loop's signal events (signal.h), created on first use.
    SignalRegistry &signals();
    // The loop's thread pool (threadpool.h), started on first use.
    ThreadPool &pool();
    bool has_pool() const { return pool_ != nullptr; }

    // One read buffer for every stream of the loop: data handed to a read
    // callback lives only until it returns. 64 KiB, allocated on first use.
    static constexpr size_t kReadBufferSize = 65536;
    char *read_buffer();
    // A second one, for what TLS decrypts out of the first: the same lifetime rules.
    char *plain_buffer();

    // Handle bookkeeping (see handle.h).
    void adjust_alive(int delta) { alive_handles_ += delta; }
    int alive_handles() const { return alive_handles_; }
    void retire(Handle *handle) { retired_.push_back(handle); }
    // Deletes disposed handles; safe whenever no core frame holds one.
    void collect_retired();

    // Wakes the loop from a poll, from any thread (an eventfd write): for work that
    // completes elsewhere (signals, the thread pool) and then queues itself with post().
    void wake();

private:
    void run_immediates();
    void poll();
    static void on_wake(int fd, short what, void *arg) noexcept;

    event_base *base_;
    event *next_timer_ev_;
    // Always added while the loop exists: libevent then blocks in epoll_wait even when
    // nothing else is registered (a paused socket keeps the loop alive with no event of
    // its own), instead of returning at once and making run() spin.
    int wake_fd_;
    event *wake_ev_;
    evdns_base *dns_ = nullptr;
    std::unique_ptr<SignalRegistry> signals_;
    std::unique_ptr<ThreadPool> pool_;
    std::unique_ptr<char[]> read_buffer_;
    std::unique_ptr<char[]> plain_buffer_;
    TimerQueue timers_;
    std::deque<Task> immediates_;
    std::deque<Task> ticks_;
    std::vector<Handle *> retired_;
    uint64_t now_us_ = 0;
    bool time_stale_ = false;
    int alive_handles_ = 0;
    bool running_ = false;
    bool stop_requested_ = false;
};

}  // namespace edges
