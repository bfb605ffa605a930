// SPDX-License-Identifier: MIT
#include "http/parser.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace edges::http {
namespace {

struct Collector : ParserListener {
    struct Message {
        std::string method, url, body;
        std::vector<std::pair<std::string, std::string>> headers;
        bool keep_alive = false, upgrade = false, expect = false;
        int64_t length = -1;
        bool complete = false;
    };
    std::vector<Message> messages;
    bool pause_after_each = false;
    bool on_head(RequestHead &h) override {
        Message m;
        m.method = h.method_name();
        m.url = std::string(h.url());
        for (size_t i = 0; i < h.header_count(); i++) m.headers.emplace_back(h.name(i), h.value(i));
        m.keep_alive = h.keep_alive;
        m.upgrade = h.upgrade;
        m.expect = h.expect_continue;
        m.length = h.content_length;
        messages.push_back(m);
        return true;
    }
    bool on_body(const char *d, size_t n) override {
        messages.back().body.append(d, n);
        return true;
    }
    bool on_message_complete() override {
        messages.back().complete = true;
        return pause_after_each;
    }
};

RequestParser::Result feed_all(RequestParser &p, const std::string &s, size_t *consumed = nullptr) {
    size_t c = 0;
    auto r = p.execute(s.data(), s.size(), &c);
    if (consumed) *consumed = c;
    return r;
}

TEST(RequestParser, ParsesHeadAndKeepsHeaderOrder) {
    Collector c;
    RequestParser p(c, {});
    EXPECT_EQ(feed_all(p, "GET /a?b=1 HTTP/1.1\r\nHost: x\r\nX-Two: 2\r\n\r\n"),
              RequestParser::Result::kDone);
    ASSERT_EQ(c.messages.size(), 1u);
    EXPECT_EQ(c.messages[0].method, "GET");
    EXPECT_EQ(c.messages[0].url, "/a?b=1");
    ASSERT_EQ(c.messages[0].headers.size(), 2u);
    EXPECT_EQ(c.messages[0].headers[1], (std::pair<std::string, std::string>{"X-Two", "2"}));
    EXPECT_TRUE(c.messages[0].keep_alive);
    EXPECT_TRUE(c.messages[0].complete);
    EXPECT_TRUE(p.idle());
}

TEST(RequestParser, HeadersSplitAcrossReadsAndByteByByte) {
    std::string req =
        "POST /upload HTTP/1.1\r\nHost: example.com\r\nContent-Length: 5\r\nX-Long-Name: some "
        "value\r\n\r\nhello";
    Collector c;
    RequestParser p(c, {});
    for (char ch : req) {
        size_t consumed;
        ASSERT_EQ(p.execute(&ch, 1, &consumed), RequestParser::Result::kDone);
    }
    ASSERT_EQ(c.messages.size(), 1u);
    EXPECT_EQ(c.messages[0].headers[2], (std::pair<std::string, std::string>{"X-Long-Name", "some value"}));
    EXPECT_EQ(c.messages[0].body, "hello");
    EXPECT_EQ(c.messages[0].length, 5);
}

TEST(RequestParser, ChunkedBodyArrivesInPieces) {
    Collector c;
    RequestParser p(c, {});
    feed_all(p, "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n");
    EXPECT_FALSE(c.messages[0].complete);
    EXPECT_EQ(c.messages[0].body, "hello");
    feed_all(p, "6\r\n world\r\n0\r\n\r\n");
    EXPECT_TRUE(c.messages[0].complete);
    EXPECT_EQ(c.messages[0].body, "hello world");
}

TEST(RequestParser, RejectsSmuggling) {
    for (std::string bad :
         {"POST / HTTP/1.1\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n",
          "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
          "POST / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab",
          "GET / HTTP/1.1\r\nHost : x\r\n\r\n"}) {
        Collector c;
        RequestParser p(c, {});
        EXPECT_EQ(feed_all(p, bad), RequestParser::Result::kError) << bad;
        EXPECT_EQ(p.error().status, 400) << bad;
    }
}

TEST(RequestParser, EnforcesLimits) {
    RequestParser::Limits limits;
    limits.max_header_size = 100;
    limits.max_url_size = 50;
    limits.max_body_size = 10;
    struct Case {
        std::string input;
        int status;
    } cases[] = {
        {"GET /" + std::string(60, 'u') + " HTTP/1.1\r\n\r\n", 414},
        {"GET / HTTP/1.1\r\nX: " + std::string(120, 'h') + "\r\n\r\n", 431},
        {"POST / HTTP/1.1\r\nContent-Length: 11\r\n\r\n", 413},
        {"POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nb\r\n" + std::string(11, 'b') + "\r\n", 413},
    };
    for (auto &cs : cases) {
        Collector c;
        RequestParser p(c, limits);
        EXPECT_EQ(feed_all(p, cs.input), RequestParser::Result::kError) << cs.input;
        EXPECT_EQ(p.error().status, cs.status) << cs.input;
    }
}

TEST(RequestParser, PausesBetweenPipelinedRequests) {
    Collector c;
    c.pause_after_each = true;
    RequestParser p(c, {});
    std::string two = "GET /1 HTTP/1.1\r\n\r\nGET /2 HTTP/1.1\r\n\r\n";
    size_t consumed;
    EXPECT_EQ(feed_all(p, two, &consumed), RequestParser::Result::kPaused);
    EXPECT_EQ(consumed, two.size() / 2);
    EXPECT_EQ(c.messages.size(), 1u);
    p.resume();
    std::string rest = two.substr(consumed);
    EXPECT_EQ(feed_all(p, rest, &consumed), RequestParser::Result::kPaused);
    ASSERT_EQ(c.messages.size(), 2u);
    EXPECT_EQ(c.messages[1].url, "/2");
}

TEST(RequestParser, UpgradeStopsAtTheEndOfTheHead) {
    Collector c;
    RequestParser p(c, {});
    std::string req = "GET /ws HTTP/1.1\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n\r\n";
    size_t consumed;
    EXPECT_EQ(feed_all(p, req + "\x81\x05hello", &consumed), RequestParser::Result::kUpgrade);
    EXPECT_EQ(consumed, req.size());
    EXPECT_TRUE(c.messages[0].upgrade);
}

TEST(RequestParser, ExpectContinueAndHttp10KeepAlive) {
    Collector c;
    RequestParser p(c, {});
    feed_all(p, "POST / HTTP/1.1\r\nExpect: 100-Continue\r\nContent-Length: 0\r\n\r\n");
    EXPECT_TRUE(c.messages[0].expect);
    feed_all(p, "GET / HTTP/1.0\r\n\r\n");
    EXPECT_FALSE(c.messages[1].keep_alive);
    Collector c2;
    RequestParser p2(c2, {});
    feed_all(p2, "GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n");
    EXPECT_TRUE(c2.messages[0].keep_alive);
}

}  // namespace
}  // namespace edges::http
