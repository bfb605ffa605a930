// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <cstdint>

namespace edges::ws {

// Incremental UTF-8 validation (RFC 3629: no overlongs, no surrogates, nothing
// past U+10FFFF) over a message that arrives in pieces: feed() fails at the
// first byte that can never be part of valid UTF-8, so a bad text message is
// refused without waiting for its end.
class Utf8Validator {
public:
    // False as soon as the bytes so far cannot be the start of valid UTF-8.
    bool feed(const uint8_t *data, size_t len);
    // True when what was fed ends on a character boundary.
    bool complete() const { return state_ == kAccept; }
    void reset() { state_ = kAccept; }

    static bool valid(const char *data, size_t len) {
        Utf8Validator v;
        return v.feed(reinterpret_cast<const uint8_t *>(data), len) && v.complete();
    }

private:
    static constexpr uint8_t kAccept = 0;
    static constexpr uint8_t kReject = 12;
    uint8_t state_ = kAccept;
};

}  // namespace edges::ws
