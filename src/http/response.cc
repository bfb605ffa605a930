// SPDX-License-Identifier: MIT
#include "response.h"

#include <string.h>
#include <strings.h>
#include <time.h>

#include <algorithm>
#include <cstdio>

#include "../core/text.h"
#include "status.h"

namespace edges::http {

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

namespace {

constexpr size_t kMaxDigits = 20;  // of a size_t

// Copies into a region sized beforehand: appending piece by piece to a std::string
// cost more than a thousand instructions per response.
struct HeadWriter {
    char *p;
    void put(std::string_view s) {
        memcpy(p, s.data(), s.size());
        p += s.size();
    }
    void number(size_t n) {
        char buf[kMaxDigits];
        char *q = buf + sizeof(buf);
        do {
            *--q = char('0' + n % 10);
            n /= 10;
        } while (n);
        put({q, size_t(buf + sizeof(buf) - q)});
    }
};

constexpr std::string_view kCrlf = "\r\n";
constexpr std::string_view kDatePrefix = "Date: ";
constexpr std::string_view kLengthPrefix = "Content-Length: ";
constexpr std::string_view kChunkedLine = "Transfer-Encoding: chunked\r\n";
constexpr std::string_view kKeepAlivePrefix = "Connection: keep-alive\r\nKeep-Alive: timeout=";
constexpr std::string_view kCloseLine = "Connection: close\r\n";

}  // namespace

FramingOutput build_head(std::string &out, const ResponseHead &head, const FramingInput &in) {
    FramingOutput result;
    result.keep_alive = in.keep_alive;
    result.body_allowed = !in.head_request && head.status != 204 && head.status != 304 && head.status >= 200;
    bool has_length = false, has_te_chunked = false, has_te = false, has_date = false, has_connection = false;
    std::string_view reason = head.reason.empty() ? status_reason(head.status) : head.reason;
    std::string_view date = http_date();

    // Room for the largest head this can become; trimmed to what was written.
    size_t room = 9 + kMaxDigits + 1 + reason.size() + 2;
    for (size_t i = 0; i < head.header_count; i++) {
        const HeaderView &h = head.headers[i];
        room += h.name.size() + 2 + h.value.size() + 2;
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
    }
    room += kDatePrefix.size() + date.size() + 2;
    room += std::max(kLengthPrefix.size() + kMaxDigits + 2, kChunkedLine.size());
    room += kKeepAlivePrefix.size() + kMaxDigits + 2 + 2;
    size_t start = out.size();
    out.resize(start + room);
    HeadWriter w{out.data() + start};

    w.put("HTTP/1.1 ");
    w.number(size_t(head.status));
    w.put(" ");
    w.put(reason);
    w.put(kCrlf);
    for (size_t i = 0; i < head.header_count; i++) {
        const HeaderView &h = head.headers[i];
        w.put(h.name);
        w.put(": ");
        w.put(h.value);
        w.put(kCrlf);
    }
    if (!has_date) {
        w.put(kDatePrefix);
        w.put(date);
        w.put(kCrlf);
    }

    if (!result.body_allowed) {
        result.framing = Framing::kNone;
        // A HEAD response may announce the length a GET would have.
        if (in.head_request && !has_length && !has_te && in.body_complete && in.body_length > 0) {
            w.put(kLengthPrefix);
            w.number(in.body_length);
            w.put(kCrlf);
        }
    } else if (has_length) {
        result.framing = Framing::kLength;
    } else if (has_te) {
        // The application chose the coding; only chunked is framed by us.
        result.framing = has_te_chunked ? Framing::kChunked : Framing::kClose;
        if (!has_te_chunked) result.keep_alive = false;
    } else if (in.body_complete) {
        result.framing = Framing::kLength;
        w.put(kLengthPrefix);
        w.number(in.body_length);
        w.put(kCrlf);
    } else if (!in.http10) {
        result.framing = Framing::kChunked;
        w.put(kChunkedLine);
    } else {
        result.framing = Framing::kClose;  // HTTP/1.0 without a length: the close ends the body
        result.keep_alive = false;
    }

    if (!has_connection) {
        if (result.keep_alive) {
            w.put(kKeepAlivePrefix);
            w.number(in.keep_alive_timeout_s);
            w.put(kCrlf);
        } else {
            w.put(kCloseLine);
        }
    }
    w.put(kCrlf);
    out.resize(size_t(w.p - out.data()));
    return result;
}

}  // namespace edges::http
