// SPDX-License-Identifier: MIT
#include "address.h"

namespace edges::php {

void address_to_array(const edges::SocketAddress &addr, zval *out) {
    array_init_size(out, 3);
    if (!addr.valid()) return;
    std::string host = addr.host();
    add_assoc_stringl(out, "address", host.data(), host.size());
    if (addr.family() != AF_UNIX) add_assoc_long(out, "port", addr.port());
    add_assoc_string(out, "family", addr.family_name());
}

}  // namespace edges::php
