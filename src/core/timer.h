// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "handle.h"

namespace edges {

class Timer;

// Timers ordered by (due time, start sequence): timers due at the same time fire
// in the order they were started, as node promises.
class TimerQueue {
public:
    void push(Timer *t);
    void remove(Timer *t);
    Timer *next() const { return heap_.empty() ? nullptr : heap_.front(); }
    // Fires every timer due at `now`; stops early when `stop` becomes true.
    void run_due(uint64_t now_us, const bool &stop);
    uint64_t next_seq() { return seq_++; }

private:
    static bool before(const Timer *a, const Timer *b);
    void sift_up(size_t i);
    void sift_down(size_t i);
    void place(size_t i, Timer *t);

    std::vector<Timer *> heap_;
    uint64_t seq_ = 0;
};

class Timer final : public Handle {
public:
    using Callback = void (*)(Timer &timer, void *data);

    // Node clamps delays below 1 ms to 1 ms, so a 0 ms timer started inside a
    // callback never fires in the same timers phase.
    static constexpr uint64_t kMinDelayUs = 1000;

    Timer(Loop &loop, Callback cb, void *data) : Handle(loop), cb_(cb), data_(data) {}

    // (Re)arms the timer `delay_us` from the loop's current time; `repeat_us` > 0 makes it an interval.
    void start(uint64_t delay_us, uint64_t repeat_us);
    // Idempotent; safe inside the timer's own callback.
    void cancel();
    // Restarts the countdown with the same delay (node's timeout.refresh()); re-arms a
    // one-shot that already fired, but not one that was cancelled.
    void refresh();
    bool cancelled() const { return cancelled_; }

    uint64_t due_us() const { return due_us_; }
    uint64_t delay_us() const { return delay_us_; }
    uint64_t repeat_us() const { return repeat_us_; }

private:
    friend class TimerQueue;
    ~Timer() override = default;
    void on_dispose() override;
    void arm(uint64_t delay_us);
    void fire();

    Callback cb_;
    void *data_;
    uint64_t due_us_ = 0;
    uint64_t seq_ = 0;
    uint64_t delay_us_ = 0;
    uint64_t repeat_us_ = 0;
    size_t heap_index_ = kNotQueued;
    bool cancelled_ = false;
    bool started_ = false;
    static constexpr size_t kNotQueued = SIZE_MAX;
};

}  // namespace edges
