// SPDX-License-Identifier: MIT
// libFuzzer target for the request path: arbitrary bytes through the llhttp
// glue (limits, pipelining pauses) and the response framing built for every
// request that parses. Built by CMake with -DEDGES_FUZZ=ON and clang.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "http/parser.h"
#include "http/response.h"

namespace {

struct Listener : edges::http::ParserListener {
    std::string out;
    size_t body = 0;
    bool on_head(edges::http::RequestHead &h) override {
        std::vector<edges::http::HeaderView> views;
        for (size_t i = 0; i < h.header_count(); i++) views.push_back({h.name(i), h.value(i)});
        edges::http::ResponseHead head{200, "", views.data(), views.size()};
        edges::http::FramingInput in;
        in.head_request = h.method == HTTP_HEAD;
        in.http10 = h.http_minor == 0;
        in.keep_alive = h.keep_alive;
        in.body_complete = (h.url().size() & 1) != 0;
        in.body_length = h.url().size();
        out.clear();
        edges::http::build_head(out, head, in);
        edges::http::append_chunk_header(out, h.url().size());
        return true;
    }
    bool on_body(const char *, size_t n) override {
        body += n;
        return true;
    }
    bool on_message_complete() override { return true; }  // pause between pipelined requests
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size == 0) return 0;
    Listener l;
    edges::http::RequestParser::Limits limits;
    limits.max_header_size = 1 + (data[0] & 0x3f) * 64;
    limits.max_url_size = limits.max_header_size / 2 + 1;
    limits.max_body_size = (data[0] & 0x40) ? 100 : 0;
    edges::http::RequestParser p(l, limits);
    const char *in = reinterpret_cast<const char *>(data + 1);
    size_t left = size - 1;
    // Feed in two reads split where the input says, resuming after each pause.
    size_t split = left ? data[0] % (left + 1) : 0;
    std::string pending(in, split);
    std::string second(in + split, left - split);
    for (std::string *chunk : {&pending, &second}) {
        std::string buf = *chunk;
        while (!buf.empty()) {
            size_t consumed = 0;
            auto r = p.execute(buf.data(), buf.size(), &consumed);
            if (r == edges::http::RequestParser::Result::kError || r == edges::http::RequestParser::Result::kUpgrade) {
                return 0;
            }
            buf.erase(0, consumed);
            if (r == edges::http::RequestParser::Result::kPaused) p.resume();
        }
    }
    return 0;
}
