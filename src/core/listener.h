// SPDX-License-Identifier: MIT
#pragma once

#include <string>

#include "address.h"
#include "error.h"
#include "handle.h"

struct event;

namespace edges {

class Listener;
class Timer;

struct TcpListenOptions {
    bool reuse_port = false;  // SO_REUSEPORT: one socket per cluster worker, the kernel spreads connections
    bool no_delay = false;    // TCP_NODELAY, which accepted sockets inherit
};
// A listening, non-blocking, close-on-exec socket; *bound is its address (the port
// chosen for port 0). On failure nothing is left open.
Error open_tcp_listener(const std::string &host, uint16_t port, int backlog, const TcpListenOptions &options,
                        int *fd, SocketAddress *bound);
// Removes a stale socket file only when nothing answers on it.
Error open_unix_listener(const std::string &path, int backlog, int *fd, SocketAddress *bound);

class ListenerHandler {
public:
    virtual ~ListenerHandler() = default;
    // A new connection: the handler owns `fd` (non-blocking, close-on-exec); `peer` is
    // the address accept4() gave (no getpeername() needed).
    virtual void on_connection(Listener &, int fd, const SocketAddress &peer) = 0;
    // accept() failed for a reason other than running out of descriptors.
    virtual void on_error(Listener &, const Error &) {}
};

// A listening TCP or Unix socket on a persistent read event. Accepts up to
// kAcceptBatch connections per wake-up. When the process runs out of file
// descriptors (EMFILE/ENFILE) it stops accepting for kPauseMs and tries again,
// instead of spinning on a readable listener it cannot serve.
class Listener final : public Handle {
public:
    static constexpr int kAcceptBatch = 64;
    static constexpr uint64_t kPauseMs = 100;

    Listener(Loop &loop, ListenerHandler *handler) : Handle(loop), handler_(handler) {}

    // Binds and listens; on failure nothing is left open.
    Error listen_tcp(const std::string &host, uint16_t port, int backlog);
    // Removes a stale socket file only when nothing answers on it.
    Error listen_unix(const std::string &path, int backlog);
    // Stops accepting and closes the socket (a Unix socket's file is removed).
    void close();
    // TCP_NODELAY on the listening socket: Linux copies it to every accepted one, which
    // saves a setsockopt() per connection. Call before listen_tcp().
    void set_no_delay(bool on) { no_delay_ = on; }

    bool listening() const { return fd_ >= 0; }
    const SocketAddress &address() const { return address_; }
    // What it was asked to listen on ("tcp 127.0.0.1 8080", "unix /run/x.sock"): the same
    // in every worker of a cluster, which run the same script.
    const std::string &spec() const { return spec_; }

    // In a cluster's worker, listening sockets come from the primary (shared with the
    // other workers): the hook gets the spec and returns a listening descriptor.
    using ListenHook = Error (*)(Loop &loop, const std::string &spec, int backlog, int *fd,
                                 SocketAddress *addr);
    static void set_listen_hook(ListenHook hook);

private:
    ~Listener() override;
    void on_dispose() override;
    // Takes a descriptor that listens already (from the cluster's primary).
    void start_accepting(int fd, const SocketAddress &addr);
    // A hook's answer, when a hook is set: true when it handled `spec` (*err says how).
    bool from_hook(const std::string &spec, int backlog, Error *err);
    static void on_accept(int fd, short what, void *arg) noexcept;
    static void on_resume(Timer &timer, void *arg) noexcept;

    ListenerHandler *handler_;
    int fd_ = -1;
    event *ev_ = nullptr;
    Timer *resume_timer_ = nullptr;
    SocketAddress address_;
    std::string unix_path_;
    std::string spec_;
    bool no_delay_ = false;
};

}  // namespace edges
