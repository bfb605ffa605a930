// SPDX-License-Identifier: MIT
#pragma once

extern "C" {
#include "php.h"
}

#include "../core/address.h"

namespace edges::php {

// ['address' => '127.0.0.1', 'port' => 8080, 'family' => 'IPv4'] (a Unix socket: its path, no port).
void address_to_array(const edges::SocketAddress &addr, zval *out);

}  // namespace edges::php
