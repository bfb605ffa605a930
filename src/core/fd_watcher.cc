// SPDX-License-Identifier: MIT
#include "fd_watcher.h"

#include <event2/event.h>
#include <sys/stat.h>

#include <cerrno>

#include "loop.h"

namespace edges {

FdWatcher::~FdWatcher() {
    if (ev_) event_free(ev_);
}

Error FdWatcher::start(int fd, bool writable) {
    if (disposed()) return Error{EINVAL, "watch EINVAL: the watcher is cancelled"};
    stop();
    struct stat st;
    if (fd < 0 || fstat(fd, &st) != 0) return Error::from_errno(EBADF, "watch");
    // epoll refuses regular files and directories: they are always ready.
    if (S_ISREG(st.st_mode) || S_ISDIR(st.st_mode))
        return Error{EPERM,
                     "watch EPERM: a regular file or directory cannot be watched (it is always ready)"};
    if (!ev_) ev_ = event_new(loop().base(), -1, 0, nullptr, nullptr);
    short what = short((writable ? EV_WRITE : EV_READ) | EV_PERSIST);
    event_assign(ev_, loop().base(), fd, what, on_event, this);
    if (event_add(ev_, nullptr) != 0)
        return Error::from_errno(EPERM, "watch", "descriptor " + std::to_string(fd));
    fd_ = fd;
    writable_ = writable;
    set_active(true);
    return Error{};
}

void FdWatcher::stop() {
    if (fd_ < 0) return;
    event_del(ev_);
    fd_ = -1;
    set_active(false);
}

void FdWatcher::on_event(int, short, void *arg) noexcept {
    auto *self = static_cast<FdWatcher *>(arg);
    if (self->disposed() || self->fd_ < 0) return;
    self->cb_(*self, self->data_);
}

}  // namespace edges
