// SPDX-License-Identifier: MIT
#include "encoding.h"

#include <cstdlib>
#include <string>

#include "../core/text.h"

namespace edges::http {

std::string_view coding_name(Coding c) {
    switch (c) {
        case Coding::kGzip:
            return "gzip";
        case Coding::kBrotli:
            return "br";
        case Coding::kIdentity:
            break;
    }
    return "";
}

namespace {

// A q-value ("0", "0.5", "1.000"); -1 when malformed.
double parse_q(std::string_view v) {
    v = trim_ows(v);
    if (v.empty() || v.size() > 5 || (v[0] != '0' && v[0] != '1')) return -1;
    std::string s(v);
    char *end = nullptr;
    double q = strtod(s.c_str(), &end);
    if (end != s.c_str() + s.size() || q < 0 || q > 1) return -1;
    return q;
}

}  // namespace

Coding negotiate_coding(std::string_view header, bool allow_brotli, bool allow_gzip) {
    double q_br = -1, q_gzip = -1, q_star = -1;
    size_t start = 0;
    for (size_t i = 0; i <= header.size(); i++) {
        if (i != header.size() && header[i] != ',') continue;
        std::string_view item = trim_ows(header.substr(start, i - start));
        start = i + 1;
        if (item.empty()) continue;
        double q = 1;
        size_t semi = item.find(';');
        std::string_view name = trim_ows(item.substr(0, semi));
        if (semi != std::string_view::npos) {
            std::string_view param = trim_ows(item.substr(semi + 1));
            if (param.empty() || (param[0] != 'q' && param[0] != 'Q')) continue;  // unknown: ignore the item
            param = trim_ows(param.substr(1));
            if (param.empty() || param[0] != '=') continue;
            q = parse_q(param.substr(1));
            if (q < 0) continue;
        }
        if (equals_ci(name, "br")) {
            q_br = q;
        } else if (equals_ci(name, "gzip") || equals_ci(name, "x-gzip")) {
            q_gzip = q;
        } else if (name == "*") {
            q_star = q;
        }
    }
    if (q_br < 0) q_br = q_star;
    if (q_gzip < 0) q_gzip = q_star;
    if (!allow_brotli) q_br = -1;
    if (!allow_gzip) q_gzip = -1;
    if (q_br > 0 && q_br >= q_gzip) return Coding::kBrotli;
    if (q_gzip > 0) return Coding::kGzip;
    return Coding::kIdentity;
}

}  // namespace edges::http
