// SPDX-License-Identifier: MIT
#pragma once

extern "C" {
#include "php.h"
}

namespace edges::php {

extern zend_class_entry *edges_socket_server_ce;

// A new Event\Socket\Server; `on_connection` (nullable) becomes a 'connection' listener.
zend_object *socket_server_create(zval *on_connection);

void socket_server_minit();

}  // namespace edges::php
