// SPDX-License-Identifier: MIT
#pragma once

#include "../core/error.h"

extern "C" {
#include "php.h"
}

#include <string>

namespace edges::php {

// The arguments of listen() and connect(): (int $port, ?string $host, ?callable $cb)
// or (string $unixPath, ?callable $cb).
struct Endpoint {
    bool unix_path = false;
    std::string host_or_path;
    uint16_t port = 0;
    zval *callback = nullptr;  // checked callable, or null
};

// Reads them, throwing TypeError/ValueError (and returning false) when they are
// wrong. `target` null means port 0. `min_port`: 0 for listen(), 1 for connect().
bool parse_endpoint(zval *target, zval *host, zval *callback, zend_long min_port, const char *default_host,
                    Endpoint *out);

// The outcome of listen(): its error thrown (false); or the loop holds the server,
// $onListening becomes a once('listening') listener and 'listening' is emitted on
// the next tick (true).
bool finish_listen(const edges::Error &err, zend_object *server, bool *holds_loop_ref, zval *on_listening);

}  // namespace edges::php
