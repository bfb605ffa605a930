// SPDX-License-Identifier: MIT
#pragma once

extern "C" {
#include "php.h"
}

#include <memory>
#include <string>

#include "../core/tls.h"

namespace edges {
class Stream;
}

namespace edges::php {

// A server's TLS context from its 'tls' option: cert, key, passphrase, ca, requestCert,
// rejectUnauthorized, alpn, minVersion, maxVersion, ciphers, handshakeTimeout, and sni (an
// array of hostname => options, '*.example.com' allowed, or a callable(string $servername):
// ?array). `default_alpn` (may be null) is offered when the options name none. Null with
// PHP's error (TypeError/ValueError for a bad option, Event\TLSException for a certificate
// that does not load) naming argument `arg`.
std::shared_ptr<edges::TlsContext> tls_server_context(zval *tls, uint32_t arg, const char *default_alpn);
// A client's: `tls` is true (the defaults: verify against the system's store) or options
// (ca, cert/key for a client certificate, rejectUnauthorized, alpn, servername, minVersion,
// ...). Contexts are shared by equal options (so sessions resume). *servername: the option,
// or empty.
std::shared_ptr<edges::TlsContext> tls_client_context(zval *tls, uint32_t arg, std::string *servername);

// The TLS facts of a stream as node's TLSSocket properties: encrypted, authorized,
// authorizationError, alpnProtocol, servername; false for other names.
bool tls_property(edges::Stream *stream, const char *name, zval *rv);
// getPeerCertificate(): subject, issuer, valid_from, valid_to, fingerprint256, serialNumber,
// subjectaltname; null without TLS or a certificate.
void tls_peer_certificate(edges::Stream *stream, zval *rv);

// Drops the shared client contexts (request shutdown).
void tls_rshutdown();

}  // namespace edges::php
