// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace edges::http {

struct HeaderView {
    std::string_view name;
    std::string_view value;
};

// What the application says about a response.
struct ResponseHead {
    int status = 200;
    std::string_view reason;  // empty: the standard phrase
    const HeaderView *headers = nullptr;
    size_t header_count = 0;
};

// How the body is delimited, decided when the head is written (node's rules).
enum class Framing { kNone, kLength, kChunked, kClose };

// What the head builder needs to know about the request and the body.
struct FramingInput {
    bool head_request = false;  // HEAD: no body, whatever the headers say
    bool http10 = false;
    bool keep_alive = true;      // the request allows it and the server wants it
    bool body_complete = false;  // end() is called with the whole body now
    size_t body_length = 0;      // its length, when body_complete
    unsigned keep_alive_timeout_s = 5;
};

struct FramingOutput {
    Framing framing = Framing::kNone;
    bool keep_alive = true;
    bool body_allowed = true;
};

// Appends the status line and headers to `out`, adding Date, Connection and
// Content-Length or Transfer-Encoding as node does: Content-Length when the
// whole body is known at end(), chunked when streamed (HTTP/1.1), close-delimited
// for HTTP/1.0, nothing for HEAD, 1xx, 204 and 304.
FramingOutput build_head(std::string &out, const ResponseHead &head, const FramingInput &in);

// "Thu, 26 Nov 2026 14:00:00 GMT", computed at most once per second.
std::string_view http_date();

// Chunk framing for Framing::kChunked: "<hex>\r\n" (format_... writes at most 18 bytes).
size_t format_chunk_header(char *buf, size_t len);
void append_chunk_header(std::string &out, size_t len);
constexpr std::string_view kChunkTrailer = "\r\n";
constexpr std::string_view kLastChunk = "0\r\n\r\n";

}  // namespace edges::http
