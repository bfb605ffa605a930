// SPDX-License-Identifier: MIT
#include "core/timer.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/loop.h"

namespace edges {
namespace {

// Records the order callbacks ran in.
struct Recorder {
    std::vector<std::string> events;
};

struct Named {
    Recorder *rec;
    std::string name;
};

void record(Timer &, void *data) {
    auto *n = static_cast<Named *>(data);
    n->rec->events.push_back(n->name);
}

TEST(Timer, SameDueTimeFiresInStartOrder) {
    Loop loop;
    Recorder rec;
    std::vector<Named> names;
    names.reserve(5);
    std::vector<Timer *> timers;
    loop.update_time();
    for (int i = 0; i < 5; i++) {
        names.push_back({&rec, "t" + std::to_string(i)});
        timers.push_back(new Timer(loop, record, &names.back()));
    }
    // Started from inside a running loop they share the cached loop time; emulate
    // that by starting them while running() is false but with a fixed clock.
    for (Timer *t : timers) t->start(2000, 0);
    loop.run();
    EXPECT_EQ(rec.events, (std::vector<std::string>{"t0", "t1", "t2", "t3", "t4"}));
    for (Timer *t : timers) t->dispose();
}

TEST(Timer, ShorterDelayFiresFirst) {
    Loop loop;
    Recorder rec;
    Named late{&rec, "late"}, early{&rec, "early"};
    Timer *a = new Timer(loop, record, &late);
    Timer *b = new Timer(loop, record, &early);
    a->start(20000, 0);
    b->start(1000, 0);
    loop.run();
    EXPECT_EQ(rec.events, (std::vector<std::string>{"early", "late"}));
    a->dispose();
    b->dispose();
}

struct Counter {
    int fired = 0;
    int stop_at = 0;
};

void count_and_cancel(Timer &t, void *data) {
    auto *c = static_cast<Counter *>(data);
    if (++c->fired == c->stop_at) t.cancel();
}

TEST(Timer, IntervalRepeatsUntilCancelledInsideCallback) {
    Loop loop;
    Counter c;
    c.stop_at = 4;
    Timer *t = new Timer(loop, count_and_cancel, &c);
    t->start(1000, 1000);
    EXPECT_TRUE(t->active());
    loop.run();
    EXPECT_EQ(c.fired, 4);
    EXPECT_FALSE(t->active());
    EXPECT_TRUE(t->cancelled());
    t->dispose();
}

TEST(Timer, UnrefedTimerDoesNotKeepLoopAlive) {
    Loop loop;
    Counter c;
    Timer *t = new Timer(loop, count_and_cancel, &c);
    t->start(50000, 0);
    t->unref();
    EXPECT_FALSE(loop.alive());
    loop.run();
    EXPECT_EQ(c.fired, 0);
    t->ref();
    EXPECT_TRUE(loop.alive());
    loop.run();
    EXPECT_EQ(c.fired, 1);
    t->dispose();
}

TEST(Timer, ZeroDelayIsClampedToOneMillisecond) {
    Loop loop;
    Counter c;
    Timer *t = new Timer(loop, count_and_cancel, &c);
    t->start(0, 0);
    EXPECT_EQ(t->delay_us(), Timer::kMinDelayUs);
    loop.run();
    EXPECT_EQ(c.fired, 1);
    t->dispose();
}

TEST(Timer, RefreshRearmsFiredOneShotButNotCancelled) {
    Loop loop;
    Counter c;
    Timer *t = new Timer(loop, count_and_cancel, &c);
    t->start(1000, 0);
    loop.run();
    EXPECT_EQ(c.fired, 1);
    t->refresh();
    EXPECT_TRUE(t->active());
    loop.run();
    EXPECT_EQ(c.fired, 2);
    t->cancel();
    t->refresh();
    EXPECT_FALSE(t->active());
    t->dispose();
}

void dispose_self(Timer &t, void *data) {
    ++static_cast<Counter *>(data)->fired;
    t.dispose();  // the owner lets go inside the callback: deletion is deferred
}

TEST(Timer, DisposeInsideOwnCallbackIsSafe) {
    Loop loop;
    Counter c;
    Timer *t = new Timer(loop, dispose_self, &c);
    t->start(1000, 1000);
    loop.run();
    EXPECT_EQ(c.fired, 1);
    EXPECT_EQ(loop.alive_handles(), 0);
}

TEST(TimerQueue, RemoveFromMiddleKeepsHeapOrder) {
    Loop loop;
    Recorder rec;
    std::vector<Named> names;
    names.reserve(20);
    std::vector<Timer *> timers;
    for (int i = 0; i < 20; i++) {
        names.push_back({&rec, std::to_string(i)});
        timers.push_back(new Timer(loop, record, &names.back()));
        timers.back()->start(uint64_t(1000 + (i * 7919) % 20 * 500), 0);
    }
    for (int i = 0; i < 20; i += 3) timers[i]->cancel();
    loop.run();
    std::vector<uint64_t> order;
    for (auto &e : rec.events) order.push_back(timers[std::stoi(e)]->due_us());
    EXPECT_TRUE(std::is_sorted(order.begin(), order.end()));
    EXPECT_EQ(rec.events.size(), 20u - 7u);
    for (Timer *t : timers) t->dispose();
}

}  // namespace
}  // namespace edges
