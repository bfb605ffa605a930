// SPDX-License-Identifier: MIT
#include "timer.h"

#include <algorithm>

#include "loop.h"

namespace edges {

bool TimerQueue::before(const Timer *a, const Timer *b) {
    return a->due_us_ != b->due_us_ ? a->due_us_ < b->due_us_ : a->seq_ < b->seq_;
}

void TimerQueue::place(size_t i, Timer *t) {
    heap_[i] = t;
    t->heap_index_ = i;
}

void TimerQueue::sift_up(size_t i) {
    Timer *t = heap_[i];
    while (i > 0) {
        size_t parent = (i - 1) / 2;
        if (!before(t, heap_[parent])) break;
        place(i, heap_[parent]);
        i = parent;
    }
    place(i, t);
}

void TimerQueue::sift_down(size_t i) {
    Timer *t = heap_[i];
    size_t n = heap_.size();
    for (;;) {
        size_t child = 2 * i + 1;
        if (child >= n) break;
        if (child + 1 < n && before(heap_[child + 1], heap_[child])) child++;
        if (!before(heap_[child], t)) break;
        place(i, heap_[child]);
        i = child;
    }
    place(i, t);
}

void TimerQueue::push(Timer *t) {
    heap_.push_back(t);
    sift_up(heap_.size() - 1);
}

void TimerQueue::remove(Timer *t) {
    size_t i = t->heap_index_;
    if (i == Timer::kNotQueued) return;
    t->heap_index_ = Timer::kNotQueued;
    Timer *last = heap_.back();
    heap_.pop_back();
    if (last == t) return;
    place(i, last);
    sift_up(i);
    sift_down(last->heap_index_);
}

void TimerQueue::run_due(uint64_t now_us, const bool &stop) {
    while (!stop && !heap_.empty()) {
        Timer *t = heap_.front();
        if (t->due_us_ > now_us) break;
        remove(t);
        t->fire();
    }
}

void Timer::arm(uint64_t delay_us) {
    TimerQueue &q = loop().timers();
    q.remove(this);
    delay_us_ = std::max(delay_us, kMinDelayUs);
    due_us_ = loop().now_us() + delay_us_;
    seq_ = q.next_seq();
    q.push(this);
    set_active(true);
}

void Timer::start(uint64_t delay_us, uint64_t repeat_us) {
    if (disposed()) return;
    if (!loop().running()) loop().update_time();
    repeat_us_ = repeat_us ? std::max(repeat_us, kMinDelayUs) : 0;
    cancelled_ = false;
    started_ = true;
    arm(delay_us);
}

void Timer::cancel() {
    cancelled_ = true;
    loop().timers().remove(this);
    set_active(false);
}

void Timer::refresh() {
    if (started_ && !cancelled_ && !disposed()) arm(delay_us_);
}

void Timer::fire() {
    // A one-shot timer is inactive while its callback runs, so the loop can end
    // if the callback starts nothing new. An interval stays active and is re-armed
    // afterwards unless the callback cancelled, refreshed or disposed of it.
    if (!repeat_us_) set_active(false);
    cb_(*this, data_);
    if (disposed() || !repeat_us_ || !active() || heap_index_ != kNotQueued) return;
    arm(repeat_us_);
}

void Timer::on_dispose() { loop().timers().remove(this); }

}  // namespace edges
