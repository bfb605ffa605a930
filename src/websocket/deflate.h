// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

typedef struct z_stream_s z_stream;

namespace edges::ws {

// permessage-deflate (RFC 7692) parameters as agreed for one connection.
struct DeflateParams {
    bool server_no_context_takeover = false;
    bool client_no_context_takeover = false;
    int server_max_window_bits = 15;
    int client_max_window_bits = 15;
};

// What a server accepts: from the client's Sec-WebSocket-Extensions offers,
// the first permessage-deflate offer it can honour. Returns false when there
// is none (or it is malformed); else fills `agreed` and the response header value.
bool negotiate_deflate(std::string_view offers, const DeflateParams &server_wants, DeflateParams *agreed,
                       std::string *response);
// A client's offer, and its reading of the server's answer.
std::string deflate_offer(const DeflateParams &wants);
bool accept_deflate_answer(std::string_view answer, DeflateParams *agreed);

// Compresses and inflates messages for one side of a connection.
class Deflater {
public:
    // `server`: which side we are (decides whose context takeover rules apply).
    Deflater(const DeflateParams &params, bool server);
    ~Deflater();
    Deflater(const Deflater &) = delete;
    Deflater &operator=(const Deflater &) = delete;

    // Appends the compressed message (without the trailing 00 00 ff ff) to `out`.
    bool compress(const char *data, size_t len, std::string *out);
    // Appends the inflated message to `out`. False when the data is corrupt, or
    // (with *too_big set) when it would inflate past `limit` bytes (0: no limit).
    bool decompress(const char *data, size_t len, uint64_t limit, std::string *out, bool *too_big);

private:
    z_stream *deflate_ = nullptr;
    z_stream *inflate_ = nullptr;
    bool reset_deflate_;
    bool reset_inflate_;
    int deflate_bits_;
};

}  // namespace edges::ws
