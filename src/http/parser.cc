// SPDX-License-Identifier: MIT
#include "parser.h"

#include "../core/text.h"

#include <strings.h>

#include <utility>

namespace edges::http {

namespace {

RequestParser *self(llhttp_t *p) { return static_cast<RequestParser *>(p->data); }

}  // namespace

bool RequestHead::find(std::string_view name, std::string_view *value) const {
    for (size_t i = 0; i < headers_.size(); i++) {
        if (equals_ci(this->name(i), name)) {
            *value = this->value(i);
            return true;
        }
    }
    return false;
}

void RequestHead::swap(RequestHead &o) noexcept {
    // Member by member: std::swap(*this, o) moves each string three times.
    buf_.swap(o.buf_);
    headers_.swap(o.headers_);
    std::swap(url_len_, o.url_len_);
    std::swap(method, o.method);
    std::swap(http_major, o.http_major);
    std::swap(http_minor, o.http_minor);
    std::swap(keep_alive, o.keep_alive);
    std::swap(upgrade, o.upgrade);
    std::swap(expect_continue, o.expect_continue);
    std::swap(chunked, o.chunked);
    std::swap(content_length, o.content_length);
}

void RequestHead::clear() {
    buf_.clear();
    url_len_ = 0;
    headers_.clear();
    keep_alive = true;
    upgrade = expect_continue = chunked = false;
    content_length = -1;
}

RequestParser::RequestParser(ParserListener &listener, Limits limits) : listener_(listener), limits_(limits) {
    llhttp_settings_init(&settings_);
    settings_.on_message_begin = on_message_begin;
    settings_.on_url = on_url;
    settings_.on_header_field = on_header_field;
    settings_.on_header_value = on_header_value;
    settings_.on_headers_complete = on_headers_complete;
    settings_.on_body = on_body;
    settings_.on_message_complete = on_message_complete;
    llhttp_init(&parser_, HTTP_REQUEST, &settings_);
    parser_.data = this;
}

int RequestParser::fail(int status, const char *reason) {
    error_.status = status;
    error_.reason = reason;
    user_error_ = true;
    return HPE_USER;
}

bool RequestParser::count_header_bytes(size_t len) {
    header_bytes_ += len;
    return header_bytes_ <= limits_.max_header_size;
}

int RequestParser::on_message_begin(llhttp_t *p) {
    RequestParser *s = self(p);
    s->head_.clear();
    s->header_bytes_ = 0;
    s->body_bytes_ = 0;
    s->in_message_ = true;
    s->in_value_ = false;
    s->listener_.on_message_begin();
    return 0;
}

int RequestParser::on_url(llhttp_t *p, const char *at, size_t len) {
    RequestParser *s = self(p);
    if (s->head_.url_len_ + len > s->limits_.max_url_size) return s->fail(414, "URI Too Long");
    if (!s->count_header_bytes(len)) return s->fail(431, "Request Header Fields Too Large");
    s->head_.buf_.append(at, len);
    s->head_.url_len_ += uint32_t(len);
    return 0;
}

int RequestParser::on_header_field(llhttp_t *p, const char *at, size_t len) {
    RequestParser *s = self(p);
    // RFC 7230 3.2.4: whitespace between a field name and the colon must be a 400 (a smuggling vector).
    for (size_t i = 0; i < len; i++) {
        if (at[i] == ' ' || at[i] == '\t') return s->fail(400, "Invalid header field name");
    }
    if (!s->count_header_bytes(len)) return s->fail(431, "Request Header Fields Too Large");
    RequestHead &h = s->head_;
    if (h.headers_.empty() || s->in_value_) {
        h.headers_.push_back({uint32_t(h.buf_.size()), 0, 0, 0});
        s->in_value_ = false;
    }
    h.buf_.append(at, len);
    h.headers_.back().name_len += uint32_t(len);
    return 0;
}

int RequestParser::on_header_value(llhttp_t *p, const char *at, size_t len) {
    RequestParser *s = self(p);
    if (!s->count_header_bytes(len)) return s->fail(431, "Request Header Fields Too Large");
    RequestHead &h = s->head_;
    if (!s->in_value_) {
        h.headers_.back().value_off = uint32_t(h.buf_.size());
        s->in_value_ = true;
    }
    h.buf_.append(at, len);
    h.headers_.back().value_len += uint32_t(len);
    return 0;
}

int RequestParser::on_headers_complete(llhttp_t *p) {
    RequestParser *s = self(p);
    RequestHead &h = s->head_;
    h.method = p->method;
    h.http_major = p->http_major;
    h.http_minor = p->http_minor;
    h.keep_alive = llhttp_should_keep_alive(p);
    h.upgrade = p->upgrade;
    h.chunked = (p->flags & F_CHUNKED) != 0;
    if (p->flags & F_CONTENT_LENGTH) h.content_length = int64_t(p->content_length);
    if (s->limits_.max_body_size && h.content_length > 0 &&
        uint64_t(h.content_length) > s->limits_.max_body_size) {
        s->fail(413, "Payload Too Large");
        return -1;  // on_headers_complete's error value (HPE_USER would mean something else here)
    }
    std::string_view expect;
    h.expect_continue = h.http_minor >= 1 && h.find("expect", &expect) && equals_ci(expect, "100-continue");
    if (!s->listener_.on_head(h)) {
        s->fail(0, "");
        return -1;
    }
    return 0;
}

int RequestParser::on_body(llhttp_t *p, const char *at, size_t len) {
    RequestParser *s = self(p);
    s->body_bytes_ += len;
    if (s->limits_.max_body_size && s->body_bytes_ > s->limits_.max_body_size)
        return s->fail(413, "Payload Too Large");
    if (!s->listener_.on_body(at, len)) return s->fail(0, "");
    return 0;
}

int RequestParser::on_message_complete(llhttp_t *p) {
    RequestParser *s = self(p);
    s->in_message_ = false;
    return s->listener_.on_message_complete() ? HPE_PAUSED : 0;
}

RequestParser::Result RequestParser::execute(const char *data, size_t len, size_t *consumed) {
    llhttp_errno_t err = llhttp_execute(&parser_, data, len);
    switch (err) {
        case HPE_OK:
            *consumed = len;
            return Result::kDone;
        case HPE_PAUSED:
            *consumed = size_t(llhttp_get_error_pos(&parser_) - data);
            return Result::kPaused;
        case HPE_PAUSED_UPGRADE:
            *consumed = size_t(llhttp_get_error_pos(&parser_) - data);
            return Result::kUpgrade;
        default:
            *consumed = len;
            if (!user_error_) {
                error_.status = 400;
                error_.reason =
                    llhttp_get_error_reason(&parser_) ? llhttp_get_error_reason(&parser_) : "Bad Request";
            }
            return Result::kError;
    }
}

}  // namespace edges::http
