// SPDX-License-Identifier: MIT
#include "listener.h"

#include <errno.h>
#include <event2/event.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

#include "loop.h"
#include "timer.h"

namespace edges {

namespace {
Listener::ListenHook listen_hook = nullptr;
}

void Listener::set_listen_hook(ListenHook hook) { listen_hook = hook; }

bool Listener::from_hook(const std::string &spec, int backlog, Error *err) {
    spec_ = spec;
    if (!listen_hook) return false;
    int fd = -1;
    SocketAddress addr;
    *err = listen_hook(loop(), spec, backlog > 0 ? backlog : 511, &fd, &addr);
    if (!*err) start_accepting(fd, addr);
    return true;
}

void Listener::start_accepting(int fd, const SocketAddress &addr) {
    fd_ = fd;
    address_ = addr;
    ev_ = event_new(loop().base(), fd, EV_READ | EV_PERSIST, on_accept, this);
    event_add(ev_, nullptr);
    set_active(true);
}

Listener::~Listener() {
    if (ev_) event_free(ev_);
    if (fd_ >= 0) ::close(fd_);
}

namespace {

// bind() and listen(); closes fd on failure.
Error bind_and_listen(int fd, const SocketAddress &addr, int backlog) {
    if (::bind(fd, addr.sa(), addr.len()) < 0 || ::listen(fd, backlog > 0 ? backlog : 511) < 0) {
        Error e = Error::from_errno(errno, "listen", addr.to_string());
        ::close(fd);
        return e;
    }
    return Error{};
}

}  // namespace

Error open_tcp_listener(const std::string &host, uint16_t port, int backlog, const TcpListenOptions &o,
                        int *fd_out, SocketAddress *bound) {
    SocketAddress addr;
    if (!SocketAddress::parse_ip(host, port, addr)) {
        return Error{EINVAL, "listen EINVAL: host must be an IP address or localhost, got " + host};
    }
    int fd = ::socket(addr.family(), SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0) return Error::from_errno(errno, "socket", addr.to_string());
    int one = 1;
    setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
    if (o.reuse_port) setsockopt(fd, SOL_SOCKET, SO_REUSEPORT, &one, sizeof(one));
    if (o.no_delay) setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one));
    if (addr.family() == AF_INET6) {
        // "::" accepts IPv4 too, as node's default; a specific v6 address only v6.
        int v6only = host == "::" ? 0 : 1;
        setsockopt(fd, IPPROTO_IPV6, IPV6_V6ONLY, &v6only, sizeof(v6only));
    }
    Error e = bind_and_listen(fd, addr, backlog);
    if (e) return e;
    *fd_out = fd;
    *bound = SocketAddress::local_of(fd);
    return Error{};
}

Error open_unix_listener(const std::string &path, int backlog, int *fd_out, SocketAddress *bound) {
    SocketAddress addr = SocketAddress::unix_path(path);
    if (path.empty() || path.size() >= sizeof(sockaddr_un::sun_path)) {
        return Error{ENAMETOOLONG, "listen ENAMETOOLONG: invalid Unix socket path " + path};
    }
    struct stat st;
    if (::stat(path.c_str(), &st) == 0 && S_ISSOCK(st.st_mode)) {
        // A socket file left by a process that died: remove it, but never one that is in use.
        int probe = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
        bool in_use = probe >= 0 && ::connect(probe, addr.sa(), addr.len()) == 0;
        if (probe >= 0) ::close(probe);
        if (in_use) return Error::from_errno(EADDRINUSE, "listen", path);
        ::unlink(path.c_str());
    }
    int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0) return Error::from_errno(errno, "socket", path);
    Error e = bind_and_listen(fd, addr, backlog);
    if (e) return e;
    *fd_out = fd;
    *bound = addr;
    return Error{};
}

Error Listener::listen_tcp(const std::string &host, uint16_t port, int backlog) {
    Error err;
    if (from_hook("tcp " + host + " " + std::to_string(port), backlog, &err)) {
        int one = 1;  // the primary's socket: our TCP_NODELAY for the connections it gives us
        if (!err && no_delay_) setsockopt(fd_, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one));
        return err;
    }
    int fd;
    SocketAddress bound;
    TcpListenOptions o;
    o.no_delay = no_delay_;
    err = open_tcp_listener(host, port, backlog, o, &fd, &bound);
    if (!err) start_accepting(fd, bound);
    return err;
}

Error Listener::listen_unix(const std::string &path, int backlog) {
    Error err;
    if (from_hook("unix " + path, backlog, &err)) return err;
    int fd;
    SocketAddress bound;
    err = open_unix_listener(path, backlog, &fd, &bound);
    if (err) return err;
    start_accepting(fd, bound);
    unix_path_ = path;
    return Error{};
}

void Listener::on_accept(int, short, void *arg) noexcept {
    auto *self = static_cast<Listener *>(arg);
    for (int i = 0; i < kAcceptBatch && self->fd_ >= 0 && !self->disposed(); i++) {
        sockaddr_storage ss;
        socklen_t len = sizeof(ss);
        int fd = ::accept4(self->fd_, reinterpret_cast<sockaddr *>(&ss), &len, SOCK_NONBLOCK | SOCK_CLOEXEC);
        if (fd >= 0) {
            if (self->handler_) {
                self->handler_->on_connection(
                    *self, fd, SocketAddress::from_sockaddr(reinterpret_cast<sockaddr *>(&ss), len));
            } else {
                ::close(fd);
            }
            continue;
        }
        int err = errno;
        if (err == EAGAIN || err == EWOULDBLOCK) return;
        if (err == EINTR || err == ECONNABORTED || err == EPROTO) continue;
        if (err == EMFILE || err == ENFILE || err == ENOBUFS || err == ENOMEM) {
            // Out of descriptors: the listener stays readable, so pause instead of spinning.
            event_del(self->ev_);
            if (!self->resume_timer_) {
                self->resume_timer_ = new Timer(self->loop(), on_resume, self);
                self->resume_timer_->unref();
            }
            self->resume_timer_->start(kPauseMs * 1000, 0);
            return;
        }
        if (self->handler_) self->handler_->on_error(*self, Error::from_errno(err, "accept"));
        return;
    }
}

void Listener::on_resume(Timer &, void *arg) noexcept {
    auto *self = static_cast<Listener *>(arg);
    if (self->disposed() || self->fd_ < 0) return;
    event_add(self->ev_, nullptr);
}

void Listener::close() {
    if (fd_ < 0) return;
    event_del(ev_);
    ::close(fd_);
    fd_ = -1;
    if (!unix_path_.empty()) ::unlink(unix_path_.c_str());
    unix_path_.clear();
    if (resume_timer_) resume_timer_->cancel();
    set_active(false);
}

void Listener::on_dispose() {
    handler_ = nullptr;
    close();
    if (resume_timer_) {
        resume_timer_->dispose();
        resume_timer_ = nullptr;
    }
}

}  // namespace edges
