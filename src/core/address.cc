// SPDX-License-Identifier: MIT
#include "address.h"

#include <arpa/inet.h>
#include <stddef.h>
#include <string.h>
#include <strings.h>

namespace edges {

bool is_invalid_tld(const std::string &host) {
    std::string h = host;
    while (!h.empty() && h.back() == '.') h.pop_back();
    if (h.size() < 7) return false;
    return strcasecmp(h.c_str() + h.size() - 7, "invalid") == 0 && (h.size() == 7 || h[h.size() - 8] == '.');
}

bool SocketAddress::parse_ip(const std::string &host, uint16_t port, SocketAddress &out) {
    out = SocketAddress();
    const std::string &h = host == "localhost" ? std::string("127.0.0.1") : host;
    auto *in4 = reinterpret_cast<sockaddr_in *>(&out.storage_);
    if (inet_pton(AF_INET, h.c_str(), &in4->sin_addr) == 1) {
        in4->sin_family = AF_INET;
        in4->sin_port = htons(port);
        out.len_ = sizeof(sockaddr_in);
        return true;
    }
    std::string h6 = h;
    if (h6.size() > 2 && h6.front() == '[' && h6.back() == ']') h6 = h6.substr(1, h6.size() - 2);
    auto *in6 = reinterpret_cast<sockaddr_in6 *>(&out.storage_);
    if (inet_pton(AF_INET6, h6.c_str(), &in6->sin6_addr) == 1) {
        in6->sin6_family = AF_INET6;
        in6->sin6_port = htons(port);
        out.len_ = sizeof(sockaddr_in6);
        return true;
    }
    return false;
}

SocketAddress SocketAddress::unix_path(const std::string &path) {
    SocketAddress a;
    auto *un = reinterpret_cast<sockaddr_un *>(&a.storage_);
    un->sun_family = AF_UNIX;
    size_t n = std::min(path.size(), sizeof(un->sun_path) - 1);
    memcpy(un->sun_path, path.data(), n);
    a.len_ = socklen_t(offsetof(sockaddr_un, sun_path) + n + 1);
    return a;
}

SocketAddress SocketAddress::from_sockaddr(const sockaddr *sa, socklen_t len) {
    SocketAddress a;
    if (len > sizeof(a.storage_)) len = sizeof(a.storage_);
    memcpy(&a.storage_, sa, len);
    a.len_ = len;
    return a;
}

SocketAddress SocketAddress::local_of(int fd) {
    SocketAddress a;
    a.len_ = sizeof(a.storage_);
    if (getsockname(fd, reinterpret_cast<sockaddr *>(&a.storage_), &a.len_) != 0) a.len_ = 0;
    return a;
}

SocketAddress SocketAddress::peer_of(int fd) {
    SocketAddress a;
    a.len_ = sizeof(a.storage_);
    if (getpeername(fd, reinterpret_cast<sockaddr *>(&a.storage_), &a.len_) != 0) a.len_ = 0;
    return a;
}

std::string SocketAddress::host() const {
    char buf[INET6_ADDRSTRLEN] = "";
    switch (family()) {
        case AF_INET:
            inet_ntop(AF_INET, &reinterpret_cast<const sockaddr_in *>(&storage_)->sin_addr, buf, sizeof(buf));
            return buf;
        case AF_INET6: {
            auto *in6 = reinterpret_cast<const sockaddr_in6 *>(&storage_);
            inet_ntop(AF_INET6, &in6->sin6_addr, buf, sizeof(buf));
            return buf;
        }
        case AF_UNIX: {
            auto *un = reinterpret_cast<const sockaddr_un *>(&storage_);
            if (len_ <= offsetof(sockaddr_un, sun_path)) return "";
            return std::string(un->sun_path, strnlen(un->sun_path, len_ - offsetof(sockaddr_un, sun_path)));
        }
    }
    return "";
}

uint16_t SocketAddress::port() const {
    switch (family()) {
        case AF_INET:
            return ntohs(reinterpret_cast<const sockaddr_in *>(&storage_)->sin_port);
        case AF_INET6:
            return ntohs(reinterpret_cast<const sockaddr_in6 *>(&storage_)->sin6_port);
    }
    return 0;
}

const char *SocketAddress::family_name() const {
    switch (family()) {
        case AF_INET:
            return "IPv4";
        case AF_INET6:
            return "IPv6";
        case AF_UNIX:
            return "Unix";
    }
    return "";
}

std::string SocketAddress::to_string() const {
    if (family() == AF_UNIX) return host();
    if (family() == AF_INET6) return "[" + host() + "]:" + std::to_string(port());
    return host() + ":" + std::to_string(port());
}

}  // namespace edges
