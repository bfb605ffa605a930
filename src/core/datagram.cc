// SPDX-License-Identifier: MIT
#include "datagram.h"

#include <errno.h>
#include <event2/dns.h>
#include <event2/event.h>
#include <event2/util.h>
#include <sys/socket.h>
#include <unistd.h>

#include "loop.h"

namespace edges {

struct Datagram::PendingSend {
    Datagram *self;
    std::string data;
    std::string host;
    uint16_t port;
};

Datagram::~Datagram() {
    if (ev_) event_free(ev_);
    if (fd_ >= 0) ::close(fd_);
}

Error Datagram::bind(const std::string &host, uint16_t port) {
    if (fd_ >= 0) return Error{EINVAL, "bind EINVAL: socket is already bound"};
    SocketAddress addr;
    if (!SocketAddress::parse_ip(host, port, addr)) {
        return Error{EINVAL, "bind EINVAL: host must be an IP address or localhost, got " + host};
    }
    int fd = ::socket(addr.family(), SOCK_DGRAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0) return Error::from_errno(errno, "socket", addr.to_string());
    if (addr.family() == AF_INET6) {
        int v6only = host == "::" ? 0 : 1;
        setsockopt(fd, IPPROTO_IPV6, IPV6_V6ONLY, &v6only, sizeof(v6only));
    }
    if (::bind(fd, addr.sa(), addr.len()) < 0) {
        Error e = Error::from_errno(errno, "bind", addr.to_string());
        ::close(fd);
        return e;
    }
    fd_ = fd;
    address_ = SocketAddress::local_of(fd);
    ev_ = event_new(loop().base(), fd, EV_READ | EV_PERSIST, on_readable, this);
    event_add(ev_, nullptr);
    set_active(true);
    return Error{};
}

Error Datagram::send(const char *data, size_t len, const SocketAddress &to) {
    if (fd_ < 0) return Error{EBADF, "send EBADF: socket is closed"};
    ssize_t n;
    do {
        n = ::sendto(fd_, data, len, MSG_NOSIGNAL, to.sa(), to.len());
    } while (n < 0 && errno == EINTR);
    if (n < 0) return Error::from_errno(errno, "send", to.to_string());
    return Error{};
}

Error Datagram::send(const char *data, size_t len, const std::string &host, uint16_t port) {
    SocketAddress to;
    if (SocketAddress::parse_ip(host, port, to)) {
        // An IPv4 destination from an IPv6 socket (bound to "::") must be v4-mapped.
        if (to.family() == AF_INET && address_.family() == AF_INET6)
            SocketAddress::parse_ip("::ffff:" + host, port, to);
        return send(data, len, to);
    }
    if (fd_ < 0) return Error{EBADF, "send EBADF: socket is closed"};
    auto *pending = new PendingSend{this, std::string(data, len), host, port};
    pin();
    if (is_invalid_tld(host)) {
        // Fails like any lookup, from the loop, without asking a name server.
        loop().next_tick(Task{[](void *p, bool) { on_resolved(EVUTIL_EAI_NONAME, nullptr, p); }, pending});
        return Error{};
    }
    evutil_addrinfo hints{};
    hints.ai_family = address_.family();
    hints.ai_socktype = SOCK_DGRAM;
    evdns_getaddrinfo(loop().dns(), host.c_str(), nullptr, &hints, on_resolved, pending);
    return Error{};
}

void Datagram::on_resolved(int result, ::addrinfo *res, void *arg) noexcept {
    auto *p = static_cast<PendingSend *>(arg);
    Datagram *self = p->self;
    self->unpin();
    if (result != EVUTIL_EAI_CANCEL && !self->disposed() && self->fd_ >= 0) {
        Error err;
        if (result != 0 || !res) {
            err = Error::from_dns(result ? result : EVUTIL_EAI_NONAME, p->host);
        } else {
            SocketAddress to = SocketAddress::from_sockaddr(res->ai_addr, socklen_t(res->ai_addrlen));
            auto *in = reinterpret_cast<sockaddr_in *>(const_cast<sockaddr *>(to.sa()));
            in->sin_port = htons(p->port);
            err = self->send(p->data.data(), p->data.size(), to);
        }
        if (err && self->handler_) self->handler_->on_error(*self, err);
    }
    if (res) evutil_freeaddrinfo(res);
    delete p;
}

void Datagram::on_readable(int, short, void *arg) noexcept {
    auto *self = static_cast<Datagram *>(arg);
    char *buf = self->loop().read_buffer();
    for (int i = 0; i < 64 && self->fd_ >= 0 && !self->disposed(); i++) {
        sockaddr_storage from;
        socklen_t from_len = sizeof(from);
        ssize_t n = ::recvfrom(self->fd_, buf, Loop::kReadBufferSize, 0, reinterpret_cast<sockaddr *>(&from),
                               &from_len);
        if (n < 0) {
            if (errno == EAGAIN || errno == EWOULDBLOCK) return;
            if (errno == EINTR || errno == ECONNREFUSED) continue;  // ICMP from an earlier send
            if (self->handler_) self->handler_->on_error(*self, Error::from_errno(errno, "recvmsg"));
            return;
        }
        SocketAddress addr = SocketAddress::from_sockaddr(reinterpret_cast<sockaddr *>(&from), from_len);
        if (self->handler_) self->handler_->on_message(*self, buf, size_t(n), addr);
    }
}

void Datagram::close() {
    if (fd_ < 0) return;
    event_del(ev_);
    ::close(fd_);
    fd_ = -1;
    set_active(false);
}

void Datagram::on_dispose() {
    handler_ = nullptr;
    close();
}

}  // namespace edges
