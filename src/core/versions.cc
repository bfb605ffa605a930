// SPDX-License-Identifier: MIT
#include "versions.h"

#include <brotli/encode.h>
#include <event2/event.h>
#include <llhttp.h>
#include <openssl/crypto.h>
#include <openssl/opensslv.h>
#include <zlib.h>

#include "threadpool.h"

namespace edges {

namespace {

std::string brotli_version(uint32_t v) {
    return std::to_string(v >> 24) + "." + std::to_string((v >> 12) & 0xfff) + "." +
           std::to_string(v & 0xfff);
}

// The backend libevent picks here (epoll on Linux), asked of a base of our own.
std::string event_backend() {
    event_base *base = event_base_new();
    if (!base) return "unknown";
    std::string method = event_base_get_method(base);
    event_base_free(base);
    return method;
}

}  // namespace

std::vector<std::pair<std::string, std::string>> build_information() {
    return {
        {"libevent (built with)", LIBEVENT_VERSION},
        {"libevent (running)", event_get_version()},
        {"libevent backend", event_backend()},
        {"llhttp", std::to_string(LLHTTP_VERSION_MAJOR) + "." + std::to_string(LLHTTP_VERSION_MINOR) + "." +
                       std::to_string(LLHTTP_VERSION_PATCH)},
        {"OpenSSL (built with)", OPENSSL_VERSION_TEXT},
        {"OpenSSL (running)", OpenSSL_version(OPENSSL_VERSION)},
        {"zlib (built with)", ZLIB_VERSION},
        {"zlib (running)", zlibVersion()},
        {"brotli (running)", brotli_version(BrotliEncoderVersion())},
        {"file thread pool size", std::to_string(ThreadPool::configured_size()) + " (EDGES_THREADPOOL_SIZE)"},
    };
}

}  // namespace edges
