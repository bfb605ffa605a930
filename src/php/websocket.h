// SPDX-License-Identifier: MIT
#pragma once

extern "C" {
#include "php.h"
}

#include <string>

#include "../websocket/session.h"

namespace edges::php {

extern zend_class_entry *edges_websocket_ce;
extern zend_class_entry *edges_websocket_server_ce;

// Called once when a connection has closed (after its 'close' event), or when it is
// freed open (request shutdown).
using WebSocketClosedHook = void (*)(zend_object *owner, zend_object *ws);

// An open server-side Event\WebSocket over `stream` (its handshake done):
// `head` holds bytes read past the handshake. The loop holds it until 'close';
// it holds `owner` (its server) until the hook has run, a reference the GC sees.
zend_object *websocket_accept(edges::Stream *stream, const edges::ws::SessionOptions &options,
                              const char *head, size_t len, const std::string &protocol,
                              const std::string &extensions, WebSocketClosedHook hook, zend_object *owner);
// Starts the closing handshake of a connection (server shutdown: 1001).
void websocket_close(zend_object *ws, uint16_t code, const char *reason);

// The Sec-WebSocket-Accept value for a Sec-WebSocket-Key (SHA-1 and base64 from PHP).
std::string websocket_accept_key(const char *key, size_t len);

void websocket_minit();
void websocket_server_minit();

}  // namespace edges::php
