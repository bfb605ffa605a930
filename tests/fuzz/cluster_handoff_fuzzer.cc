// SPDX-License-Identifier: MIT
// libFuzzer target for what a worker reads of a connection moved to it: the handoff body
// (server spec, peer address, bytes read). Anything else must be refused, never misread.
#include <cstddef>
#include <cstdint>
#include <string>

#include "cluster/worker.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    std::string body(reinterpret_cast<const char *>(data), size);
    std::string server, bytes;
    edges::SocketAddress peer;
    if (edges::cluster::parse_handoff(body, &server, &peer, &bytes)) {
        // What parses packs back to the same bytes, unless the address was not one.
        if (peer.valid() && edges::cluster::pack_handoff(server, peer, bytes) != body) __builtin_trap();
        (void)peer.to_string();
    }
    return 0;
}
