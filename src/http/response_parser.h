// SPDX-License-Identifier: MIT
#pragma once

#include <llhttp.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace edges::http {

// A parsed response head: status line and headers in one buffer.
class IncomingResponse {
public:
    int status = 0;
    uint8_t http_major = 1, http_minor = 1;
    bool keep_alive = true;
    bool chunked = false;
    int64_t content_length = -1;  // -1: not given

    std::string_view reason() const { return {buf_.data(), reason_len_}; }
    size_t header_count() const { return headers_.size(); }
    std::string_view name(size_t i) const {
        return {buf_.data() + headers_[i].name_off, headers_[i].name_len};
    }
    std::string_view value(size_t i) const {
        return {buf_.data() + headers_[i].value_off, headers_[i].value_len};
    }
    // The first value of a header (names compare case-insensitively).
    bool find(std::string_view name, std::string_view *value) const;

private:
    friend class ResponseParser;
    struct Span {
        uint32_t name_off, name_len, value_off, value_len;
    };
    void clear();
    std::string buf_;
    uint32_t reason_len_ = 0;
    std::vector<Span> headers_;
};

class ResponseListener {
public:
    virtual ~ResponseListener() = default;
    // The head is in. Return false to stop parsing (the connection is going away).
    virtual bool on_head(IncomingResponse &head) = 0;
    virtual bool on_body(const char *data, size_t len) = 0;
    virtual void on_message_complete() = 0;
};

// llhttp for responses (node's parser): chunked and close-delimited bodies, none for HEAD,
// 1xx, 204 and 304; what llhttp refuses (Content-Length with Transfer-Encoding, two lengths,
// bad chunk sizes) is an error. The parser stops after each message.
class ResponseParser {
public:
    explicit ResponseParser(ResponseListener &listener, size_t max_header_size = 16384);
    ResponseParser(const ResponseParser &) = delete;
    ResponseParser &operator=(const ResponseParser &) = delete;

    // The next response answers a HEAD request (no body whatever its headers say).
    void expect_head_response(bool head) { head_request_ = head; }
    enum class Result { kOk, kPaused, kError };
    // kPaused: a message ended at *consumed (bytes after it are the caller's).
    Result execute(const char *data, size_t len, size_t *consumed);
    // The connection ended: completes a body delimited by the close; kError when a message
    // was cut short.
    Result finish();
    // After kPaused: parse the next message.
    void resume() { llhttp_resume(&parser_); }
    bool in_message() const { return in_message_; }
    const std::string &error() const { return error_; }

private:
    static int on_message_begin(llhttp_t *p);
    static int on_status(llhttp_t *p, const char *at, size_t len);
    static int on_header_field(llhttp_t *p, const char *at, size_t len);
    static int on_header_value(llhttp_t *p, const char *at, size_t len);
    static int on_headers_complete(llhttp_t *p);
    static int on_body(llhttp_t *p, const char *at, size_t len);
    static int on_message_complete(llhttp_t *p);
    int fail(const char *why);

    llhttp_t parser_;
    llhttp_settings_t settings_;
    ResponseListener &listener_;
    size_t max_header_size_;
    size_t header_bytes_ = 0;
    IncomingResponse head_;
    std::string error_;
    bool head_request_ = false;
    bool in_message_ = false;
    bool in_value_ = false;
    bool stopped_ = false;
};

}  // namespace edges::http
