// SPDX-License-Identifier: MIT
#include "http/client.h"

#include <gtest/gtest.h>
#include <zlib.h>

#include <functional>
#include <string>
#include <vector>

#include "core/listener.h"
#include "core/loop.h"
#include "core/stream.h"
#include "http/url.h"

namespace edges::http {
namespace {

// A server that answers each connection with canned bytes: `answer(request bytes so far)`
// returns what to send once a request is in (empty: wait for more); `close_after` closes then.
struct RawServer : ListenerHandler, StreamHandler {
    Loop &loop;
    Listener *listener;
    std::function<std::string(const std::string &)> answer;
    bool close_after = false;
    int connections = 0;
    std::vector<Stream *> streams;
    std::unordered_map<Stream *, std::string> got;
    std::string all;  // every request byte, all connections
    RawServer(Loop &l) : loop(l), listener(new Listener(l, this)) {
        EXPECT_FALSE(listener->listen_tcp("127.0.0.1", 0, 16));
        listener->unref();  // the loop ends when the client side is done
    }
    ~RawServer() {
        listener->dispose();
        for (Stream *s : streams) s->dispose();
    }
    uint16_t port() const { return listener->address().port(); }
    void on_connection(Listener &, int fd, const SocketAddress &peer) override {
        connections++;
        auto *s = new Stream(loop, this);
        streams.push_back(s);
        s->adopt(fd, peer);
        s->unref();
        s->resume();
    }
    void on_data(Stream &s, const char *d, size_t n) override {
        got[&s].append(d, n);
        all.append(d, n);
        std::string out = answer(got[&s]);
        if (out.empty()) return;
        got[&s].clear();
        s.write(out.data(), out.size());
        if (close_after) s.end();
    }
    void on_end(Stream &s) override { s.end(); }
    void on_close(Stream &, bool) override {}
};

// Records what a request reports; stops the loop at close unless told otherwise.
struct Recorder : ClientHandler {
    int status = 0;
    std::string body, error, aborted, headers;
    int closes = 0, ends = 0, timeouts = 0;
    std::function<void()> after;
    void on_response(ClientRequest &, const IncomingResponse &h) override {
        status = h.status;
        for (size_t i = 0; i < h.header_count(); i++)
            headers += std::string(h.name(i)) + "=" + std::string(h.value(i)) + ";";
    }
    void on_data(ClientRequest &, const char *d, size_t n) override { body.append(d, n); }
    void on_end(ClientRequest &) override { ends++; }
    void on_aborted(ClientRequest &, const Error &e) override { aborted = e.message; }
    void on_error(ClientRequest &, const Error &e) override { error = e.message; }
    void on_timeout(ClientRequest &r) override {
        timeouts++;
        r.abort();
    }
    void on_close(ClientRequest &r) override {
        closes++;
        r.release();
        if (after) after();
    }
};

ClientOptions get(uint16_t port, const std::string &path = "/", const std::string &method = "GET") {
    ClientOptions o;
    std::string err;
    EXPECT_TRUE(parse_url("http://127.0.0.1:" + std::to_string(port) + path, &o.url, &err)) << err;
    o.method = method;
    return o;
}

std::string ok(const std::string &body) {
    return "HTTP/1.1 200 OK\r\nContent-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body;
}

bool full_request(const std::string &r) { return r.find("\r\n\r\n") != std::string::npos; }

TEST(Url, ParsesAndResolves) {
    Url u;
    std::string err;
    ASSERT_TRUE(parse_url("https://user:p%40ss@Example.com:8443/a/b?q=1#frag", &u, &err));
    EXPECT_TRUE(u.secure);
    EXPECT_EQ(u.host, "example.com");
    EXPECT_EQ(u.port, 8443);
    EXPECT_EQ(u.path, "/a/b?q=1");
    EXPECT_EQ(u.userinfo, "user:p%40ss");
    EXPECT_EQ(u.authority(), "example.com:8443");
    ASSERT_TRUE(parse_url("http://[::1]/", &u, &err));
    EXPECT_EQ(u.host, "::1");
    EXPECT_EQ(u.authority(), "[::1]");
    ASSERT_TRUE(parse_url("http://h", &u, &err));
    EXPECT_EQ(u.path, "/");
    EXPECT_EQ(u.port, 80);
    EXPECT_FALSE(parse_url("ftp://h/", &u, &err));
    EXPECT_FALSE(parse_url("http://h:99999/", &u, &err));
    EXPECT_FALSE(parse_url("http://h/a b", &u, &err));
    EXPECT_FALSE(parse_url("http:///x", &u, &err));
    Url base, r;
    ASSERT_TRUE(parse_url("http://h/a/b/c?x", &base, &err));
    ASSERT_TRUE(resolve_url(base, "../d", &r, &err));
    EXPECT_EQ(r.path, "/a/d");
    ASSERT_TRUE(resolve_url(base, "/e?f", &r, &err));
    EXPECT_EQ(r.path, "/e?f");
    ASSERT_TRUE(resolve_url(base, "//other:81/z", &r, &err));
    EXPECT_EQ(r.host, "other");
    EXPECT_EQ(r.port, 81);
    ASSERT_TRUE(resolve_url(base, "https://s/", &r, &err));
    EXPECT_TRUE(r.secure);
    EXPECT_FALSE(resolve_url(base, "javascript://x", &r, &err));
}

TEST(Client, KeepAliveReusesTheConnection) {
    Loop loop;
    RawServer srv(loop);
    srv.answer = [](const std::string &r) { return full_request(r) ? ok("hello") : ""; };
    Agent agent(loop, AgentOptions{});
    Recorder a, b;
    a.after = [&] {
        auto *second = new ClientRequest(loop, &agent, get(srv.port(), "/two"), b);
        second->end(nullptr, 0);
    };
    auto *first = new ClientRequest(loop, &agent, get(srv.port(), "/one"), a);
    first->end(nullptr, 0);
    b.after = [&] { agent.destroy(); };
    loop.run();
    EXPECT_EQ(a.status, 200);
    EXPECT_EQ(a.body, "hello");
    EXPECT_EQ(b.body, "hello");
    EXPECT_EQ(srv.connections, 1);
    EXPECT_NE(srv.all.find("GET /one HTTP/1.1\r\nHost: 127.0.0.1:"), std::string::npos);
    EXPECT_NE(srv.all.find("Connection: keep-alive"), std::string::npos);
}

TEST(Client, StreamsAChunkedUploadAndReadsAChunkedAnswer) {
    Loop loop;
    RawServer srv(loop);
    srv.answer = [](const std::string &r) {
        return r.find("0\r\n\r\n") != std::string::npos
                   ? "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n2\r\nde\r\n0\r\n\r\n"
                   : "";
    };
    Recorder a;
    auto *r = new ClientRequest(loop, nullptr, get(srv.port(), "/up", "POST"), a);
    r->write("hello ", 6);
    r->write("world", 5);
    r->end(nullptr, 0);
    loop.run();
    EXPECT_NE(srv.all.find("Transfer-Encoding: chunked\r\n"), std::string::npos);
    EXPECT_NE(srv.all.find("6\r\nhello \r\n5\r\nworld\r\n0\r\n\r\n"), std::string::npos);
    EXPECT_NE(srv.all.find("Connection: close"), std::string::npos);
    EXPECT_EQ(a.body, "abcde");
    EXPECT_EQ(a.ends, 1);
}

TEST(Client, HeadAnd204HaveNoBodyAndACloseDelimitedOneEndsWithTheConnection) {
    Loop loop;
    RawServer srv(loop);
    srv.answer = [](const std::string &r) {
        if (!full_request(r)) return std::string();
        if (r.rfind("HEAD", 0) == 0) return std::string("HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n");
        if (r.find("/204") != std::string::npos) return std::string("HTTP/1.1 204 No Content\r\n\r\n");
        return std::string(
            "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nConnection: close\r\n\r\nto the end");
    };
    Agent agent(loop, AgentOptions{});
    Recorder h, n, c;
    (new ClientRequest(loop, &agent, get(srv.port(), "/", "HEAD"), h))->end(nullptr, 0);
    (new ClientRequest(loop, &agent, get(srv.port(), "/204"), n))->end(nullptr, 0);
    srv.close_after = false;
    loop.run();
    EXPECT_EQ(h.status, 200);
    EXPECT_EQ(h.ends, 1);
    EXPECT_EQ(h.body, "");
    EXPECT_EQ(n.status, 204);
    EXPECT_EQ(n.ends, 1);
    srv.close_after = true;
    (new ClientRequest(loop, &agent, get(srv.port(), "/close"), c))->end(nullptr, 0);
    c.after = [&] { agent.destroy(); };
    loop.run();
    EXPECT_EQ(c.status, 200);  // the 100 before it is skipped
    EXPECT_EQ(c.body, "to the end");
    EXPECT_EQ(c.ends, 1);
}

TEST(Client, AServerThatClosesMidResponseAbortsIt) {
    Loop loop;
    RawServer srv(loop);
    srv.close_after = true;
    srv.answer = [](const std::string &r) {
        return full_request(r) ? std::string("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nonly part")
                               : std::string();
    };
    Recorder a;
    (new ClientRequest(loop, nullptr, get(srv.port()), a))->end(nullptr, 0);
    loop.run();
    EXPECT_EQ(a.status, 200);
    EXPECT_EQ(a.body, "only part");
    EXPECT_EQ(a.ends, 0);
    EXPECT_FALSE(a.aborted.empty());
    EXPECT_EQ(a.closes, 1);
}

TEST(Client, LengthAndChunkedTogetherIsRefused) {
    Loop loop;
    RawServer srv(loop);
    srv.answer = [](const std::string &r) {
        return full_request(r)
                   ? std::string(
                         "HTTP/1.1 200 OK\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n"
                         "5\r\nhello\r\n0\r\n\r\n")
                   : std::string();
    };
    Recorder a;
    (new ClientRequest(loop, nullptr, get(srv.port()), a))->end(nullptr, 0);
    loop.run();
    EXPECT_EQ(a.status, 0);
    EXPECT_NE(a.error.find("Parse Error"), std::string::npos) << a.error;
}

TEST(Client, ARefusedConnectionIsAnError) {
    Loop loop;
    uint16_t port;
    {
        Listener *l = new Listener(loop, nullptr);
        ASSERT_FALSE(l->listen_tcp("127.0.0.1", 0, 1));
        port = l->address().port();
        l->dispose();
    }
    Recorder a;
    (new ClientRequest(loop, nullptr, get(port), a))->end(nullptr, 0);
    loop.run();
    EXPECT_NE(a.error.find("ECONNREFUSED"), std::string::npos) << a.error;
}

TEST(Client, FollowsRedirectsWhenAskedAndDecodesGzip) {
    Loop loop;
    RawServer srv(loop);
    std::string text(5000, 'z');
    srv.answer = [&](const std::string &r) {
        if (!full_request(r)) return std::string();
        if (r.rfind("POST /old", 0) == 0)
            return std::string(
                "HTTP/1.1 303 See Other\r\nLocation: /new?x=1\r\nContent-Length: 3\r\n\r\nbye");
        if (r.rfind("GET /new?x=1", 0) == 0) {
            z_stream z{};
            deflateInit2(&z, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
            std::string out(deflateBound(&z, text.size()), '\0');
            z.next_in = reinterpret_cast<Bytef *>(&text[0]);
            z.avail_in = uInt(text.size());
            z.next_out = reinterpret_cast<Bytef *>(&out[0]);
            z.avail_out = uInt(out.size());
            deflate(&z, Z_FINISH);
            out.resize(out.size() - z.avail_out);
            deflateEnd(&z);
            return "HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nContent-Length: " +
                   std::to_string(out.size()) + "\r\n\r\n" + out;
        }
        return std::string("HTTP/1.1 500 x\r\nContent-Length: 0\r\n\r\n");
    };
    Agent agent(loop, AgentOptions{});
    Recorder a;
    ClientOptions o = get(srv.port(), "/old", "POST");
    o.follow_redirects = 3;
    o.decompress = true;
    o.headers.emplace_back("Content-Type", "text/plain");
    auto *r = new ClientRequest(loop, &agent, o, a);
    r->end("data", 4);
    a.after = [&] { agent.destroy(); };
    loop.run();
    EXPECT_EQ(a.status, 200);
    EXPECT_EQ(a.body, text);
    EXPECT_NE(srv.all.find("Accept-Encoding: br, gzip, deflate"), std::string::npos);
    EXPECT_EQ(srv.all.find("GET /new?x=1 HTTP/1.1\r\nHost: 127.0.0.1:" + std::to_string(srv.port()) +
                           "\r\nAccept-Encoding"),
              srv.all.find("GET /new"));
}

TEST(Client, AKeptSocketTheServerClosedIsRetriedOnce) {
    Loop loop;
    RawServer srv(loop);
    int answered = 0;
    srv.answer = [&](const std::string &r) {
        if (!full_request(r)) return std::string();
        answered++;
        return ok("n" + std::to_string(answered));
    };
    Agent agent(loop, AgentOptions{});
    Recorder a, b;
    // The server drops the idle connection before the second request goes out on it.
    a.after = [&] {
        for (Stream *s : srv.streams) s->destroy();
    };
    (new ClientRequest(loop, &agent, get(srv.port(), "/a"), a))->end(nullptr, 0);
    loop.run();
    EXPECT_EQ(a.body, "n1");
    EXPECT_EQ(agent.idle_count(), 1u);  // kept, though its server end is gone (not seen yet)
    b.after = [&] { agent.destroy(); };
    auto *second = new ClientRequest(loop, &agent, get(srv.port(), "/b"), b);
    second->end(nullptr, 0);
    loop.run();
    EXPECT_EQ(b.body, "n2");
    EXPECT_EQ(srv.connections, 2);
}

TEST(Client, MaxSocketsQueuesRequests) {
    Loop loop;
    RawServer srv(loop);
    srv.answer = [](const std::string &r) { return full_request(r) ? ok("x") : ""; };
    AgentOptions ao;
    ao.max_sockets = 1;
    Agent agent(loop, ao);
    std::vector<Recorder> rec(5);
    int closed = 0;
    for (auto &r : rec) {
        r.after = [&] {
            if (++closed == 5) agent.destroy();
        };
        (new ClientRequest(loop, &agent, get(srv.port()), r))->end(nullptr, 0);
    }
    loop.run();
    for (auto &r : rec) EXPECT_EQ(r.body, "x");
    EXPECT_EQ(srv.connections, 1);
}

TEST(Client, TimeoutReachesTheHandler) {
    Loop loop;
    RawServer srv(loop);
    srv.answer = [](const std::string &) { return std::string(); };  // never answers
    Recorder a;
    ClientOptions o = get(srv.port());
    o.timeout_ms = 50;
    (new ClientRequest(loop, nullptr, o, a))->end(nullptr, 0);
    loop.run();
    EXPECT_EQ(a.timeouts, 1);
    EXPECT_EQ(a.closes, 1);
}

}  // namespace
}  // namespace edges::http
