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

private:
    ~Listener() override;
    void on_dispose() override;
    Error listen_fd(int fd, const SocketAddress &addr, int backlog);
    static void on_accept(int fd, short what, void *arg) noexcept;
    static void on_resume(Timer &timer, void *arg) noexcept;

    ListenerHandler *handler_;
    int fd_ = -1;
    event *ev_ = nullptr;
    Timer *resume_timer_ = nullptr;
    SocketAddress address_;
    std::string unix_path_;
    bool no_delay_ = false;
};

}  // namespace edges
