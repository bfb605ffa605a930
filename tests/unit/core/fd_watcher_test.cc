// SPDX-License-Identifier: MIT
#include "core/fd_watcher.h"

#include <fcntl.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <string>

#include "core/loop.h"

namespace edges {
namespace {

struct Reader {
    int fd = -1;
    std::string got;
    int calls = 0;
};

void read_some(FdWatcher &w, void *data) {
    auto *r = static_cast<Reader *>(data);
    r->calls++;
    char buf[64];
    ssize_t n = read(r->fd, buf, sizeof(buf));
    if (n > 0) r->got.append(buf, size_t(n));
    if (n == 0) w.stop();  // end of file: the loop then has nothing left
}

TEST(FdWatcher, CallsWhileReadableUntilStoppedAndKeepsTheLoopAliveMeanwhile) {
    Loop loop;
    int fds[2];
    ASSERT_EQ(pipe2(fds, O_NONBLOCK), 0);
    Reader r;
    r.fd = fds[0];
    auto *w = new FdWatcher(loop, read_some, &r);
    ASSERT_FALSE(w->start(fds[0], false));
    ASSERT_EQ(write(fds[1], "hello", 5), 5);
    close(fds[1]);
    loop.run();  // returns once the watcher stopped at end of file
    EXPECT_EQ(r.got, "hello");
    EXPECT_GE(r.calls, 2);
    EXPECT_FALSE(w->active());
    w->dispose();
    close(fds[0]);
}

void never(FdWatcher &, void *) { FAIL() << "an unref'd watcher on a silent pipe was called"; }

TEST(FdWatcher, AnUnrefdWatcherDoesNotKeepTheLoopAlive) {
    Loop loop;
    int fds[2];
    ASSERT_EQ(pipe2(fds, O_NONBLOCK), 0);
    auto *w = new FdWatcher(loop, never, nullptr);
    ASSERT_FALSE(w->start(fds[0], false));
    w->unref();
    loop.run();  // nothing referenced: returns at once
    w->dispose();
    close(fds[0]);
    close(fds[1]);
}

TEST(FdWatcher, RefusesClosedDescriptorsAndRegularFiles) {
    Loop loop;
    auto *w = new FdWatcher(loop, never, nullptr);
    EXPECT_EQ(w->start(987654, false).code, EBADF);
    int f = open("/proc/self/exe", O_RDONLY);
    ASSERT_GE(f, 0);
    EXPECT_EQ(w->start(f, false).code, EPERM);
    close(f);
    w->dispose();
}

}  // namespace
}  // namespace edges
