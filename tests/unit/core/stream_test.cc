// SPDX-License-Identifier: MIT
#include "core/stream.h"

#include <gtest/gtest.h>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

#include <string>

#include "core/listener.h"
#include "core/loop.h"

namespace edges {
namespace {

// Records what a stream reports.
struct Recorder : StreamHandler {
    std::string data;
    int connects = 0, ends = 0, drains = 0, errors = 0, closes = 0, timeouts = 0;
    bool had_error = false;
    Error last_error;
    bool end_on_end = false;
    void on_connect(Stream &) override { connects++; }
    void on_data(Stream &, const char *d, size_t n) override { data.append(d, n); }
    void on_end(Stream &s) override {
        ends++;
        if (end_on_end) s.end();
    }
    void on_drain(Stream &) override { drains++; }
    void on_timeout(Stream &s) override {
        timeouts++;
        s.destroy();
    }
    void on_error(Stream &, const Error &e) override {
        errors++;
        last_error = e;
    }
    void on_close(Stream &, bool err) override {
        closes++;
        had_error = err;
    }
};

struct Pair {
    Loop loop;
    Recorder ra, rb;
    Stream *a, *b;
    Pair() {
        int fds[2];
        EXPECT_EQ(socketpair(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0, fds), 0);
        a = new Stream(loop, &ra);
        b = new Stream(loop, &rb);
        a->adopt(fds[0], SocketAddress());
        b->adopt(fds[1], SocketAddress());
        a->resume();
        b->resume();
    }
    ~Pair() {
        a->dispose();
        b->dispose();
    }
};

TEST(Stream, WriteReachesPeerAndEndClosesBothSides) {
    Pair p;
    EXPECT_TRUE(p.a->write("hello", 5));
    p.a->end();
    p.rb.end_on_end = true;
    p.loop.run();
    EXPECT_EQ(p.rb.data, "hello");
    EXPECT_EQ(p.rb.ends, 1);
    EXPECT_EQ(p.ra.ends, 1);
    EXPECT_EQ(p.ra.closes, 1);
    EXPECT_EQ(p.rb.closes, 1);
    EXPECT_FALSE(p.ra.had_error);
    EXPECT_EQ(p.a->bytes_written(), 5u);
    EXPECT_EQ(p.b->bytes_read(), 5u);
}

// A temporary file with `data`, open for reading (the path is gone already).
int temp_file(const std::string &data) {
    char path[] = "/tmp/edges-sendfile-XXXXXX";
    int fd = mkstemp(path);
    unlink(path);
    EXPECT_EQ(write(fd, data.data(), data.size()), ssize_t(data.size()));
    return fd;
}

TEST(Stream, SendFileGoesInOrderWithTheBytesAround) {
    Pair p;
    std::string content(3 * 1024 * 1024, '\0');
    for (size_t i = 0; i < content.size(); i++) content[i] = char('a' + (i * 7) % 26);
    auto file = std::make_shared<SharedFile>(temp_file(content));
    p.a->cork();
    p.a->write("head:", 5);
    p.a->send_file(file, 10, 100);
    p.a->write(":mid:", 5);
    EXPECT_FALSE(p.a->send_file(file, 0, content.size()));  // past the high-water mark
    p.a->write(":tail", 5);
    p.a->uncork();
    p.a->end();
    p.rb.end_on_end = true;
    file.reset();  // the queue keeps the descriptor open
    p.loop.run();
    EXPECT_EQ(p.rb.data, "head:" + content.substr(10, 100) + ":mid:" + content + ":tail");
    EXPECT_EQ(p.a->bytes_written(), 5 + 100 + 5 + content.size() + 5);
    EXPECT_GE(p.ra.drains, 1);
}

TEST(Stream, SendFileOfAShrunkFileFailsTheStream) {
    Pair p;
    auto file = std::make_shared<SharedFile>(temp_file("short"));
    p.a->send_file(file, 0, 100);  // 5 bytes there, 100 announced
    p.loop.run();
    EXPECT_EQ(p.ra.errors, 1);
    EXPECT_EQ(p.ra.last_error.code, EIO);
    EXPECT_TRUE(p.ra.had_error);
}

TEST(Stream, HalfOpenKeepsWritingAfterPeerEnded) {
    Pair p;
    p.b->set_allow_half_open(true);
    p.a->end();
    struct Answer : Recorder {
        void on_end(Stream &s) override {
            ends++;
            s.write("late", 4);
            s.end();
        }
    } answer;
    p.b->set_handler(&answer);
    p.loop.run();
    EXPECT_EQ(answer.ends, 1);
    EXPECT_EQ(p.ra.data, "late");
    EXPECT_EQ(p.ra.closes, 1);
    p.b->set_handler(&p.rb);
}

TEST(Stream, WriteReturnsFalsePastHighWaterMarkThenDrains) {
    Pair p;
    p.a->set_high_water_mark(1024);
    p.b->pause();  // nobody reads: the kernel buffers fill and the stream queues
    std::string chunk(64 * 1024, 'x');
    bool ok = true;
    size_t written = 0;
    for (int i = 0; i < 64 && ok; i++) {
        ok = p.a->write(chunk.data(), chunk.size());
        written += chunk.size();
    }
    EXPECT_FALSE(ok);
    EXPECT_TRUE(p.a->needs_drain());
    EXPECT_GT(p.a->buffered(), 0u);
    p.b->resume();
    struct Stopper : Recorder {
        size_t want = 0;
        void on_data(Stream &s, const char *d, size_t n) override {
            data.append(d, n);
            if (data.size() == want) s.end();
        }
    } reader;
    reader.want = written;
    p.b->set_handler(&reader);
    p.ra.end_on_end = true;
    p.loop.run();
    EXPECT_EQ(reader.data.size(), written);
    EXPECT_EQ(p.ra.drains, 1);
    EXPECT_EQ(p.a->buffered(), 0u);
    p.b->set_handler(&p.rb);
}

TEST(Stream, CorkBatchesWritesIntoOneSend) {
    Pair p;
    p.a->cork();
    p.a->write("a", 1);
    p.a->write("b", 1);
    EXPECT_EQ(p.a->buffered(), 2u);
    p.a->uncork();
    EXPECT_EQ(p.a->buffered(), 0u);
    p.a->end();
    p.rb.end_on_end = true;
    p.loop.run();
    EXPECT_EQ(p.rb.data, "ab");
}

TEST(Stream, DestroyReportsCloseFromTheLoopNotInline) {
    Pair p;
    p.a->destroy();
    EXPECT_EQ(p.ra.closes, 0);  // not inside the call
    EXPECT_TRUE(p.a->closed());
    p.loop.run();
    EXPECT_EQ(p.ra.closes, 1);
    EXPECT_FALSE(p.ra.had_error);
    EXPECT_EQ(p.rb.ends, 1);  // the peer saw EOF
}

TEST(Stream, WriteAfterEndIsRefused) {
    Pair p;
    p.a->end();
    EXPECT_FALSE(p.a->write("x", 1));
    p.rb.end_on_end = true;
    p.loop.run();
    EXPECT_EQ(p.rb.data, "");
}

TEST(Stream, IdleTimeoutFires) {
    Pair p;
    p.a->set_timeout(20);
    p.b->destroy();  // leave `a` idle; its timeout destroys it
    p.loop.run();
    EXPECT_GE(p.ra.timeouts + p.ra.ends, 1);
}

struct Acceptor : ListenerHandler {
    Loop *loop;
    Recorder server_side;
    Stream *accepted = nullptr;
    void on_connection(Listener &l, int fd, const SocketAddress &peer) override {
        l.close();  // one connection is all this test needs
        accepted = new Stream(*loop, &server_side);
        accepted->adopt(fd, peer);
        accepted->resume();
        server_side.end_on_end = true;
    }
};

TEST(Stream, ConnectsToListenerAndRefusedConnectIsAnError) {
    Loop loop;
    Acceptor acc;
    acc.loop = &loop;
    Listener *l = new Listener(loop, &acc);
    ASSERT_FALSE(l->listen_tcp("127.0.0.1", 0, 16));
    uint16_t port = l->address().port();
    Recorder rc;
    Stream *c = new Stream(loop, &rc);
    c->connect("127.0.0.1", port);
    c->write("queued while connecting", 23);
    c->end();
    c->resume();
    loop.run();
    EXPECT_EQ(rc.connects, 1);
    ASSERT_NE(acc.accepted, nullptr);
    EXPECT_EQ(acc.server_side.data, "queued while connecting");
    l->close();
    Recorder refused;
    Stream *r = new Stream(loop, &refused);
    r->connect("127.0.0.1", port);
    loop.run();
    EXPECT_EQ(refused.errors, 1);
    EXPECT_EQ(refused.last_error.code, ECONNREFUSED);
    EXPECT_TRUE(refused.had_error);
    Listener *busy = new Listener(loop, &acc);
    Listener *again = new Listener(loop, &acc);
    ASSERT_FALSE(busy->listen_tcp("127.0.0.1", 0, 16));
    Error e = again->listen_tcp("127.0.0.1", busy->address().port(), 16);
    EXPECT_EQ(e.code, EADDRINUSE);
    for (Handle *h : std::initializer_list<Handle *>{c, r, l, busy, again, acc.accepted}) h->dispose();
}

TEST(Stream, InvalidNamesFailWithoutAskingANameServer) {
    Loop loop;
    Recorder rc;
    Stream *c = new Stream(loop, &rc);
    c->connect("anything.invalid", 80);
    loop.run();
    EXPECT_EQ(rc.errors, 1);
    EXPECT_TRUE(rc.last_error.dns);
    c->dispose();
}

}  // namespace
}  // namespace edges
