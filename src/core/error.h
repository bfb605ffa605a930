// SPDX-License-Identifier: MIT
#pragma once

#include <string>

namespace edges {

// A failure as a value: the OS errno (or a library code) and a node-style
// message such as "connect ECONNREFUSED 127.0.0.1:9". The binding turns it
// into an exception; the core never throws.
struct Error {
    Error() = default;
    Error(int c, std::string m) : code(c), message(std::move(m)) {}

    int code = 0;
    std::string message;
    bool dns = false;  // code is a getaddrinfo (EVUTIL_EAI_*) code, not an errno
    bool tls = false;  // a TLS failure: `name` is node's code for it ("CERT_HAS_EXPIRED")
    std::string name;

    explicit operator bool() const { return code != 0; }

    // "<syscall> <ERRNAME>: <strerror>[ <where>]", e.g. "listen EADDRINUSE: Address already in use
    // 0.0.0.0:80".
    static Error from_errno(int err, const char *syscall, const std::string &where = {});
    // "getaddrinfo ENOTFOUND example.invalid", as node says it.
    static Error from_dns(int eai, const std::string &host);
};

// "ENOENT" for ENOENT (node's err.code), "EUNKNOWN" for what has no name.
const char *errno_name(int err);

}  // namespace edges
