// SPDX-License-Identifier: MIT
#include "watcher.h"

#include <dirent.h>
#include <errno.h>
#include <event2/event.h>
#include <sys/inotify.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../core/loop.h"

namespace edges::fs {

namespace {
constexpr uint32_t kMask = IN_CREATE | IN_MODIFY | IN_CLOSE_WRITE | IN_ATTRIB | IN_MOVED_FROM | IN_MOVED_TO |
                           IN_DELETE | IN_DELETE_SELF | IN_MOVE_SELF;
}

Watcher::~Watcher() {
    if (ev_) event_free(ev_);
    if (fd_ >= 0) ::close(fd_);
}

void Watcher::on_dispose() {
    handler_ = nullptr;
    close();
}

Error Watcher::watch(const std::string &path, bool recursive) {
    if (fd_ >= 0) return Error{EBUSY, "watch EBUSY: watching already"};
    struct stat st;
    if (::stat(path.c_str(), &st) != 0) return Error::from_errno(errno, "watch", path);
    fd_ = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
    if (fd_ < 0) return Error::from_errno(errno, "watch", path);
    root_ = path;
    while (root_.size() > 1 && root_.back() == '/') root_.pop_back();
    is_dir_ = S_ISDIR(st.st_mode);
    recursive_ = recursive && is_dir_;
    int wd = inotify_add_watch(fd_, root_.c_str(), kMask);
    if (wd < 0) {
        Error e = Error::from_errno(errno, "watch", path);
        ::close(fd_);
        fd_ = -1;
        return e;
    }
    dirs_[wd] = "";
    if (recursive_) add("", false);
    ev_ = event_new(loop().base(), fd_, EV_READ | EV_PERSIST, on_readable, this);
    event_add(ev_, nullptr);
    set_active(true);
    return Error{};
}

void Watcher::add(const std::string &rel, bool report) {
    std::string dir = rel.empty() ? root_ : root_ + "/" + rel;
    DIR *d = opendir(dir.c_str());
    if (!d) return;
    while (dirent *e = readdir(d)) {
        std::string name = e->d_name;
        if (name == "." || name == "..") continue;
        std::string sub = rel.empty() ? name : rel + "/" + name;
        bool is_dir = e->d_type == DT_DIR;
        if (e->d_type == DT_UNKNOWN) {
            struct stat st;
            is_dir = ::lstat((root_ + "/" + sub).c_str(), &st) == 0 && S_ISDIR(st.st_mode);
        }
        // In a directory that has just come: its entries came before its watch, unseen.
        if (report && handler_) handler_->on_change(*this, sub, IN_CREATE | (is_dir ? IN_ISDIR : 0));
        if (disposed() || fd_ < 0) break;
        if (!is_dir) continue;
        int wd = inotify_add_watch(fd_, (root_ + "/" + sub).c_str(), kMask);
        if (wd >= 0) dirs_[wd] = sub;
        add(sub, report);
    }
    closedir(d);
}

void Watcher::on_readable(int fd, short, void *arg) noexcept {
    auto *self = static_cast<Watcher *>(arg);
    alignas(inotify_event) char buf[16384];
    for (;;) {
        ssize_t n = ::read(fd, buf, sizeof(buf));
        if (n <= 0) return;
        for (char *p = buf; p < buf + n && !self->disposed() && self->fd_ >= 0;) {
            auto *ev = reinterpret_cast<inotify_event *>(p);
            p += sizeof(inotify_event) + ev->len;
            if (ev->mask & IN_Q_OVERFLOW) {
                if (self->handler_) self->handler_->on_overflow(*self);
                continue;
            }
            auto it = self->dirs_.find(ev->wd);
            if (it == self->dirs_.end()) continue;
            std::string dir = it->second;
            if (ev->mask & IN_IGNORED) {
                self->dirs_.erase(it);  // the directory went away (or was unwatched)
                continue;
            }
            std::string name = ev->len ? std::string(ev->name) : std::string();
            std::string rel = dir.empty() ? name : (name.empty() ? dir : dir + "/" + name);
            if (self->recursive_ && (ev->mask & (IN_CREATE | IN_MOVED_TO)) && (ev->mask & IN_ISDIR)) {
                int wd = inotify_add_watch(self->fd_, (self->root_ + "/" + rel).c_str(), kMask);
                if (wd >= 0) self->dirs_[wd] = rel;
                if (self->handler_) self->handler_->on_change(*self, rel, ev->mask);
                if (self->disposed() || self->fd_ < 0) return;
                self->add(rel, true);  // what was put inside before the watch took hold
                continue;
            }
            if (self->handler_) self->handler_->on_change(*self, rel, ev->mask);
        }
        if (self->disposed() || self->fd_ < 0) return;
    }
}

void Watcher::close() {
    if (fd_ < 0) return;
    event_del(ev_);
    ::close(fd_);
    fd_ = -1;
    dirs_.clear();
    set_active(false);
}

}  // namespace edges::fs
