// SPDX-License-Identifier: MIT
#pragma once

extern "C" {
#include "php.h"
}

#include <memory>
#include <string>

namespace edges {
class Stream;
class SocketAddress;
class TlsContext;
struct Error;
}  // namespace edges

namespace edges::php {

extern zend_class_entry *edges_socket_ce;

// Called once when the socket has closed (after its 'close' event), e.g. so
// that a server can count its connections down.
using SocketClosedHook = void (*)(void *owner);

// An Event\Socket around an accepted descriptor. The loop holds the object
// until its 'close' event has been emitted.
zend_object *socket_from_fd(int fd, const edges::SocketAddress &peer, SocketClosedHook hook, void *owner);
// The same with TLS: `secure` is called (with the socket) once the handshake is done; a
// failure before that goes to `failed` (the socket closes after it) instead of its 'error'.
using SocketSecureHook = void (*)(void *owner, zend_object *socket);
using SocketTlsFailedHook = void (*)(void *owner, zend_object *socket, const edges::Error &error);
zend_object *socket_from_fd_tls(int fd, const edges::SocketAddress &peer, SocketClosedHook hook, void *owner,
                                std::shared_ptr<edges::TlsContext> ctx, SocketSecureHook secure,
                                SocketTlsFailedHook failed);
// An Event\Socket taking over an open core stream (an HTTP connection after
// 'upgrade'); the stream's previous handler must be done with it.
zend_object *socket_from_stream(edges::Stream *stream);
// A view of a stream someone else owns (an HTTP connection's $req->socket):
// it reads addresses and counters, and write/end/destroy act on the stream,
// but it emits no events. socket_unborrow() cuts it off when the owner closes.
zend_object *socket_borrow(edges::Stream *stream);
void socket_unborrow(zend_object *socket);
// The socket's open stream, or nullptr (closed, or a borrowed view).
edges::Stream *socket_stream(zend_object *socket);
// Takes the stream away from an Event\Socket for a new owner (a WebSocket
// after its handshake), who must set its handler; the socket is left closed. What
// the socket read and did not deliver is appended to *held. Null when the peer
// has ended already (the stream is then destroyed).
edges::Stream *socket_take_stream(zend_object *socket, std::string *held);

void socket_minit();

}  // namespace edges::php
