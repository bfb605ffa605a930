// SPDX-License-Identifier: MIT
#include "deflate.h"

#include "../core/text.h"

#include <strings.h>
#include <zlib.h>

#include <cstdlib>
#include <vector>

namespace edges::ws {

namespace {

// Parses "name[=value]" window bits; value must be 8..15 (quotes allowed).
bool parse_bits(std::string_view value, int *bits) {
    if (value.size() >= 2 && value.front() == '"' && value.back() == '"')
        value = value.substr(1, value.size() - 2);
    if (value.empty() || value.size() > 2) return false;
    int v = 0;
    for (char c : value) {
        if (c < '0' || c > '9') return false;
        v = v * 10 + (c - '0');
    }
    if (v < 8 || v > 15) return false;
    *bits = v;
    return true;
}

// One extension element "permessage-deflate; a; b=c" -> params. False when malformed or another extension.
bool parse_offer(std::string_view element, DeflateParams *p, bool *client_bits_offered,
                 bool *server_bits_asked) {
    auto parts = split_trimmed(element, ';');
    if (parts.empty() || !equals_ci(parts[0], "permessage-deflate")) return false;
    *client_bits_offered = *server_bits_asked = false;
    bool seen[4] = {false, false, false, false};
    for (size_t i = 1; i < parts.size(); i++) {
        std::string_view name = parts[i], value;
        size_t eq = name.find('=');
        bool has_value = eq != std::string_view::npos;
        if (has_value) {
            value = trim_ows(name.substr(eq + 1));
            name = trim_ows(name.substr(0, eq));
        }
        int which;
        if (equals_ci(name, "server_no_context_takeover")) {
            which = 0;
            if (has_value) return false;
            p->server_no_context_takeover = true;
        } else if (equals_ci(name, "client_no_context_takeover")) {
            which = 1;
            if (has_value) return false;
            p->client_no_context_takeover = true;
        } else if (equals_ci(name, "server_max_window_bits")) {
            which = 2;
            if (!has_value || !parse_bits(value, &p->server_max_window_bits)) return false;
            *server_bits_asked = true;
        } else if (equals_ci(name, "client_max_window_bits")) {
            which = 3;
            if (has_value && !parse_bits(value, &p->client_max_window_bits)) return false;
            *client_bits_offered = true;
        } else {
            return false;  // unknown parameter: the offer is declined
        }
        if (seen[which]) return false;  // each parameter at most once
        seen[which] = true;
    }
    return true;
}

}  // namespace

bool negotiate_deflate(std::string_view offers, const DeflateParams &wants, DeflateParams *agreed,
                       std::string *response) {
    for (std::string_view element : split_trimmed(offers, ',')) {
        DeflateParams p;
        bool client_bits_offered, server_bits_asked;
        if (!parse_offer(element, &p, &client_bits_offered, &server_bits_asked)) continue;
        p.server_no_context_takeover |= wants.server_no_context_takeover;
        p.client_no_context_takeover |= wants.client_no_context_takeover;
        if (!server_bits_asked) p.server_max_window_bits = wants.server_max_window_bits;
        if (wants.server_max_window_bits < p.server_max_window_bits) {
            p.server_max_window_bits = wants.server_max_window_bits;
            server_bits_asked = true;
        }
        // We may only limit the client's window if it said it can be limited.
        if (client_bits_offered && wants.client_max_window_bits < p.client_max_window_bits) {
            p.client_max_window_bits = wants.client_max_window_bits;
        }
        *agreed = p;
        std::string r = "permessage-deflate";
        if (p.server_no_context_takeover) r += "; server_no_context_takeover";
        if (p.client_no_context_takeover) r += "; client_no_context_takeover";
        if (server_bits_asked) r += "; server_max_window_bits=" + std::to_string(p.server_max_window_bits);
        if (client_bits_offered && p.client_max_window_bits < 15) {
            r += "; client_max_window_bits=" + std::to_string(p.client_max_window_bits);
        }
        *response = r;
        return true;
    }
    return false;
}

std::string deflate_offer(const DeflateParams &wants) {
    std::string r = "permessage-deflate";
    if (wants.server_no_context_takeover) r += "; server_no_context_takeover";
    if (wants.client_no_context_takeover) r += "; client_no_context_takeover";
    if (wants.server_max_window_bits < 15)
        r += "; server_max_window_bits=" + std::to_string(wants.server_max_window_bits);
    r += "; client_max_window_bits";
    return r;
}

bool accept_deflate_answer(std::string_view answer, DeflateParams *agreed) {
    auto elements = split_trimmed(answer, ',');
    if (elements.size() != 1) return false;
    DeflateParams p;
    bool client_bits, server_bits;
    if (!parse_offer(elements[0], &p, &client_bits, &server_bits)) return false;
    *agreed = p;
    return true;
}

Deflater::Deflater(const DeflateParams &p, bool server) {
    // Our side compresses with our window and takeover rule; we inflate the peer's.
    reset_deflate_ = server ? p.server_no_context_takeover : p.client_no_context_takeover;
    reset_inflate_ = server ? p.client_no_context_takeover : p.server_no_context_takeover;
    deflate_bits_ = server ? p.server_max_window_bits : p.client_max_window_bits;
    if (deflate_bits_ < 9) deflate_bits_ = 9;  // zlib's raw deflate has no 256-byte window
}

Deflater::~Deflater() {
    if (deflate_) {
        deflateEnd(deflate_);
        delete deflate_;
    }
    if (inflate_) {
        inflateEnd(inflate_);
        delete inflate_;
    }
}

bool Deflater::compress(const char *data, size_t len, std::string *out) {
    if (!deflate_) {
        deflate_ = new z_stream{};
        if (deflateInit2(deflate_, Z_DEFAULT_COMPRESSION, Z_DEFLATED, -deflate_bits_, 8,
                         Z_DEFAULT_STRATEGY) != Z_OK) {
            delete deflate_;
            deflate_ = nullptr;
            return false;
        }
    }
    size_t start = out->size();
    deflate_->next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data));
    deflate_->avail_in = uInt(len);
    do {
        size_t have = out->size();
        out->resize(have + len / 2 + 64);
        deflate_->next_out = reinterpret_cast<Bytef *>(&(*out)[have]);
        deflate_->avail_out = uInt(out->size() - have);
        int rc = deflate(deflate_, Z_SYNC_FLUSH);
        if (rc != Z_OK && rc != Z_BUF_ERROR) return false;
        out->resize(out->size() - deflate_->avail_out);
    } while (deflate_->avail_out == 0 || deflate_->avail_in > 0);
    // RFC 7692 7.2.1: drop the empty stored block's 00 00 ff ff.
    if (out->size() - start >= 4 && out->compare(out->size() - 4, 4, "\x00\x00\xff\xff", 4) == 0)
        out->resize(out->size() - 4);
    if (reset_deflate_) deflateReset(deflate_);
    return true;
}

bool Deflater::decompress(const char *data, size_t len, uint64_t limit, std::string *out, bool *too_big) {
    *too_big = false;
    if (!inflate_) {
        inflate_ = new z_stream{};
        if (inflateInit2(inflate_, -15) != Z_OK) {
            delete inflate_;
            inflate_ = nullptr;
            return false;
        }
    }
    static const unsigned char kTail[4] = {0x00, 0x00, 0xff, 0xff};
    size_t start = out->size();
    for (int part = 0; part < 2; part++) {
        inflate_->next_in =
            part == 0 ? reinterpret_cast<Bytef *>(const_cast<char *>(data)) : const_cast<Bytef *>(kTail);
        inflate_->avail_in = part == 0 ? uInt(len) : 4;
        while (inflate_->avail_in > 0) {
            size_t have = out->size();
            size_t grow = 16384;
            if (limit && have - start + grow > limit + 1) grow = size_t(limit + 1 - (have - start));
            if (grow == 0) {
                *too_big = true;  // a compression bomb stops here, not at the memory limit
                return false;
            }
            out->resize(have + grow);
            inflate_->next_out = reinterpret_cast<Bytef *>(&(*out)[have]);
            inflate_->avail_out = uInt(grow);
            uInt in_before = inflate_->avail_in;
            int rc = inflate(inflate_, Z_SYNC_FLUSH);
            size_t produced = grow - inflate_->avail_out;
            out->resize(out->size() - inflate_->avail_out);
            if (rc != Z_OK && rc != Z_BUF_ERROR && rc != Z_STREAM_END) return false;
            if (limit && out->size() - start > limit) {
                *too_big = true;
                return false;
            }
            if (rc == Z_STREAM_END) {
                // A sender may end a message with a final block (BFINAL): what follows,
                // if anything but our 00 00 ff ff, starts a new stream.
                inflateReset(inflate_);
                if (part == 1) break;
                continue;
            }
            if (rc == Z_BUF_ERROR && inflate_->avail_out > 0) break;  // needs input it will not get
            if (produced == 0 && inflate_->avail_in == in_before) return false;  // no progress: corrupt
        }
    }
    if (reset_inflate_) inflateReset(inflate_);
    return true;
}

}  // namespace edges::ws
