// SPDX-License-Identifier: MIT
#pragma once

extern "C" {
#include "php.h"
}

#include <memory>

namespace edges {
class TlsContext;
}

namespace edges::php {

extern zend_class_entry *edges_socket_server_ce;

// A new Event\Socket\Server; `on_connection` (nullable) becomes a 'connection' listener.
// With `tls`, connections are TLS: 'connection' comes after each handshake, and a failed
// handshake is 'tlsClientError' (Event\TLSException, Event\Socket).
zend_object *socket_server_create(zval *on_connection, std::shared_ptr<edges::TlsContext> tls = nullptr);

void socket_server_minit();

}  // namespace edges::php
