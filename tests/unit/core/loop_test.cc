// SPDX-License-Identifier: MIT
#include "core/loop.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace edges {
namespace {

struct Log {
    Loop *loop;
    std::vector<std::string> lines;
};

void immediate_b(void *data, bool cancelled) {
    if (!cancelled) static_cast<Log *>(data)->lines.push_back("B (queued by A)");
}

void immediate_a(void *data, bool cancelled) {
    auto *log = static_cast<Log *>(data);
    if (cancelled) return;
    log->lines.push_back("A");
    log->loop->defer(Task{immediate_b, log});
}

void timer_cb(Timer &, void *data) { static_cast<Log *>(data)->lines.push_back("timer"); }

TEST(Loop, RunReturnsAtOnceWhenNothingIsAlive) {
    Loop loop;
    EXPECT_FALSE(loop.alive());
    EXPECT_TRUE(loop.run());
    EXPECT_FALSE(loop.running());
}

TEST(Loop, ImmediatesQueuedByImmediatesRunNextIteration) {
    Loop loop;
    Log log{&loop, {}};
    loop.defer(Task{immediate_a, &log});
    Timer *t = new Timer(loop, timer_cb, &log);
    t->start(30000, 0);
    loop.run();
    EXPECT_EQ(log.lines, (std::vector<std::string>{"A", "B (queued by A)", "timer"}));
    t->dispose();
}

void count_cancel(void *data, bool cancelled) {
    if (cancelled) ++*static_cast<int *>(data);
}

TEST(Loop, CancelImmediatesCallsEachWithCancelled) {
    int cancelled = 0;
    {
        Loop loop;
        loop.defer(Task{count_cancel, &cancelled});
        loop.defer(Task{count_cancel, &cancelled});
        EXPECT_EQ(loop.pending_immediates(), 2u);
    }  // the destructor cancels what is left
    EXPECT_EQ(cancelled, 2);
}

void stop_loop(Timer &t, void *) { t.loop().stop(); }

TEST(Loop, StopReturnsFromRunWithHandlesStillAlive) {
    Loop loop;
    Timer *stopper = new Timer(loop, stop_loop, nullptr);
    Timer *pending = new Timer(loop, stop_loop, nullptr);
    stopper->start(1000, 0);
    pending->start(60000000, 0);
    loop.run();
    EXPECT_TRUE(loop.alive());
    EXPECT_FALSE(loop.running());
    stopper->dispose();
    pending->dispose();
}

void nested_run(Timer &t, void *data) { *static_cast<bool *>(data) = t.loop().run(); }

TEST(Loop, NestedRunIsRefused) {
    Loop loop;
    bool nested_result = true;
    Timer *t = new Timer(loop, nested_run, &nested_result);
    t->start(1000, 0);
    loop.run();
    EXPECT_FALSE(nested_result);
    t->dispose();
}

TEST(Loop, NowIsMonotonicAndAdvances) {
    Loop loop;
    uint64_t before = loop.now_us();
    Timer *t = new Timer(
        loop, [](Timer &, void *) {}, nullptr);
    t->start(5000, 0);
    loop.run();
    EXPECT_GE(loop.now_us() - before, 5000u);
    t->dispose();
}

}  // namespace
}  // namespace edges
