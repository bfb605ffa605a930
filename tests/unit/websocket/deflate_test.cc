// SPDX-License-Identifier: MIT
#include "websocket/deflate.h"

#include <gtest/gtest.h>
#include <zlib.h>

#include <string>

namespace edges::ws {
namespace {

TEST(Deflater, RoundTripsWithAndWithoutContextTakeover) {
    for (bool no_takeover : {false, true}) {
        DeflateParams p;
        p.server_no_context_takeover = p.client_no_context_takeover = no_takeover;
        Deflater server(p, true), client(p, false);
        for (int i = 0; i < 3; i++) {
            std::string msg = "message number " + std::to_string(i) + std::string(200, 'x');
            std::string wire, back;
            ASSERT_TRUE(server.compress(msg.data(), msg.size(), &wire));
            EXPECT_LT(wire.size(), msg.size());
            bool too_big;
            ASSERT_TRUE(client.decompress(wire.data(), wire.size(), 0, &back, &too_big));
            EXPECT_EQ(back, msg);
        }
    }
}

TEST(Deflater, StopsABombAtTheLimit) {
    std::string zeros(4 << 20, '\0'), wire;
    DeflateParams p;
    Deflater a(p, false), b(p, true);
    ASSERT_TRUE(a.compress(zeros.data(), zeros.size(), &wire));
    std::string out;
    bool too_big = false;
    EXPECT_FALSE(b.decompress(wire.data(), wire.size(), 100000, &out, &too_big));
    EXPECT_TRUE(too_big);
    EXPECT_LE(out.size(), 100001u);
}

TEST(Deflater, AcceptsAFinalBlockAndRefusesGarbage) {
    // zlib's raw deflate with Z_FINISH: BFINAL set, as some senders do.
    std::string msg = "final block message", wire(64, '\0');
    z_stream z{};
    deflateInit2(&z, 6, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY);
    z.next_in = reinterpret_cast<Bytef *>(msg.data());
    z.avail_in = uInt(msg.size());
    z.next_out = reinterpret_cast<Bytef *>(wire.data());
    z.avail_out = uInt(wire.size());
    deflate(&z, Z_FINISH);
    wire.resize(wire.size() - z.avail_out);
    deflateEnd(&z);
    Deflater d(DeflateParams{}, true);
    std::string out;
    bool too_big;
    ASSERT_TRUE(d.decompress(wire.data(), wire.size(), 0, &out, &too_big));
    EXPECT_EQ(out, msg);
    std::string garbage = "\xff\xff\xff\xff\xff";
    out.clear();
    EXPECT_FALSE(d.decompress(garbage.data(), garbage.size(), 0, &out, &too_big));
    EXPECT_FALSE(too_big);
}

TEST(NegotiateDeflate, AgreesOnTheFirstOfferItCanHonour) {
    DeflateParams wants, agreed;
    std::string response;
    EXPECT_TRUE(negotiate_deflate("permessage-deflate; client_max_window_bits", wants, &agreed, &response));
    EXPECT_EQ(response, "permessage-deflate");
    EXPECT_TRUE(negotiate_deflate("permessage-deflate; foo=1, permessage-deflate; server_no_context_takeover",
                                  wants, &agreed, &response));
    EXPECT_EQ(response, "permessage-deflate; server_no_context_takeover");
    EXPECT_TRUE(agreed.server_no_context_takeover);
    wants.client_max_window_bits = 10;
    EXPECT_TRUE(negotiate_deflate("permessage-deflate; client_max_window_bits", wants, &agreed, &response));
    EXPECT_EQ(response, "permessage-deflate; client_max_window_bits=10");
    EXPECT_FALSE(
        negotiate_deflate("permessage-deflate; server_max_window_bits=16", wants, &agreed, &response));
    EXPECT_FALSE(negotiate_deflate("x-webkit-deflate-frame", wants, &agreed, &response));
    EXPECT_FALSE(
        negotiate_deflate("permessage-deflate; server_no_context_takeover; server_no_context_takeover", wants,
                          &agreed, &response));
}

}  // namespace
}  // namespace edges::ws
