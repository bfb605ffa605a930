// SPDX-License-Identifier: MIT
#pragma once

#include <strings.h>

#include <string_view>
#include <vector>

namespace edges {

// Header-value helpers (RFC 7230 tokens and lists), shared by HTTP and WebSocket code.

inline bool equals_ci(std::string_view a, std::string_view b) {
    return a.size() == b.size() && strncasecmp(a.data(), b.data(), a.size()) == 0;
}

// Without the optional whitespace (spaces, tabs) around it.
inline std::string_view trim_ows(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    return s;
}

// "a, b ,c" split at `sep`, each part trimmed; empty parts are kept (callers decide).
inline std::vector<std::string_view> split_trimmed(std::string_view s, char sep) {
    std::vector<std::string_view> out;
    size_t start = 0;
    for (size_t i = 0; i <= s.size(); i++) {
        if (i == s.size() || s[i] == sep) {
            out.push_back(trim_ows(s.substr(start, i - start)));
            start = i + 1;
        }
    }
    return out;
}

// Whether a comma-separated list ("keep-alive, Upgrade") holds `token`, case-insensitively.
inline bool has_token(std::string_view list, std::string_view token) {
    size_t start = 0;
    for (size_t i = 0; i <= list.size(); i++) {
        if (i == list.size() || list[i] == ',') {
            if (equals_ci(trim_ows(list.substr(start, i - start)), token)) return true;
            start = i + 1;
        }
    }
    return false;
}

}  // namespace edges
