// SPDX-License-Identifier: MIT
#include "response.h"

#include <string.h>
#include <strings.h>
#include <time.h>

#include <cstdio>

#include "../core/text.h"
#include "status.h"

namespace edges::http {

namespace {

void append_number(std::string &out, size_t n) {
    char buf[24];
    char *p = buf + sizeof(buf);
    do {
        *--p = char('0' + n % 10);
        n /= 10;
    } while (n);
    out.append(p, size_t(buf + sizeof(buf) - p));
}

}  // namespace

std::string_view http_date() {
    static char buf[40];
    static time_t cached = 0;
    static size_t len = 0;
    time_t now = time(nullptr);
    if (now != cached) {
        cached = now;
        tm t;
        gmtime_r(&now, &t);
        len = strftime(buf, sizeof(buf), "%a, %d %b %Y %H:%M:%S GMT", &t);
    }
    return {buf, len};
}

size_t format_chunk_header(char *buf, size_t len) {
    static const char kHex[] = "0123456789abcdef";
    char tmp[16];
    size_t n = 0;
    do {
        tmp[n++] = kHex[len & 15];
        len >>= 4;
    } while (len);
    for (size_t i = 0; i < n; i++) buf[i] = tmp[n - 1 - i];
    buf[n] = '\r';
    buf[n + 1] = '\n';
    return n + 2;
}

void append_chunk_header(std::string &out, size_t len) {
    char buf[24];
    out.append(buf, format_chunk_header(buf, len));
}

FramingOutput build_head(std::string &out, const ResponseHead &head, const FramingInput &in) {
    FramingOutput result;
    result.keep_alive = in.keep_alive;
    result.body_allowed = !in.head_request && head.status != 204 && head.status != 304 && head.status >= 200;
    bool has_length = false, has_te_chunked = false, has_te = false, has_date = false, has_connection = false;

    out.append("HTTP/1.1 ");
    append_number(out, size_t(head.status));
    out.push_back(' ');
    if (head.reason.empty()) {
        out.append(status_reason(head.status));
    } else {
        out.append(head.reason);
    }
    out.append("\r\n");
    for (size_t i = 0; i < head.header_count; i++) {
        const HeaderView &h = head.headers[i];
        if (equals_ci(h.name, "content-length")) {
            has_length = true;
        } else if (equals_ci(h.name, "transfer-encoding")) {
            has_te = true;
            has_te_chunked = has_token(h.value, "chunked");
        } else if (equals_ci(h.name, "date")) {
            has_date = true;
        } else if (equals_ci(h.name, "connection")) {
            has_connection = true;
            if (has_token(h.value, "close")) result.keep_alive = false;
        }
        out.append(h.name);
        out.append(": ");
        out.append(h.value);
        out.append("\r\n");
    }
    if (!has_date) {
        out.append("Date: ");
        out.append(http_date());
        out.append("\r\n");
    }

    if (!result.body_allowed) {
        result.framing = Framing::kNone;
        // A HEAD response may announce the length a GET would have.
        if (in.head_request && !has_length && !has_te && in.body_complete && in.body_length > 0) {
            out.append("Content-Length: ");
            append_number(out, in.body_length);
            out.append("\r\n");
        }
    } else if (has_length) {
        result.framing = Framing::kLength;
    } else if (has_te) {
        // The application chose the coding; only chunked is framed by us.
        result.framing = has_te_chunked ? Framing::kChunked : Framing::kClose;
        if (!has_te_chunked) result.keep_alive = false;
    } else if (in.body_complete) {
        result.framing = Framing::kLength;
        out.append("Content-Length: ");
        append_number(out, in.body_length);
        out.append("\r\n");
    } else if (!in.http10) {
        result.framing = Framing::kChunked;
        out.append("Transfer-Encoding: chunked\r\n");
    } else {
        result.framing = Framing::kClose;  // HTTP/1.0 without a length: the close ends the body
        result.keep_alive = false;
    }

    if (!has_connection) {
        if (result.keep_alive) {
            out.append("Connection: keep-alive\r\nKeep-Alive: timeout=");
            append_number(out, in.keep_alive_timeout_s);
            out.append("\r\n");
        } else {
            out.append("Connection: close\r\n");
        }
    }
    out.append("\r\n");
    return result;
}

}  // namespace edges::http
