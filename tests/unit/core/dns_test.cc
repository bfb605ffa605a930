// SPDX-License-Identifier: MIT
#include "core/dns.h"

#include <gtest/gtest.h>
#include <sys/socket.h>

#include <string>
#include <vector>

#include "core/loop.h"

namespace edges {
namespace {

struct Answer {
    int calls = 0;
    Error error;
    std::vector<std::string> hosts;
};

void record(DnsLookup &l, const Error &e, const std::vector<SocketAddress> &addresses, void *data) {
    auto *a = static_cast<Answer *>(data);
    a->calls++;
    a->error = e;
    for (const SocketAddress &s : addresses) a->hosts.push_back(s.host());
    l.dispose();
}

TEST(DnsLookup, LiteralsAndLocalhostAnswerFromTheLoopNotInsideStart) {
    Loop loop;
    Answer a, b;
    (new DnsLookup(loop, record, &a))->start("localhost", 0);
    (new DnsLookup(loop, record, &b))->start("::1", 0);
    EXPECT_EQ(a.calls, 0);  // never inside start()
    loop.run();
    EXPECT_EQ(a.calls, 1);
    ASSERT_EQ(a.hosts.size(), 1u);
    EXPECT_EQ(a.hosts[0], "127.0.0.1");
    ASSERT_EQ(b.hosts.size(), 1u);
    EXPECT_EQ(b.hosts[0], "::1");
}

TEST(DnsLookup, NamesUnderInvalidFailAtOnce) {
    Loop loop;
    Answer a;
    (new DnsLookup(loop, record, &a))->start("x.invalid", 0);
    loop.run();
    EXPECT_EQ(a.calls, 1);
    EXPECT_TRUE(a.error.dns);
    EXPECT_NE(a.error.message.find("ENOTFOUND x.invalid"), std::string::npos) << a.error.message;
}

void never(DnsLookup &, const Error &, const std::vector<SocketAddress> &, void *) { FAIL(); }

TEST(DnsLookup, ADisposedLookupNeverAnswers) {
    Loop loop;
    auto *l = new DnsLookup(loop, never, nullptr);
    l->start("localhost", 0);
    l->dispose();
    loop.run();
}

}  // namespace
}  // namespace edges
