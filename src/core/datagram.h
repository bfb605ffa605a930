// SPDX-License-Identifier: MIT
#pragma once

#include <string>

#include "address.h"
#include "error.h"
#include "handle.h"

struct event;
struct addrinfo;

namespace edges {

class Datagram;

class DatagramHandler {
public:
    virtual ~DatagramHandler() = default;
    // `data` lives in the loop's shared read buffer: copy what you keep.
    virtual void on_message(Datagram &, const char *data, size_t len, const SocketAddress &from) = 0;
    // A send to a host name failed to resolve, or the socket failed.
    virtual void on_error(Datagram &, const Error &) {}
};

// A bound UDP socket (node's dgram): receives on a persistent read event,
// sends at once. Active while bound.
class Datagram final : public Handle {
public:
    Datagram(Loop &loop, DatagramHandler *handler) : Handle(loop), handler_(handler) {}

    // Binds to an IP address ("0.0.0.0", "::", "localhost"...) and starts receiving.
    Error bind(const std::string &host, uint16_t port);
    // Sends one datagram. A host name is resolved first (errors then go to on_error).
    Error send(const char *data, size_t len, const std::string &host, uint16_t port);
    Error send(const char *data, size_t len, const SocketAddress &to);
    void close();

    bool bound() const { return fd_ >= 0; }
    const SocketAddress &address() const { return address_; }

private:
    struct PendingSend;
    ~Datagram() override;
    void on_dispose() override;
    static void on_readable(int fd, short what, void *arg) noexcept;
    static void on_resolved(int result, ::addrinfo *res, void *arg) noexcept;

    DatagramHandler *handler_;
    int fd_ = -1;
    event *ev_ = nullptr;
    SocketAddress address_;
};

}  // namespace edges
