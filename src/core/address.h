// SPDX-License-Identifier: MIT
#pragma once

#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/un.h>

#include <cstdint>
#include <string>

namespace edges {

// RFC 6761: names under .invalid never resolve, so resolvers should answer at once.
bool is_invalid_tld(const std::string &host);

// An IPv4, IPv6 or Unix socket address.
class SocketAddress {
public:
    SocketAddress() = default;

    // Parses a literal IPv4 or IPv6 address ("localhost" counts as 127.0.0.1); false for a host name.
    static bool parse_ip(const std::string &host, uint16_t port, SocketAddress &out);
    static SocketAddress unix_path(const std::string &path);
    static SocketAddress from_sockaddr(const sockaddr *sa, socklen_t len);
    static SocketAddress local_of(int fd);
    static SocketAddress peer_of(int fd);

    const sockaddr *sa() const { return reinterpret_cast<const sockaddr *>(&storage_); }
    socklen_t len() const { return len_; }
    int family() const { return storage_.ss_family; }
    bool valid() const { return len_ > 0; }

    // "127.0.0.1" / "::1" / the Unix path.
    std::string host() const;
    uint16_t port() const;
    // "IPv4" / "IPv6" / "Unix".
    const char *family_name() const;
    // "127.0.0.1:80", "[::1]:80" or the path: for messages.
    std::string to_string() const;

private:
    sockaddr_storage storage_{};
    socklen_t len_ = 0;
};

}  // namespace edges
