// SPDX-License-Identifier: MIT
#pragma once

extern "C" {
#include "php.h"
}

namespace edges {
struct Error;
}

namespace edges::php {

extern zend_class_entry *edges_exception_ce;
extern zend_class_entry *edges_socket_exception_ce;
extern zend_class_entry *edges_dns_exception_ce;
extern zend_class_entry *edges_http_exception_ce;
extern zend_class_entry *edges_websocket_exception_ce;
extern zend_class_entry *edges_process_exception_ce;
extern zend_class_entry *edges_tls_exception_ce;
extern zend_class_entry *edges_postgres_exception_ce;

// The exception for a core error: Event\DnsException for lookups, Event\TLSException for TLS
// (its code node's name for the failure), else Event\SocketException.
void make_exception(zval *out, const edges::Error &error);
void throw_error(const edges::Error &error);
// Emits 'error' with that exception from the loop (holding `obj` meanwhile).
void emit_error(zend_object *obj, const edges::Error &error);
// An exception of class `ce` whose code is node's errno name ("ENOENT"), as node's err.code,
// for an OS error; the message says the rest.
void make_errno_exception(zval *out, zend_class_entry *ce, const edges::Error &error);

void errors_minit();

}  // namespace edges::php
