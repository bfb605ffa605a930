// SPDX-License-Identifier: MIT
#include "frame.h"

#include <algorithm>
#include <cstring>

namespace edges::ws {

bool valid_close_code(uint16_t code) {
    if (code >= 1000 && code <= 1003) return true;
    if (code >= 1007 && code <= 1014) return true;  // 1012-1014 are registered since RFC 6455
    return code >= 3000 && code <= 4999;
}

void mask_payload(char *data, size_t len, const uint8_t mask[4], uint64_t offset) {
    size_t i = 0;
    // Align to the mask's phase, then XOR 8 bytes at a time.
    while (i < len && ((offset + i) & 3) != 0) {
        data[i] = char(data[i] ^ mask[(offset + i) & 3]);
        i++;
    }
    uint32_t m32;
    memcpy(&m32, mask, 4);
    uint64_t m64 = (uint64_t(m32) << 32) | m32;
    for (; i + 8 <= len; i += 8) {
        uint64_t w;
        memcpy(&w, data + i, 8);
        w ^= m64;
        memcpy(data + i, &w, 8);
    }
    for (; i < len; i++) data[i] = char(data[i] ^ mask[(offset + i) & 3]);
}

size_t encode_header(uint8_t *out, uint8_t opcode, bool fin, bool rsv1, uint64_t len, const uint8_t *mask) {
    size_t n = 0;
    out[n++] = uint8_t((fin ? 0x80 : 0) | (rsv1 ? 0x40 : 0) | (opcode & 0x0f));
    uint8_t mask_bit = mask ? 0x80 : 0;
    if (len < 126) {
        out[n++] = uint8_t(mask_bit | len);
    } else if (len <= 0xffff) {
        out[n++] = uint8_t(mask_bit | 126);
        out[n++] = uint8_t(len >> 8);
        out[n++] = uint8_t(len);
    } else {
        out[n++] = uint8_t(mask_bit | 127);
        for (int shift = 56; shift >= 0; shift -= 8) out[n++] = uint8_t(len >> shift);
    }
    if (mask) {
        memcpy(out + n, mask, 4);
        n += 4;
    }
    return n;
}

bool FrameDecoder::fail(uint16_t code, const char *reason) {
    error_code_ = code;
    error_reason_ = reason;
    return false;
}

// Validates a complete header in header_ and sets up the frame. False on a violation.
bool FrameDecoder::parse_header() {
    uint8_t b0 = header_[0], b1 = header_[1];
    fin_ = (b0 & 0x80) != 0;
    bool rsv1 = (b0 & 0x40) != 0;
    opcode_ = b0 & 0x0f;
    masked_ = (b1 & 0x80) != 0;
    if (b0 & 0x30) return fail(kProtocolError, "RSV2 and RSV3 must be clear");
    bool control = opcode_ & 0x08;
    if (control) {
        if (opcode_ != kClose && opcode_ != kPing && opcode_ != kPong)
            return fail(kProtocolError, "reserved opcode");
        if (!fin_) return fail(kProtocolError, "fragmented control frame");
        if (rsv1) return fail(kProtocolError, "RSV1 set on a control frame");
    } else {
        if (opcode_ != kContinuation && opcode_ != kText && opcode_ != kBinary) {
            return fail(kProtocolError, "reserved opcode");
        }
        if (opcode_ == kContinuation && !in_message_)
            return fail(kProtocolError, "continuation without a message");
        if (opcode_ != kContinuation && in_message_)
            return fail(kProtocolError, "new message inside a fragmented one");
        if (rsv1 && (!allow_rsv1_ || opcode_ == kContinuation))
            return fail(kProtocolError, "RSV1 must be clear");
    }
    if (role_ == Role::kServer && !masked_) return fail(kProtocolError, "client frames must be masked");
    if (role_ == Role::kClient && masked_) return fail(kProtocolError, "server frames must not be masked");
    uint64_t len = b1 & 0x7f;
    size_t pos = 2;
    if (len == 126) {
        len = (uint64_t(header_[2]) << 8) | header_[3];
        pos = 4;
    } else if (len == 127) {
        len = 0;
        for (int i = 0; i < 8; i++) len = (len << 8) | header_[2 + i];
        if (len >> 63) return fail(kProtocolError, "payload length with the high bit set");
        pos = 10;
    }
    if (control && len > 125) return fail(kProtocolError, "control frame over 125 bytes");
    if (!control && max_frame_ && len > max_frame_) return fail(kMessageTooBig, "frame over maxPayload");
    if (masked_) memcpy(mask_, header_ + pos, 4);
    remaining_ = len;
    offset_ = 0;
    in_payload_ = true;
    if (control) {
        control_.clear();
    } else {
        if (opcode_ != kContinuation) in_message_ = true;
        listener_.on_frame_begin(opcode_, fin_, rsv1, len);
    }
    return true;
}

bool FrameDecoder::feed(char *data, size_t len) {
    if (failed()) return false;
    size_t i = 0;
    while (i < len) {
        if (!in_payload_) {
            // Collect the header: 2 bytes, then as many as the length and mask need.
            header_[header_len_++] = uint8_t(data[i++]);
            if (header_len_ < 2) continue;
            size_t need = 2 +
                          ((header_[1] & 0x7f) == 126   ? 2
                           : (header_[1] & 0x7f) == 127 ? 8
                                                        : 0) +
                          ((header_[1] & 0x80) ? 4 : 0);
            if (header_len_ < need) continue;
            header_len_ = 0;
            if (!parse_header() || failed()) return false;  // on_frame_begin may stop us too
        } else {
            size_t n = size_t(std::min<uint64_t>(remaining_, len - i));
            if (masked_) mask_payload(data + i, n, mask_, offset_);
            if (opcode_ & 0x08) {
                control_.append(data + i, n);
            } else if (n > 0) {
                listener_.on_frame_data(data + i, n);
                // A listener may stop us in the middle of a frame (over maxPayload, bad
                // UTF-8): nothing after that byte counts, and the caller must hear of it now.
                if (failed()) return false;
            }
            i += n;
            remaining_ -= n;
            offset_ += n;
        }
        if (in_payload_ && remaining_ == 0) {
            in_payload_ = false;
            if (opcode_ & 0x08) {
                listener_.on_control(opcode_, control_.data(), control_.size());
            } else {
                if (fin_) in_message_ = false;
                listener_.on_frame_end();
            }
            if (failed()) return false;
        }
    }
    return true;
}

}  // namespace edges::ws
