// SPDX-License-Identifier: MIT
#pragma once

extern "C" {
#include "php.h"
}

#include <string>
#include <string_view>

#include "../core/shared_file.h"

namespace edges {
class SocketAddress;
}

namespace edges::http {
struct HeaderView;
class Exchange;
class RequestHead;
struct ServerOptions;
}  // namespace edges::http

namespace edges::php {

extern zend_class_entry *edges_http_request_ce;
extern zend_class_entry *edges_http_response_ce;

// Event\HTTP\Request and Event\HTTP\Response around one exchange. The request
// keeps the (closed) exchange for its head until it is freed.
zend_object *http_request_new(edges::http::Exchange *ex);
zend_object *http_response_new(edges::http::Exchange *ex);

// A new Event\HTTP\Server (what Event\HTTP::createServer() returns); `on_request` may be null.
zend_object *http_server_create(const edges::http::ServerOptions &options, zval *on_request, zval *route_key);
// Gives a connection another worker moved here to the server listening on `spec`; false
// when there is none (the caller closes fd).
bool http_server_adopt(const std::string &spec, int fd, const edges::SocketAddress &peer,
                       const std::string &bytes);

// The parsed head of a request object (valid as long as the object).
const edges::http::RequestHead &http_request_head(zend_object *req);

// What the server binding tells them; each may run user code.
void http_request_body(zend_object *req, const char *data, size_t len);
void http_request_end(zend_object *req);
// The response finished: a body nobody consumed is discarded from now on (node's _dump).
void http_request_dump(zend_object *req);
void http_request_closed(zend_object *req, bool aborted, bool quiet);
void http_response_drain(zend_object *res);
void http_response_finish(zend_object *res);
void http_response_closed(zend_object *res, bool quiet);
// After a request handler threw: a 500 when the head is not out yet; false otherwise.
bool http_response_fail(zend_object *res);
// Cuts the response's connection after what was written (a handler failed after the head).
void http_response_abort(zend_object *res);
// A whole response edges built itself (Event\HTTP\FileServer): the application's headers set
// so far and `extra` (which win for the same name), then `file`'s bytes by sendfile, or `body`.
// False when the response has started or its connection is gone.
bool http_response_send_prepared(zend_object *res, int status, const edges::http::HeaderView *extra,
                                 size_t count, const edges::SharedFilePtr *file, uint64_t offset,
                                 uint64_t length, std::string_view body);
// Whether the head went out or end() was called.
bool http_response_started(zend_object *res);
// Whether the application set a header of this name (lower case) on the response.
bool http_response_has_header(zend_object *res, std::string_view lower_name);

}  // namespace edges::php

namespace edges::http {
class Connection;
}

namespace edges::php {
// The Event\Socket of a connection (a borrowed view, created on first use); a new reference.
zend_object *http_connection_socket(edges::http::Connection &conn);
}  // namespace edges::php
