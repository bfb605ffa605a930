// SPDX-License-Identifier: MIT
#include <gtest/gtest.h>
#include <sys/socket.h>
#include <unistd.h>

#include <map>
#include <string>
#include <vector>

#include "cluster/channel.h"
#include "cluster/worker.h"
#include "core/loop.h"
#include "core/timer.h"

namespace edges::cluster {
namespace {

TEST(OwnerOf, StableAndSpreadAndMovesLittleWhenWorkersAreAdded) {
    std::map<int, int> counts;
    int moved = 0;
    for (int i = 0; i < 10000; i++) {
        std::string key = "user" + std::to_string(i);
        int two = owner_of(key, 2);
        EXPECT_EQ(two, owner_of(key, 2));  // the same key, the same worker
        counts[two]++;
        int three = owner_of(key, 3);
        if (three != two) {
            moved++;
            EXPECT_EQ(three, 2);  // jump hash: a key only ever moves to the new worker
        }
    }
    EXPECT_GT(counts[0], 4500);
    EXPECT_GT(counts[1], 4500);
    EXPECT_GT(moved, 2800);  // about a third
    EXPECT_LT(moved, 3900);
    EXPECT_EQ(owner_of("anything", 1), 0);
}

TEST(Handoff, PacksAndParsesAndRefusesGarbage) {
    SocketAddress peer;
    ASSERT_TRUE(SocketAddress::parse_ip("127.0.0.1", 4242, peer));
    std::string body = pack_handoff("tcp 127.0.0.1 8080", peer, "GET / HTTP/1.1\r\n\r\n");
    std::string server, bytes;
    SocketAddress got;
    ASSERT_TRUE(parse_handoff(body, &server, &got, &bytes));
    EXPECT_EQ(server, "tcp 127.0.0.1 8080");
    EXPECT_EQ(got.to_string(), "127.0.0.1:4242");
    EXPECT_EQ(bytes, "GET / HTTP/1.1\r\n\r\n");
    for (std::string bad : {"", "x:", "99:short", "3:abc", "3:abc99999999999999:", "-1:a", ":abc"})
        EXPECT_FALSE(parse_handoff(bad, &server, &got, &bytes)) << bad;
}

struct Collect : ChannelHandler {
    std::vector<Message> got;
    bool closed = false;
    void on_message(Channel &, Message &m) override { got.push_back(std::move(m)); }
    void on_closed(Channel &) override { closed = true; }
};

TEST(Channel, MessagesInOrderLongOnesInPartsWithDescriptors) {
    Loop loop;
    int sv[2];
    ASSERT_EQ(socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_NONBLOCK | SOCK_CLOEXEC, 0, sv), 0);
    Collect a, b;
    auto *ca = new Channel(loop, &a, sv[0]);
    auto *cb = new Channel(loop, &b, sv[1]);
    ca->ref();  // keep the loop running until the messages are in
    std::string big(Channel::kPacket * 3 + 17, 'z');
    int pipefd[2];
    ASSERT_EQ(pipe(pipefd), 0);
    ca->send(Kind::kMessage, 7, "first");
    ca->send(Kind::kHandoff, 1, big, pipefd[0]);  // the descriptor travels with it
    ca->send(Kind::kMessage, 7, "");
    struct Stop {
        static void check(Timer &t, void *arg) {
            auto *p = static_cast<std::pair<Collect *, Channel *> *>(arg);
            if (p->first->got.size() >= 3) {
                p->second->unref();
                t.cancel();
            }
        }
    };
    std::pair<Collect *, Channel *> ctx{&b, ca};
    auto *t = new Timer(loop, Stop::check, &ctx);
    t->start(1000, 1000);
    loop.run();
    ASSERT_EQ(b.got.size(), 3u);
    EXPECT_EQ(b.got[0].body, "first");
    EXPECT_EQ(b.got[0].peer, 7u);
    EXPECT_EQ(b.got[1].kind, Kind::kHandoff);
    EXPECT_EQ(b.got[1].body, big);
    ASSERT_GE(b.got[1].fd, 0);
    ASSERT_EQ(write(pipefd[1], "x", 1), 1);  // the passed descriptor is the pipe's read end
    char c = 0;
    EXPECT_EQ(read(b.got[1].fd, &c, 1), 1);
    EXPECT_EQ(c, 'x');
    close(b.got[1].fd);
    EXPECT_EQ(b.got[2].body, "");
    close(pipefd[1]);
    t->dispose();
    ca->dispose();
    cb->dispose();
}

}  // namespace
}  // namespace edges::cluster
