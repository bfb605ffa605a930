// SPDX-License-Identifier: MIT
#include "url.h"

#include <arpa/inet.h>

#include <cctype>

namespace edges::http {

namespace {

bool bad_char(char c) { return (unsigned char)c <= 0x20 || c == 0x7f; }

bool starts_with_ci(std::string_view s, std::string_view prefix) {
    if (s.size() < prefix.size()) return false;
    for (size_t i = 0; i < prefix.size(); i++)
        if (std::tolower((unsigned char)s[i]) != prefix[i]) return false;
    return true;
}

// Removes "." and ".." segments (RFC 3986 5.2.4) from an absolute path; the query stays.
std::string normalize_path(std::string_view path) {
    size_t q = path.find_first_of("?#");
    std::string_view query = q == std::string_view::npos ? std::string_view() : path.substr(q);
    if (q != std::string_view::npos) path = path.substr(0, q);
    std::string out;
    size_t i = 0;
    while (i < path.size()) {
        size_t slash = path.find('/', i + 1);
        std::string_view seg =
            path.substr(i, slash == std::string_view::npos ? std::string_view::npos : slash - i);
        if (seg == "/." || seg == "/") {
            if (slash == std::string_view::npos) out += '/';
        } else if (seg == "/..") {
            size_t last = out.find_last_of('/');
            out.resize(last == std::string::npos ? 0 : last);
            if (slash == std::string_view::npos) out += '/';
        } else {
            out.append(seg);
        }
        if (slash == std::string_view::npos) break;
        i = slash;
    }
    if (out.empty()) out = "/";
    size_t hash = query.find('#');
    if (hash != std::string_view::npos) query = query.substr(0, hash);  // a fragment never goes out
    out.append(query);
    return out;
}

}  // namespace

std::string Url::authority() const {
    std::string h = host.find(':') != std::string::npos ? "[" + host + "]" : host;
    if (port != (secure ? 443 : 80)) h += ":" + std::to_string(port);
    return h;
}

std::string Url::to_string() const {
    return std::string(secure ? "https://" : "http://") + authority() + path;
}

bool parse_url(std::string_view s, Url *out, std::string *error) {
    for (char c : s) {
        if (bad_char(c)) {
            *error = "a URL must not contain spaces or control characters";
            return false;
        }
    }
    Url u;
    if (starts_with_ci(s, "https://")) {
        u.secure = true;
        s.remove_prefix(8);
    } else if (starts_with_ci(s, "http://")) {
        s.remove_prefix(7);
    } else {
        *error = "only http:// and https:// URLs are supported";
        return false;
    }
    size_t end = s.find_first_of("/?#");
    std::string_view authority = s.substr(0, end);
    std::string_view rest = end == std::string_view::npos ? std::string_view() : s.substr(end);
    size_t at = authority.rfind('@');
    if (at != std::string_view::npos) {
        u.userinfo = std::string(authority.substr(0, at));
        authority.remove_prefix(at + 1);
    }
    std::string_view port;
    if (!authority.empty() && authority[0] == '[') {
        size_t close = authority.find(']');
        if (close == std::string_view::npos) {
            *error = "an IPv6 address in a URL needs its closing bracket";
            return false;
        }
        u.host = std::string(authority.substr(1, close - 1));
        unsigned char buf[16];
        if (inet_pton(AF_INET6, u.host.c_str(), buf) != 1) {
            *error = "not an IPv6 address: " + u.host;
            return false;
        }
        std::string_view after = authority.substr(close + 1);
        if (!after.empty()) {
            if (after[0] != ':') {
                *error = "unexpected characters after the IPv6 address";
                return false;
            }
            port = after.substr(1);
        }
    } else {
        size_t colon = authority.rfind(':');
        u.host = std::string(authority.substr(0, colon));
        if (colon != std::string_view::npos) port = authority.substr(colon + 1);
        for (char &c : u.host) c = char(std::tolower((unsigned char)c));
    }
    if (u.host.empty()) {
        *error = "the URL has no host";
        return false;
    }
    u.port = u.secure ? 443 : 80;
    if (!port.empty()) {
        unsigned long p = 0;
        for (char c : port) {
            if (c < '0' || c > '9' || p > 65535) {
                *error = "bad port in the URL";
                return false;
            }
            p = p * 10 + unsigned(c - '0');
        }
        if (p == 0 || p > 65535) {
            *error = "bad port in the URL";
            return false;
        }
        u.port = uint16_t(p);
    }
    if (!rest.empty() && rest[0] == '#') rest = std::string_view();
    u.path = rest.empty() || rest[0] != '/' ? "/" + std::string(rest) : std::string(rest);
    size_t hash = u.path.find('#');
    if (hash != std::string::npos) u.path.resize(hash);
    *out = std::move(u);
    return true;
}

bool resolve_url(const Url &base, std::string_view loc, Url *out, std::string *error) {
    if (starts_with_ci(loc, "http://") || starts_with_ci(loc, "https://")) return parse_url(loc, out, error);
    for (char c : loc) {
        if (bad_char(c)) {
            *error = "a Location must not contain spaces or control characters";
            return false;
        }
    }
    if (loc.size() >= 2 && loc[0] == '/' && loc[1] == '/')
        return parse_url(std::string(base.secure ? "https:" : "http:") + std::string(loc), out, error);
    if (loc.find("://") != std::string_view::npos && loc.find("://") < loc.find_first_of("/?#")) {
        *error = "only http:// and https:// redirects are followed";
        return false;
    }
    Url u = base;
    u.userinfo.clear();  // credentials do not travel to a redirect target
    if (loc.empty()) return *out = u, true;
    if (loc[0] == '/') {
        u.path = normalize_path(loc);
    } else if (loc[0] == '?') {
        std::string p = base.path.substr(0, base.path.find('?'));
        u.path = p + std::string(loc);
    } else {
        std::string dir = base.path.substr(0, base.path.find('?'));
        dir = dir.substr(0, dir.rfind('/') + 1);
        u.path = normalize_path(dir + std::string(loc));
    }
    *out = std::move(u);
    return true;
}

}  // namespace edges::http
