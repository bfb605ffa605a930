// SPDX-License-Identifier: MIT
#include "http/response.h"

#include <gtest/gtest.h>

#include <regex>
#include <string>

namespace edges::http {
namespace {

std::string without_date(std::string s) { return std::regex_replace(s, std::regex("Date: [^\r]*\r\n"), ""); }

TEST(BuildHead, ContentLengthWhenTheWholeBodyIsKnown) {
    HeaderView h[] = {{"Content-Type", "text/plain"}};
    ResponseHead head{200, "", h, 1};
    FramingInput in;
    in.body_complete = true;
    in.body_length = 12;
    std::string out;
    FramingOutput f = build_head(out, head, in);
    EXPECT_EQ(f.framing, Framing::kLength);
    EXPECT_TRUE(f.keep_alive);
    EXPECT_EQ(
        without_date(out),
        "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 12\r\nConnection: keep-alive\r\n"
        "Keep-Alive: timeout=5\r\n\r\n");
    EXPECT_NE(out.find("Date: "), std::string::npos);
}

TEST(BuildHead, ChunkedWhenStreamedAndCloseDelimitedForHttp10) {
    ResponseHead head{201, "Made", nullptr, 0};
    FramingInput in;
    std::string out;
    EXPECT_EQ(build_head(out, head, in).framing, Framing::kChunked);
    EXPECT_EQ(without_date(out),
              "HTTP/1.1 201 Made\r\nTransfer-Encoding: chunked\r\nConnection: keep-alive\r\nKeep-Alive: "
              "timeout=5\r\n\r\n");
    in.http10 = true;
    out.clear();
    FramingOutput f = build_head(out, head, in);
    EXPECT_EQ(f.framing, Framing::kClose);
    EXPECT_FALSE(f.keep_alive);
    EXPECT_EQ(without_date(out), "HTTP/1.1 201 Made\r\nConnection: close\r\n\r\n");
}

TEST(BuildHead, NoBodyForHeadAnd204And304) {
    FramingInput in;
    in.body_complete = true;
    in.body_length = 5;
    for (int status : {204, 304}) {
        ResponseHead head{status, "", nullptr, 0};
        std::string out;
        FramingOutput f = build_head(out, head, in);
        EXPECT_FALSE(f.body_allowed);
        EXPECT_EQ(out.find("Content-Length"), std::string::npos);
        EXPECT_EQ(out.find("Transfer-Encoding"), std::string::npos);
    }
    in.head_request = true;
    ResponseHead head{200, "", nullptr, 0};
    std::string out;
    EXPECT_FALSE(build_head(out, head, in).body_allowed);
    EXPECT_NE(out.find("Content-Length: 5\r\n"), std::string::npos);  // what a GET would get
}

TEST(BuildHead, ApplicationHeadersDecide) {
    HeaderView h[] = {{"content-length", "3"}, {"Connection", "close"}, {"Date", "yesterday"}};
    ResponseHead head{200, "", h, 3};
    FramingInput in;
    std::string out;
    FramingOutput f = build_head(out, head, in);
    EXPECT_EQ(f.framing, Framing::kLength);
    EXPECT_FALSE(f.keep_alive);
    EXPECT_EQ(out, "HTTP/1.1 200 OK\r\ncontent-length: 3\r\nConnection: close\r\nDate: yesterday\r\n\r\n");
}

TEST(BuildHead, ConnectionAndTransferEncodingAreTokenLists) {
    HeaderView h[] = {{"Connection", "Upgrade, close"}, {"Transfer-Encoding", "gzip, chunked"}};
    ResponseHead head{200, "", h, 2};
    FramingInput in;
    std::string out;
    FramingOutput f = build_head(out, head, in);
    EXPECT_FALSE(f.keep_alive);
    EXPECT_EQ(f.framing, Framing::kChunked);
    HeaderView not_close[] = {{"Connection", "closed-caption"}};  // a token, not a substring
    out.clear();
    EXPECT_TRUE(build_head(out, ResponseHead{200, "", not_close, 1}, in).keep_alive);
}

TEST(HttpDate, LooksLikeRfc7231) {
    EXPECT_TRUE(
        std::regex_match(std::string(http_date()),
                         std::regex("[A-Z][a-z]{2}, \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT")));
}

}  // namespace
}  // namespace edges::http
