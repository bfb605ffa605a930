// SPDX-License-Identifier: MIT
#include "websocket/frame.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace edges::ws {
namespace {

struct Recorder : FrameListener {
    std::vector<std::string> events;
    std::string data;
    void on_frame_begin(uint8_t op, bool fin, bool rsv1, uint64_t len) override {
        events.push_back("begin op=" + std::to_string(op) + (fin ? " fin" : "") + (rsv1 ? " rsv1" : "") +
                         " len=" + std::to_string(len));
    }
    void on_frame_data(const char *d, size_t n) override { data.append(d, n); }
    void on_frame_end() override { events.push_back("end"); }
    void on_control(uint8_t op, const char *p, size_t n) override {
        events.push_back("control op=" + std::to_string(op) + " " + std::string(p, n));
    }
};

// A frame as a client sends it: masked.
std::string client_frame(uint8_t op, bool fin, const std::string &payload, bool rsv1 = false) {
    uint8_t head[14];
    const uint8_t mask[4] = {0x11, 0x22, 0x33, 0x44};
    size_t n = encode_header(head, op, fin, rsv1, payload.size(), mask);
    std::string body = payload;
    mask_payload(body.data(), body.size(), mask, 0);
    return std::string(reinterpret_cast<char *>(head), n) + body;
}

TEST(FrameDecoder, UnmasksAndReportsFramesOfEveryLengthForm) {
    for (size_t len : {0u, 5u, 125u, 126u, 65535u, 65536u, 100000u}) {
        Recorder r;
        FrameDecoder d(r, Role::kServer, false, 0);
        std::string payload(len, 'x');
        for (size_t i = 0; i < len; i++) payload[i] = char('a' + i % 26);
        std::string wire = client_frame(kBinary, true, payload);
        ASSERT_TRUE(d.feed(wire.data(), wire.size())) << len;
        EXPECT_EQ(r.data, payload) << len;
        EXPECT_EQ(r.events.back(), "end");
    }
}

TEST(FrameDecoder, ByteByByteWithControlFramesInsideAFragmentedMessage) {
    std::string wire = client_frame(kText, false, "Hel") + client_frame(kPing, true, "p1") +
                       client_frame(kContinuation, false, "lo, ") + client_frame(kPong, true, "") +
                       client_frame(kContinuation, true, "world");
    Recorder r;
    FrameDecoder d(r, Role::kServer, false, 0);
    for (char &c : wire) ASSERT_TRUE(d.feed(&c, 1));
    EXPECT_EQ(r.data, "Hello, world");
    EXPECT_EQ(r.events,
              (std::vector<std::string>{"begin op=1 len=3", "end", "control op=9 p1", "begin op=0 len=4",
                                        "end", "control op=10 ", "begin op=0 fin len=5", "end"}));
    EXPECT_TRUE(d.between_messages());
}

TEST(FrameDecoder, ProtocolViolationsAre1002) {
    struct Case {
        std::string wire;
        const char *why;
    };
    std::string unmasked = "\x81\x02hi";
    uint8_t big_ping[14];
    const uint8_t mask[4] = {1, 2, 3, 4};
    size_t n = encode_header(big_ping, kPing, true, false, 126, mask);
    std::vector<Case> cases = {
        {unmasked, "unmasked client frame"},
        {client_frame(0x3, true, "x"), "reserved data opcode"},
        {client_frame(0xB, true, "x"), "reserved control opcode"},
        {client_frame(kPing, false, "x"), "fragmented ping"},
        {std::string(reinterpret_cast<char *>(big_ping), n) + std::string(126, 'p'), "ping over 125"},
        {client_frame(kContinuation, true, "x"), "continuation first"},
        {client_frame(kText, false, "a") + client_frame(kText, true, "b"), "text inside text"},
        {client_frame(kText, true, "x", true), "rsv1 without deflate"},
        {"\xa1\x80\x01\x02\x03\x04", "rsv2"},
    };
    for (auto &c : cases) {
        Recorder r;
        FrameDecoder d(r, Role::kServer, false, 0);
        EXPECT_FALSE(d.feed(c.wire.data(), c.wire.size())) << c.why;
        EXPECT_EQ(d.error_code(), kProtocolError) << c.why;
    }
}

TEST(FrameDecoder, ClientRefusesMaskedFramesAndLimitsAre1009) {
    Recorder r;
    FrameDecoder client(r, Role::kClient, false, 0);
    std::string masked = client_frame(kText, true, "x");
    EXPECT_FALSE(client.feed(masked.data(), masked.size()));
    EXPECT_EQ(client.error_code(), kProtocolError);
    FrameDecoder limited(r, Role::kServer, false, 100);
    std::string big = client_frame(kBinary, true, std::string(101, 'b'));
    EXPECT_FALSE(limited.feed(big.data(), big.size()));
    EXPECT_EQ(limited.error_code(), kMessageTooBig);
}

TEST(FrameDecoder, Rsv1AllowedOnFirstFrameWhenNegotiated) {
    Recorder r;
    FrameDecoder d(r, Role::kServer, true, 0);
    std::string wire = client_frame(kText, false, "ab", true) + client_frame(kContinuation, true, "c");
    EXPECT_TRUE(d.feed(wire.data(), wire.size()));
    EXPECT_EQ(r.events[0], "begin op=1 rsv1 len=2");
    std::string bad = client_frame(kText, false, "ab", true) + client_frame(kContinuation, true, "c", true);
    Recorder r2;
    FrameDecoder d2(r2, Role::kServer, true, 0);
    EXPECT_FALSE(d2.feed(bad.data(), bad.size()));
}

// A listener that finds a violation inside a frame's payload (over maxPayload, bad UTF-8).
struct AbortingRecorder : Recorder {
    FrameDecoder *decoder = nullptr;
    void on_frame_data(const char *d, size_t n) override {
        Recorder::on_frame_data(d, n);
        decoder->abort(kMessageTooBig, "too big");
    }
};

TEST(FrameDecoder, AnAbortInTheMiddleOfAFrameStopsTheFeedAtOnce) {
    AbortingRecorder r;
    FrameDecoder d(r, Role::kServer, false, 0);
    r.decoder = &d;
    std::string wire =
        client_frame(kBinary, true, std::string(1000, 'x')) + client_frame(kText, true, "next");
    // The first piece ends inside the frame: the abort must be reported by this call,
    // not when the frame would have completed.
    EXPECT_FALSE(d.feed(wire.data(), 100));
    EXPECT_EQ(d.error_code(), kMessageTooBig);
    EXPECT_EQ(r.data.size(), 100u - 8u);  // 8 header bytes (2 + 2 length + 4 mask)
    EXPECT_FALSE(d.feed(wire.data() + 100, wire.size() - 100));
    EXPECT_EQ(r.events.size(), 1u);  // only the first frame's begin: nothing after the abort
}

TEST(CloseCodes, Rfc6455Ranges) {
    for (uint16_t ok : {1000, 1001, 1002, 1003, 1007, 1008, 1009, 1010, 1011, 3000, 4999})
        EXPECT_TRUE(valid_close_code(ok));
    for (uint16_t bad : {0, 999, 1004, 1005, 1006, 1015, 1016, 2000, 2999, 5000, 65535})
        EXPECT_FALSE(valid_close_code(bad));
}

TEST(MaskPayload, IsItsOwnInverseAtAnyPhase) {
    const uint8_t mask[4] = {0xde, 0xad, 0xbe, 0xef};
    std::string s = "the quick brown fox jumps over the lazy dog";
    for (uint64_t phase = 0; phase < 4; phase++) {
        std::string t = s;
        mask_payload(t.data(), t.size(), mask, phase);
        EXPECT_NE(t, s);
        mask_payload(t.data(), t.size(), mask, phase);
        EXPECT_EQ(t, s);
    }
}

}  // namespace
}  // namespace edges::ws
