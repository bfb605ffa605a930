// SPDX-License-Identifier: MIT
// libFuzzer target for what the HTTP client reads from a server: responses (one or several on
// a connection, split at a point the input chooses, for a HEAD request or not) through the
// response parser, and their bodies through the gzip/deflate/br decoders. No crash, and a
// complete message with a Content-Length delivers exactly that many body bytes.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "http/decompressor.h"
#include "http/response_parser.h"

using namespace edges::http;

namespace {

struct Listener : ResponseListener {
    std::unique_ptr<Decompressor> decoder;
    std::string decoded, err;
    int64_t expected = -1;
    uint64_t body = 0;
    bool head_request = false;
    bool on_head(IncomingResponse &h) override {
        if (h.status >= 100 && h.status < 200) return true;
        body = 0;
        bool bodiless = head_request || h.status == 204 || h.status == 304;
        expected = !bodiless && !h.chunked ? h.content_length : -1;
        std::string_view enc;
        decoder = h.find("content-encoding", &enc) ? Decompressor::for_encoding(enc) : nullptr;
        (void)h.reason();
        for (size_t i = 0; i < h.header_count(); i++) (void)h.value(i);
        return true;
    }
    bool on_body(const char *data, size_t len) override {
        body += len;
        if (decoder) {
            decoded.clear();
            if (!decoder->write(data, len, &decoded, &err)) decoder.reset();
        }
        return true;
    }
    void on_message_complete() override {
        if (expected >= 0 && body != uint64_t(expected)) __builtin_trap();
        expected = -1;
    }
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size < 2) return 0;
    Listener l;
    l.head_request = data[0] & 1;
    size_t split = data[1];
    const char *p = reinterpret_cast<const char *>(data + 2);
    size_t n = size - 2;
    ResponseParser parser(l, 4096);
    parser.expect_head_response(l.head_request);
    // Two reads: the first `split` bytes, then the rest (a message may end in either).
    size_t first = split < n ? split : n;
    const char *parts[2] = {p, p + first};
    size_t lens[2] = {first, n - first};
    for (int i = 0; i < 2; i++) {
        const char *d = parts[i];
        size_t len = lens[i];
        while (len > 0) {
            size_t used = 0;
            ResponseParser::Result r = parser.execute(d, len, &used);
            if (r == ResponseParser::Result::kError) return 0;
            if (r == ResponseParser::Result::kOk) break;
            d += used;
            len -= used;
            parser.resume();
            parser.expect_head_response(l.head_request);
        }
    }
    (void)parser.finish();
    return 0;
}
