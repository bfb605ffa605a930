// SPDX-License-Identifier: MIT
// libFuzzer target for the WebSocket frame decoder: arbitrary bytes, as a
// server (masked frames) or a client, with or without RSV1, fed in two pieces,
// text payloads run through the UTF-8 validator.
#include <cstddef>
#include <cstdint>
#include <string>

#include "websocket/frame.h"
#include "websocket/utf8.h"

namespace {

struct Listener : edges::ws::FrameListener {
    edges::ws::FrameDecoder *decoder = nullptr;
    edges::ws::Utf8Validator utf8;
    bool text = false;
    void on_frame_begin(uint8_t op, bool, bool, uint64_t) override {
        if (op != edges::ws::kContinuation) {
            text = op == edges::ws::kText;
            utf8.reset();
        }
    }
    void on_frame_data(const char *d, size_t n) override {
        if (text && !utf8.feed(reinterpret_cast<const uint8_t *>(d), n)) decoder->abort(1007, "invalid UTF-8");
    }
    void on_frame_end() override {}
    void on_control(uint8_t op, const char *p, size_t n) override {
        if (op == edges::ws::kClose && n >= 2) {
            uint16_t code = uint16_t((uint8_t(p[0]) << 8) | uint8_t(p[1]));
            if (!edges::ws::valid_close_code(code) || !edges::ws::Utf8Validator::valid(p + 2, n - 2)) {
                decoder->abort(1002, "bad close frame");
            }
        }
    }
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size < 1) return 0;
    uint8_t flags = data[0];
    std::string buf(reinterpret_cast<const char *>(data + 1), size - 1);
    Listener l;
    edges::ws::FrameDecoder d(l, (flags & 1) ? edges::ws::Role::kClient : edges::ws::Role::kServer, (flags & 2) != 0,
                              (flags & 4) ? 1000 : 0);
    l.decoder = &d;
    size_t split = buf.empty() ? 0 : flags % (buf.size() + 1);
    if (d.feed(buf.data(), split)) d.feed(buf.data() + split, buf.size() - split);
    return 0;
}
