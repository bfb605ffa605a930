// SPDX-License-Identifier: MIT
#pragma once

#include <llhttp.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace edges::http {

// A parsed request head. The URL and every header name and value live in one
// buffer that keeps its capacity across the requests of a connection.
class RequestHead {
public:
    std::string_view url() const { return {buf_.data(), url_len_}; }
    void swap(RequestHead &other) noexcept;
    size_t header_count() const { return headers_.size(); }
    std::string_view name(size_t i) const {
        return {buf_.data() + headers_[i].name_off, headers_[i].name_len};
    }
    std::string_view value(size_t i) const {
        return {buf_.data() + headers_[i].value_off, headers_[i].value_len};
    }
    // The first value of a header (names compare case-insensitively), or nullptr.
    bool find(std::string_view name, std::string_view *value) const;

    const char *method_name() const { return llhttp_method_name(llhttp_method_t(method)); }

    uint8_t method = 0;
    uint8_t http_major = 1, http_minor = 1;
    bool keep_alive = true;
    bool upgrade = false;
    bool expect_continue = false;
    bool chunked = false;
    int64_t content_length = -1;  // -1: not given

private:
    friend class RequestParser;
    struct Span {
        uint32_t name_off, name_len, value_off, value_len;
    };
    void clear();

    std::string buf_;
    uint32_t url_len_ = 0;
    std::vector<Span> headers_;
};

struct ParseError {
    int status = 0;  // the HTTP status to answer with: 400, 413, 414 or 431; 0: stopped by the listener
    std::string reason;
};

class ParserListener {
public:
    virtual ~ParserListener() = default;
    virtual void on_message_begin() {}
    // Headers are complete; the head stays valid until the next message begins.
    // Return false to stop parsing (the connection is going away).
    virtual bool on_head(RequestHead &head) = 0;
    virtual bool on_body(const char *data, size_t len) = 0;
    // Return true to pause before the next message.
    virtual bool on_message_complete() = 0;
};

// llhttp (node's parser) for requests, with node's limits: the URL and the
// header bytes of a message are bounded (414/431), and so is the body (413)
// when max_body_size is set. Rejects what llhttp rejects, including
// Content-Length together with Transfer-Encoding and bad chunk sizes (400).
class RequestParser {
public:
    struct Limits {
        size_t max_header_size = 16384;
        size_t max_url_size = 8192;
        uint64_t max_body_size = 0;  // 0: unlimited
    };
    enum class Result { kDone, kPaused, kUpgrade, kError };

    RequestParser(ParserListener &listener, Limits limits);
    RequestParser(const RequestParser &) = delete;
    RequestParser &operator=(const RequestParser &) = delete;

    // Parses what it can of data; *consumed tells how far it got (all of it
    // unless paused, upgraded or failed).
    Result execute(const char *data, size_t len, size_t *consumed);
    void resume() { llhttp_resume(&parser_); }
    const ParseError &error() const { return error_; }
    // True between messages: no byte of a next request seen yet.
    bool idle() const { return !in_message_; }
    RequestHead &head() { return head_; }

private:
    static int on_message_begin(llhttp_t *p);
    static int on_url(llhttp_t *p, const char *at, size_t len);
    static int on_header_field(llhttp_t *p, const char *at, size_t len);
    static int on_header_value(llhttp_t *p, const char *at, size_t len);
    static int on_headers_complete(llhttp_t *p);
    static int on_body(llhttp_t *p, const char *at, size_t len);
    static int on_message_complete(llhttp_t *p);
    int fail(int status, const char *reason);
    bool count_header_bytes(size_t len);

    llhttp_t parser_;
    llhttp_settings_t settings_;
    ParserListener &listener_;
    Limits limits_;
    RequestHead head_;
    ParseError error_;
    size_t header_bytes_ = 0;
    uint64_t body_bytes_ = 0;
    bool in_message_ = false;
    bool in_value_ = false;
    bool user_error_ = false;
};

}  // namespace edges::http
