// SPDX-License-Identifier: MIT
#include "response_parser.h"

#include "../core/text.h"

namespace edges::http {

namespace {
ResponseParser *self(llhttp_t *p) { return static_cast<ResponseParser *>(p->data); }
}  // namespace

bool IncomingResponse::find(std::string_view n, std::string_view *v) const {
    for (size_t i = 0; i < headers_.size(); i++) {
        if (equals_ci(name(i), n)) {
            *v = value(i);
            return true;
        }
    }
    return false;
}

void IncomingResponse::clear() {
    buf_.clear();
    reason_len_ = 0;
    headers_.clear();
    status = 0;
    keep_alive = true;
    chunked = false;
    content_length = -1;
}

ResponseParser::ResponseParser(ResponseListener &listener, size_t max_header_size)
    : listener_(listener), max_header_size_(max_header_size) {
    llhttp_settings_init(&settings_);
    settings_.on_message_begin = on_message_begin;
    settings_.on_status = on_status;
    settings_.on_header_field = on_header_field;
    settings_.on_header_value = on_header_value;
    settings_.on_headers_complete = on_headers_complete;
    settings_.on_body = on_body;
    settings_.on_message_complete = on_message_complete;
    llhttp_init(&parser_, HTTP_RESPONSE, &settings_);
    parser_.data = this;
}

int ResponseParser::fail(const char *why) {
    error_ = why;
    stopped_ = true;
    return HPE_USER;
}

int ResponseParser::on_message_begin(llhttp_t *p) {
    ResponseParser *s = self(p);
    s->head_.clear();
    s->header_bytes_ = 0;
    s->in_message_ = true;
    s->in_value_ = false;
    return 0;
}

int ResponseParser::on_status(llhttp_t *p, const char *at, size_t len) {
    ResponseParser *s = self(p);
    s->header_bytes_ += len;
    if (s->header_bytes_ > s->max_header_size_) return s->fail("response headers too large");
    s->head_.buf_.append(at, len);
    s->head_.reason_len_ += uint32_t(len);
    return 0;
}

int ResponseParser::on_header_field(llhttp_t *p, const char *at, size_t len) {
    ResponseParser *s = self(p);
    s->header_bytes_ += len;
    if (s->header_bytes_ > s->max_header_size_) return s->fail("response headers too large");
    IncomingResponse &h = s->head_;
    if (h.headers_.empty() || s->in_value_) {
        h.headers_.push_back({uint32_t(h.buf_.size()), 0, 0, 0});
        s->in_value_ = false;
    }
    h.buf_.append(at, len);
    h.headers_.back().name_len += uint32_t(len);
    return 0;
}

int ResponseParser::on_header_value(llhttp_t *p, const char *at, size_t len) {
    ResponseParser *s = self(p);
    s->header_bytes_ += len;
    if (s->header_bytes_ > s->max_header_size_) return s->fail("response headers too large");
    IncomingResponse &h = s->head_;
    if (!s->in_value_) {
        h.headers_.back().value_off = uint32_t(h.buf_.size());
        s->in_value_ = true;
    }
    h.buf_.append(at, len);
    h.headers_.back().value_len += uint32_t(len);
    return 0;
}

int ResponseParser::on_headers_complete(llhttp_t *p) {
    ResponseParser *s = self(p);
    IncomingResponse &h = s->head_;
    h.status = int(p->status_code);
    h.http_major = p->http_major;
    h.http_minor = p->http_minor;
    h.keep_alive = llhttp_should_keep_alive(p);
    h.chunked = (p->flags & F_CHUNKED) != 0;
    if (p->flags & F_CONTENT_LENGTH) h.content_length = int64_t(p->content_length);
    if (!s->listener_.on_head(h)) {
        s->stopped_ = true;
        return -1;
    }
    // 1 tells llhttp there is no body (a HEAD response says the length a GET would get).
    return s->head_request_ && h.status >= 200 ? 1 : 0;
}

int ResponseParser::on_body(llhttp_t *p, const char *at, size_t len) {
    ResponseParser *s = self(p);
    if (!s->listener_.on_body(at, len)) {
        s->stopped_ = true;
        return HPE_USER;
    }
    return 0;
}

int ResponseParser::on_message_complete(llhttp_t *p) {
    ResponseParser *s = self(p);
    s->in_message_ = false;
    bool informational = s->head_.status >= 100 && s->head_.status < 200;
    s->listener_.on_message_complete();
    if (s->stopped_) return HPE_USER;
    return informational ? 0 : HPE_PAUSED;  // a 1xx is followed by the real answer
}

ResponseParser::Result ResponseParser::execute(const char *data, size_t len, size_t *consumed) {
    llhttp_errno_t err = llhttp_execute(&parser_, data, len);
    if (err == HPE_OK) {
        *consumed = len;
        return Result::kOk;
    }
    if (err == HPE_PAUSED) {
        *consumed = size_t(llhttp_get_error_pos(&parser_) - data);
        return Result::kPaused;
    }
    *consumed = len;
    if (error_.empty() && !stopped_) {
        const char *r = llhttp_get_error_reason(&parser_);
        error_ = r ? r : "malformed response";
    }
    return Result::kError;
}

ResponseParser::Result ResponseParser::finish() {
    if (!in_message_) return Result::kOk;
    llhttp_errno_t err = llhttp_finish(&parser_);
    if (err == HPE_OK || err == HPE_PAUSED) return in_message_ ? Result::kError : Result::kOk;
    if (error_.empty()) error_ = "the server closed the connection in the middle of the response";
    return Result::kError;
}

}  // namespace edges::http
