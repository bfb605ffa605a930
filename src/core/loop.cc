// SPDX-License-Identifier: MIT
#include "loop.h"

#include <event2/dns.h>
#include <event2/event.h>
#include <sys/eventfd.h>
#include <time.h>
#include <unistd.h>

#include <cstdlib>

#include "handle.h"
#include "signal.h"
#include "threadpool.h"

namespace edges {

namespace {

event_base *new_base() {
    event_config *cfg = event_config_new();
    // One thread owns the loop: no locks. No EVENT_BASE_FLAG_PRECISE_TIMER: its
    // timerfd costs a timerfd_settime() per poll; epoll's 1 ms rounding (up) is fine.
    event_config_set_flag(cfg, EVENT_BASE_FLAG_NOLOCK);
    event_base *base = event_base_new_with_config(cfg);
    event_config_free(cfg);
    if (!base) abort();  // only fails when the process has no fds or memory left
    return base;
}

void on_next_timer(evutil_socket_t, short, void *) noexcept {}

}  // namespace

Loop::Loop()
    : base_(new_base()),
      next_timer_ev_(evtimer_new(base_, on_next_timer, nullptr)),
      wake_fd_(eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC)),
      wake_ev_(nullptr) {
    if (wake_fd_ < 0) abort();  // only fails when the process has no fds left
    wake_ev_ = event_new(base_, wake_fd_, EV_READ | EV_PERSIST, on_wake, this);
    event_add(wake_ev_, nullptr);
    update_time();
}

Loop::~Loop() {
    pool_.reset();  // waits for the work running now; cancels the rest
    cancel_immediates();
    // Fails pending lookups: their callbacks unpin the handles that wait for them.
    if (dns_) evdns_base_free(dns_, 1);
    collect_retired();
    signals_.reset();
    event_free(next_timer_ev_);
    event_free(wake_ev_);
    ::close(wake_fd_);
    event_base_free(base_);
}

void Loop::wake() {
    uint64_t one = 1;
    ssize_t n = ::write(wake_fd_, &one, sizeof(one));
    (void)n;  // EAGAIN: the counter is full, so the loop is woken already
}

void Loop::on_wake(int fd, short, void *arg) noexcept {
    uint64_t count;
    ssize_t n = ::read(fd, &count, sizeof(count));
    (void)n;
    auto *self = static_cast<Loop *>(arg);
    if (self->pool_) self->pool_->deliver();
}

void Loop::update_time() {
    timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    now_us_ = uint64_t(ts.tv_sec) * 1000000u + uint64_t(ts.tv_nsec) / 1000u;
    time_stale_ = false;
}

bool Loop::run() {
    if (running_) return false;
    running_ = true;
    stop_requested_ = false;
    run_ticks();
    // As libuv: a loop with nothing referenced does not even run due timers.
    while (!stop_requested_ && alive()) {
        update_time();
        timers_.run_due(now_us(), stop_requested_);
        run_ticks();
        collect_retired();
        if (stop_requested_ || !alive()) break;
        poll();
        run_ticks();
        if (stop_requested_) break;
        update_time();
        run_immediates();
        run_ticks();
        collect_retired();
        if (!alive()) break;
    }
    collect_retired();
    running_ = false;
    stop_requested_ = false;
    return true;
}

void Loop::poll() {
    int flags = EVLOOP_ONCE;
    if (!immediates_.empty() || !ticks_.empty()) {
        flags |= EVLOOP_NONBLOCK;
    } else if (Timer *next = timers_.next()) {
        uint64_t wait = next->due_us() > now_us_ ? next->due_us() - now_us_ : 0;
        timeval tv{time_t(wait / 1000000u), suseconds_t(wait % 1000000u)};
        evtimer_add(next_timer_ev_, &tv);
    }
    time_stale_ = true;  // the wait may have been long: I/O callbacks must not see the old time
    event_base_loop(base_, flags);
    evtimer_del(next_timer_ev_);
}

void Loop::run_ticks() {
    while (!ticks_.empty() && !stop_requested_) {
        Task task = ticks_.front();
        ticks_.pop_front();
        task.fn(task.data, false);
    }
}

void Loop::run_immediates() {
    // Immediates queued while these run wait for the next iteration, as in node.
    size_t n = immediates_.size();
    while (n-- > 0 && !stop_requested_) {
        Task task = immediates_.front();
        immediates_.pop_front();
        task.fn(task.data, false);
    }
}

void Loop::cancel_immediates() {
    while (!ticks_.empty()) {
        Task task = ticks_.front();
        ticks_.pop_front();
        task.fn(task.data, true);
    }
    while (!immediates_.empty()) {
        Task task = immediates_.front();
        immediates_.pop_front();
        task.fn(task.data, true);
    }
}

void Loop::collect_retired() {
    // Deleting a handle never runs user code, but a destructor may retire another (a stream its timer).
    std::vector<Handle *> keep;
    while (!retired_.empty()) {
        std::vector<Handle *> batch;
        batch.swap(retired_);
        for (Handle *h : batch) {
            if (h->pinned()) {
                keep.push_back(h);
            } else {
                delete h;
            }
        }
    }
    retired_.swap(keep);
}

evdns_base *Loop::dns() {
    if (!dns_)
        dns_ = evdns_base_new(base_, EVDNS_BASE_INITIALIZE_NAMESERVERS | EVDNS_BASE_DISABLE_WHEN_INACTIVE);
    return dns_;
}

ThreadPool &Loop::pool() {
    if (!pool_) pool_.reset(new ThreadPool(*this, ThreadPool::configured_size()));
    return *pool_;
}

SignalRegistry &Loop::signals() {
    if (!signals_) signals_.reset(new SignalRegistry(*this));
    return *signals_;
}

char *Loop::plain_buffer() {
    if (!plain_buffer_) plain_buffer_.reset(new char[kReadBufferSize]);
    return plain_buffer_.get();
}

char *Loop::read_buffer() {
    if (!read_buffer_) read_buffer_.reset(new char[kReadBufferSize]);
    return read_buffer_.get();
}

}  // namespace edges
