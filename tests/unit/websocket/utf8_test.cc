// SPDX-License-Identifier: MIT
#include "websocket/utf8.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace edges::ws {
namespace {

TEST(Utf8Validator, AcceptsValidText) {
    for (std::string s : std::vector<std::string>{"", "hello", "κόσμε", "\xe2\x82\xac", "\xf0\x90\x80\x80",
                                                  "\xf4\x8f\xbf\xbf", "\xed\x9f\xbf", "\xef\xbf\xbf",
                                                  std::string(1000, 'a') + "é"}) {
        EXPECT_TRUE(Utf8Validator::valid(s.data(), s.size())) << s;
    }
}

TEST(Utf8Validator, RejectsInvalidText) {
    for (std::string s :
         std::vector<std::string>{"\x80", "\xc0\xaf", "\xe0\x80\xaf", "\xed\xa0\x80", "\xf4\x90\x80\x80",
                                  "\xf5\x80\x80\x80", "\xff", "abc\xfe", "\xc2", "\xe2\x82"}) {
        EXPECT_FALSE(Utf8Validator::valid(s.data(), s.size())) << s;
    }
}

TEST(Utf8Validator, FailsFastOnTheFirstImpossibleByte) {
    Utf8Validator v;
    std::string start = "κόσμε \xed";  // 0xED then 0xA0 would be a surrogate
    EXPECT_TRUE(v.feed(reinterpret_cast<const uint8_t *>(start.data()), start.size()));
    EXPECT_FALSE(v.complete());
    uint8_t bad = 0xa0;
    EXPECT_FALSE(v.feed(&bad, 1));
}

TEST(Utf8Validator, CharactersSplitAcrossPieces) {
    std::string s = "a\xf0\x9f\x98\x80z";
    for (size_t cut = 0; cut <= s.size(); cut++) {
        Utf8Validator v;
        EXPECT_TRUE(v.feed(reinterpret_cast<const uint8_t *>(s.data()), cut));
        EXPECT_TRUE(v.feed(reinterpret_cast<const uint8_t *>(s.data() + cut), s.size() - cut));
        EXPECT_TRUE(v.complete());
    }
}

}  // namespace
}  // namespace edges::ws
