// SPDX-License-Identifier: MIT
#include "core/versions.h"

#include <gtest/gtest.h>

#include <map>

// php --ri edges shows these: every row has a value, and the backend is a real one.
TEST(BuildInformation, NamesEachLibraryAndTheBackend) {
    auto rows = edges::build_information();
    std::map<std::string, std::string> by_label(rows.begin(), rows.end());
    EXPECT_EQ(by_label.size(), rows.size());
    for (const auto &[label, value] : rows) EXPECT_FALSE(value.empty()) << label;
    EXPECT_EQ(by_label["libevent (built with)"].rfind("2.", 0), 0u);
    EXPECT_NE(by_label["OpenSSL (running)"].find("OpenSSL 3"), std::string::npos);
    EXPECT_EQ(by_label["libevent backend"], "epoll");
    EXPECT_NE(by_label["llhttp"].find('.'), std::string::npos);
}
