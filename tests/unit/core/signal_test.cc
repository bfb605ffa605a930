// SPDX-License-Identifier: MIT
#include "core/signal.h"

#include <gtest/gtest.h>
#include <signal.h>
#include <unistd.h>

#include <string>
#include <vector>

#include "core/loop.h"

namespace edges {
namespace {

struct Calls {
    std::vector<std::string> lines;
    SignalWatcher *to_stop = nullptr;
};

void first(SignalWatcher &w, int signo, void *data) {
    auto *c = static_cast<Calls *>(data);
    c->lines.push_back("first " + std::to_string(signo));
    if (c->to_stop) c->to_stop->stop();  // stopping a later watcher inside a callback
    w.stop();
}

void second(SignalWatcher &w, int signo, void *data) {
    static_cast<Calls *>(data)->lines.push_back("second " + std::to_string(signo));
    w.stop();
}

TEST(SignalNames, NamesAndNumbers) {
    EXPECT_EQ(signal_number("SIGTERM"), SIGTERM);
    EXPECT_EQ(signal_number("TERM"), SIGTERM);
    EXPECT_EQ(signal_number("15"), 15);
    EXPECT_EQ(signal_number("SIGNOPE"), 0);
    EXPECT_EQ(signal_number(""), 0);
    EXPECT_EQ(signal_name(SIGINT), "SIGINT");
    EXPECT_EQ(signal_name(40), "SIG40");
}

TEST(SignalWatcher, CalledFromTheLoopInStartOrderAndUnrefedByDefault) {
    Loop loop;
    Calls calls;
    auto *a = new SignalWatcher(loop, first, &calls);
    auto *b = new SignalWatcher(loop, second, &calls);
    ASSERT_FALSE(a->start(SIGUSR1));
    ASSERT_FALSE(b->start(SIGUSR1));
    EXPECT_FALSE(loop.alive());  // unref'd: nothing keeps the loop running
    a->ref();
    EXPECT_EQ(loop.signals().count(SIGUSR1), 2u);
    ::kill(getpid(), SIGUSR1);  // only recorded by libevent's handler until the loop runs
    EXPECT_TRUE(calls.lines.empty());
    loop.run();
    EXPECT_EQ(calls.lines, (std::vector<std::string>{"first 10", "second 10"}));
    EXPECT_EQ(loop.signals().count(SIGUSR1), 0u);
    a->dispose();
    b->dispose();
}

TEST(SignalWatcher, OneStoppedByAnEarlierCallbackIsNotCalled) {
    Loop loop;
    Calls calls;
    auto *a = new SignalWatcher(loop, first, &calls);
    auto *b = new SignalWatcher(loop, second, &calls);
    calls.to_stop = b;
    ASSERT_FALSE(a->start(SIGUSR2));
    ASSERT_FALSE(b->start(SIGUSR2));
    a->ref();
    ::kill(getpid(), SIGUSR2);
    loop.run();
    EXPECT_EQ(calls.lines, (std::vector<std::string>{"first 12"}));
    a->dispose();
    b->dispose();
}

TEST(SignalWatcher, UncatchableSignalsAreRefused) {
    Loop loop;
    Calls calls;
    auto *w = new SignalWatcher(loop, first, &calls);
    Error e = w->start(SIGKILL);
    EXPECT_EQ(e.code, EINVAL);
    EXPECT_FALSE(w->start(0).code == 0);
    EXPECT_FALSE(w->active());
    w->dispose();
}

}  // namespace
}  // namespace edges
