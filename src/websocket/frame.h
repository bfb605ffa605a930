// SPDX-License-Identifier: MIT
#pragma once

#include <sys/uio.h>

#include <cstddef>
#include <cstdint>
#include <string>

namespace edges::ws {

enum Opcode : uint8_t {
    kContinuation = 0x0,
    kText = 0x1,
    kBinary = 0x2,
    kClose = 0x8,
    kPing = 0x9,
    kPong = 0xA,
};

// RFC 6455 7.4.1 status codes edges sends.
enum CloseCode : uint16_t {
    kNormalClosure = 1000,
    kGoingAway = 1001,
    kProtocolError = 1002,
    kUnsupportedData = 1003,
    kNoStatus = 1005,  // never sent: "the close frame had no code"
    kAbnormal = 1006,  // never sent: "the connection dropped without a close frame"
    kInvalidPayload = 1007,
    kPolicyViolation = 1008,
    kMessageTooBig = 1009,
    kMandatoryExtension = 1010,
    kInternalError = 1011,
};

// Whether a peer may send `code` in a close frame (RFC 6455 7.4; 1004-1006,
// 1015 and unassigned ranges may not).
bool valid_close_code(uint16_t code);

enum class Role { kServer, kClient };

// What the decoder reports. Data frames arrive as unmasked payload pieces (a
// frame may come in several pieces); control frames whole.
class FrameListener {
public:
    virtual ~FrameListener() = default;
    // A data frame begins: `opcode` is kText/kBinary for the first frame of a
    // message, kContinuation after; `rsv1` is the per-message compression bit.
    virtual void on_frame_begin(uint8_t opcode, bool fin, bool rsv1, uint64_t length) = 0;
    // Payload of the current data frame (already unmasked, in place).
    virtual void on_frame_data(const char *data, size_t len) = 0;
    // The current data frame is complete.
    virtual void on_frame_end() = 0;
    // A whole control frame (ping, pong, close; at most 125 bytes).
    virtual void on_control(uint8_t opcode, const char *payload, size_t len) = 0;
};

// Incremental RFC 6455 frame decoder for one direction of one connection. It
// enforces what framing alone can: masking by role (a server requires masked
// frames, a client refuses them), reserved bits (RSV1 only when
// permessage-deflate was negotiated, and only on a message's first frame),
// reserved opcodes, control frames (<= 125 bytes, never fragmented), the order
// of continuation frames, and `max_frame` bytes per frame. The first violation
// stops it: error() then gives the close code (1002 or 1009) and a reason.
class FrameDecoder {
public:
    FrameDecoder(FrameListener &listener, Role role, bool allow_rsv1, uint64_t max_frame)
        : listener_(listener), role_(role), allow_rsv1_(allow_rsv1), max_frame_(max_frame) {}

    // Consumes all of `data` (unmasking payload in place) unless it fails.
    // Returns false on a protocol violation, found by framing or by a listener
    // (abort()), at whatever byte it shows: the rest of `data` is not looked at.
    bool feed(char *data, size_t len);
    bool failed() const { return error_code_ != 0; }
    uint16_t error_code() const { return error_code_; }
    const std::string &error_reason() const { return error_reason_; }
    // True between messages (no fragmented message open).
    bool between_messages() const { return !in_message_; }
    // For listeners that find a violation framing cannot see (bad UTF-8: 1007):
    // stops the decoder with that code.
    void abort(uint16_t code, const char *reason) { fail(code, reason); }

private:
    bool fail(uint16_t code, const char *reason);
    bool parse_header();

    FrameListener &listener_;
    Role role_;
    bool allow_rsv1_;
    uint64_t max_frame_;
    // The current frame's header, collected across reads (at most 14 bytes).
    uint8_t header_[14];
    size_t header_len_ = 0;
    bool in_payload_ = false;
    uint8_t opcode_ = 0;
    bool fin_ = false;
    bool masked_ = false;
    uint8_t mask_[4] = {0, 0, 0, 0};
    uint64_t remaining_ = 0;
    uint64_t offset_ = 0;  // payload bytes seen, for the mask's phase
    bool in_message_ = false;
    std::string control_;  // a control frame's payload being collected
    uint16_t error_code_ = 0;
    std::string error_reason_;
};

// Writes a frame header for `len` payload bytes into `out` (at most 14 bytes)
// and returns its size. A client masks with `mask` (4 bytes): the caller then
// masks the payload with mask_payload().
size_t encode_header(uint8_t *out, uint8_t opcode, bool fin, bool rsv1, uint64_t len, const uint8_t *mask);
// XORs `data` with the 4-byte mask, starting at payload offset `offset`.
void mask_payload(char *data, size_t len, const uint8_t mask[4], uint64_t offset);

}  // namespace edges::ws
