// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace edges::http {

// An http:// or https:// URL, as the HTTP client takes it.
struct Url {
    bool secure = false;     // https
    std::string host;        // a name, an IPv4 address, or an IPv6 one without its brackets
    uint16_t port = 0;       // the scheme's default when the URL names none
    std::string path = "/";  // path and query, never empty
    std::string userinfo;    // "user:password", still percent-encoded; empty when none

    // "host" or "host:port" as a Host header says it (brackets around IPv6, the port only
    // when it is not the scheme's default).
    std::string authority() const;
    std::string to_string() const;
};

// Parses an absolute http(s) URL; false with *error saying what is wrong (no scheme, another
// scheme, no host, a bad port, a space or a control character).
bool parse_url(std::string_view text, Url *out, std::string *error);

// A Location header's target against the URL it came from (RFC 3986 5.2, for the forms
// redirects use: absolute, scheme-relative "//host/x", absolute-path "/x", relative "x").
bool resolve_url(const Url &base, std::string_view location, Url *out, std::string *error);

}  // namespace edges::http
