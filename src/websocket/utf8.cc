// SPDX-License-Identifier: MIT
#include "utf8.h"

namespace edges::ws {

namespace {

// Byte classes and transitions of the well-known UTF-8 DFA (Björn Höhrmann's
// formulation; states are multiples of 12, 0 accepts, 12 rejects).
struct ClassTable {
    uint8_t c[256];
    constexpr ClassTable() : c() {
        for (int b = 0; b < 256; b++) {
            uint8_t k = 0;
            if (b >= 0x80 && b <= 0x8f)
                k = 1;
            else if (b >= 0x90 && b <= 0x9f)
                k = 9;
            else if (b >= 0xa0 && b <= 0xbf)
                k = 7;
            else if (b == 0xc0 || b == 0xc1 || b >= 0xf5)
                k = 8;
            else if (b >= 0xc2 && b <= 0xdf)
                k = 2;
            else if (b == 0xe0)
                k = 10;
            else if (b == 0xed)
                k = 4;
            else if (b >= 0xe1 && b <= 0xef)
                k = 3;
            else if (b == 0xf0)
                k = 11;
            else if (b >= 0xf1 && b <= 0xf3)
                k = 6;
            else if (b == 0xf4)
                k = 5;
            c[b] = k;
        }
    }
};
constexpr ClassTable kClasses;
constexpr const uint8_t *kClass = kClasses.c;

constexpr uint8_t kTransition[108] = {
    0,  12, 24, 36, 60, 96, 84, 12, 12, 12, 48, 72, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12,
    12, 12, 12, 0,  12, 12, 12, 12, 12, 0,  12, 0,  12, 12, 12, 24, 12, 12, 12, 12, 12, 24,
    12, 24, 12, 12, 12, 12, 12, 12, 12, 12, 12, 24, 12, 12, 12, 12, 12, 24, 12, 12, 12, 12,
    12, 12, 12, 24, 12, 12, 12, 12, 12, 12, 12, 12, 12, 36, 12, 36, 12, 12, 12, 36, 12, 12,
    12, 12, 12, 36, 12, 36, 12, 12, 12, 36, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12,
};

}  // namespace

bool Utf8Validator::feed(const uint8_t *data, size_t len) {
    uint8_t state = state_;
    size_t i = 0;
    // ASCII runs are the common case: skip 8 bytes at a time between characters.
    while (i < len) {
        if (state == kAccept) {
            while (i + 8 <= len) {
                uint64_t word;
                __builtin_memcpy(&word, data + i, 8);
                if (word & 0x8080808080808080ull) break;
                i += 8;
            }
            if (i >= len) break;
        }
        state = kTransition[state + kClass[data[i++]]];
        if (state == kReject) {
            state_ = state;
            return false;
        }
    }
    state_ = state;
    return true;
}

}  // namespace edges::ws
