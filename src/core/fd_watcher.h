// SPDX-License-Identifier: MIT
#pragma once

#include "error.h"
#include "handle.h"

struct event;

namespace edges {

// Calls back while a descriptor someone else owns (a PHP stream, another extension's socket)
// is readable, or writable: level-triggered, until stop(). The owner closes the descriptor
// only after stop() (a closed descriptor's number may come back as another file). An active
// watcher keeps the loop alive unless unref()'d.
class FdWatcher final : public Handle {
public:
    using Callback = void (*)(FdWatcher &w, void *data);

    FdWatcher(Loop &loop, Callback cb, void *data) : Handle(loop), cb_(cb), data_(data) {}

    // EBADF for a descriptor that is not open; EPERM for one epoll cannot watch (a regular file).
    Error start(int fd, bool writable);
    void stop();
    int fd() const { return fd_; }
    bool writable() const { return writable_; }

private:
    ~FdWatcher() override;
    void on_dispose() override { stop(); }
    static void on_event(int fd, short what, void *arg) noexcept;

    Callback cb_;
    void *data_;
    event *ev_ = nullptr;
    int fd_ = -1;
    bool writable_ = false;
};

}  // namespace edges
