// SPDX-License-Identifier: MIT
#include "channel.h"

#include <errno.h>
#include <event2/event.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "../core/loop.h"

namespace edges::cluster {

namespace {

constexpr size_t kHeader = 6;  // kind, flags, peer (4 bytes, little end first)
constexpr uint8_t kMore = 1;   // more parts of this message follow

void put_header(char *h, Kind kind, uint8_t flags, uint32_t peer) {
    h[0] = char(kind);
    h[1] = char(flags);
    for (int i = 0; i < 4; i++) h[2 + i] = char((peer >> (8 * i)) & 0xff);
}

uint32_t get_peer(const char *h) {
    uint32_t p = 0;
    for (int i = 0; i < 4; i++) p |= uint32_t(uint8_t(h[2 + i])) << (8 * i);
    return p;
}

}  // namespace

Channel::Channel(Loop &loop, ChannelHandler *handler, int fd) : Handle(loop), handler_(handler), fd_(fd) {
    read_ev_ = event_new(loop.base(), fd, EV_READ | EV_PERSIST, on_io, this);
    write_ev_ = event_new(loop.base(), fd, EV_WRITE | EV_PERSIST, on_io, this);
    event_add(read_ev_, nullptr);
    set_active(true);
    unref();  // the channel alone never keeps a loop alive
}

Channel::~Channel() {
    if (read_ev_) event_free(read_ev_);
    if (write_ev_) event_free(write_ev_);
    if (fd_ >= 0) ::close(fd_);
    for (Packet &p : out_)
        if (p.fd >= 0) ::close(p.fd);
    for (Message &m : early_)
        if (m.fd >= 0) ::close(m.fd);
    if (partial_.fd >= 0) ::close(partial_.fd);
}

void Channel::on_dispose() {
    handler_ = nullptr;
    close_now();
}

void Channel::close_now() {
    if (fd_ < 0) return;
    event_del(read_ev_);
    event_del(write_ev_);
    ::close(fd_);
    fd_ = -1;
    set_active(false);
}

void Channel::send(Kind kind, uint32_t peer, const std::string &body, int fd) {
    if (fd_ < 0) {
        if (fd >= 0) ::close(fd);
        return;
    }
    size_t off = 0;
    do {
        size_t n = std::min(kPacket, body.size() - off);
        bool more = off + n < body.size();
        Packet p;
        p.bytes.resize(kHeader + n);
        put_header(&p.bytes[0], kind, more ? kMore : 0, peer);
        memcpy(&p.bytes[kHeader], body.data() + off, n);
        p.fd = off == 0 ? fd : -1;
        out_.push_back(std::move(p));
        off += n;
    } while (off < body.size());
    flush();
}

bool Channel::flush() {
    while (!out_.empty() && fd_ >= 0) {
        Packet &p = out_.front();
        iovec iov{&p.bytes[0], p.bytes.size()};
        msghdr msg{};
        msg.msg_iov = &iov;
        msg.msg_iovlen = 1;
        alignas(cmsghdr) char control[CMSG_SPACE(sizeof(int))];
        if (p.fd >= 0) {
            memset(control, 0, sizeof(control));
            msg.msg_control = control;
            msg.msg_controllen = sizeof(control);
            cmsghdr *c = CMSG_FIRSTHDR(&msg);
            c->cmsg_level = SOL_SOCKET;
            c->cmsg_type = SCM_RIGHTS;
            c->cmsg_len = CMSG_LEN(sizeof(int));
            memcpy(CMSG_DATA(c), &p.fd, sizeof(int));
        }
        ssize_t n;
        do {
            n = ::sendmsg(fd_, &msg, MSG_NOSIGNAL | MSG_DONTWAIT);
        } while (n < 0 && errno == EINTR);
        if (n < 0) {
            if (errno == EAGAIN || errno == EWOULDBLOCK) break;
            // The other end is gone: what is queued goes nowhere; on_closed comes from the read side.
            broken_ = true;
            for (Packet &q : out_)
                if (q.fd >= 0) ::close(q.fd);
            out_.clear();
            break;
        }
        if (p.fd >= 0) ::close(p.fd);  // the other process has its own copy now
        out_.pop_front();
    }
    bool want = !out_.empty() && fd_ >= 0;
    if (want != write_armed_) {
        write_armed_ = want;
        if (want) {
            event_add(write_ev_, nullptr);
        } else {
            event_del(write_ev_);
        }
    }
    return out_.empty();
}

int Channel::read_packet(Message *out, bool blocking) {
    if (fd_ < 0) return -1;
    std::string &buf = rbuf_;
    if (buf.size() < kHeader + kPacket) buf.resize(kHeader + kPacket);
    iovec iov{&buf[0], buf.size()};
    msghdr msg{};
    msg.msg_iov = &iov;
    msg.msg_iovlen = 1;
    alignas(cmsghdr) char control[CMSG_SPACE(sizeof(int))];
    msg.msg_control = control;
    msg.msg_controllen = sizeof(control);
    ssize_t n;
    do {
        n = ::recvmsg(fd_, &msg, MSG_CMSG_CLOEXEC | (blocking ? 0 : MSG_DONTWAIT));
    } while (n < 0 && errno == EINTR);
    if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) return 0;
    if (n <= 0 || size_t(n) < kHeader) return -1;
    int fd = -1;
    for (cmsghdr *c = CMSG_FIRSTHDR(&msg); c; c = CMSG_NXTHDR(&msg, c)) {
        if (c->cmsg_level == SOL_SOCKET && c->cmsg_type == SCM_RIGHTS) memcpy(&fd, CMSG_DATA(c), sizeof(int));
    }
    if (!in_partial_) {
        partial_ = Message();
        partial_.kind = Kind(buf[0]);
        partial_.peer = get_peer(buf.data());
        in_partial_ = true;
    }
    if (fd >= 0) {
        if (partial_.fd >= 0) ::close(partial_.fd);
        partial_.fd = fd;
    }
    if (partial_.body.size() + size_t(n) - kHeader > kMaxMessage) return -1;  // a broken peer
    partial_.body.append(buf.data() + kHeader, size_t(n) - kHeader);
    if (uint8_t(buf[1]) & kMore) return 2;
    in_partial_ = false;
    *out = std::move(partial_);
    partial_ = Message();
    return 1;
}

bool Channel::wait_for(Kind kind, Message *out) {
    for (;;) {
        Message m;
        int r = read_packet(&m, true);
        if (r < 0) return false;
        if (r != 1) continue;
        if (m.kind == kind) {
            *out = std::move(m);
            return true;
        }
        early_.push_back(std::move(m));
        if (!deliver_scheduled_) {
            deliver_scheduled_ = true;
            pin();
            loop().next_tick(Task{deliver_task, this});
        }
    }
}

void Channel::deliver_task(void *arg, bool cancelled) noexcept {
    auto *self = static_cast<Channel *>(arg);
    self->unpin();
    self->deliver_scheduled_ = false;
    while (!cancelled && !self->disposed() && !self->early_.empty()) {
        Message m = std::move(self->early_.front());
        self->early_.pop_front();
        if (self->handler_) {
            self->handler_->on_message(*self, m);
        } else if (m.fd >= 0) {
            ::close(m.fd);
        }
    }
}

void Channel::on_io(int, short what, void *arg) noexcept {
    auto *self = static_cast<Channel *>(arg);
    if (what & EV_WRITE) self->flush();
    if (!(what & EV_READ)) return;
    // A batch per wake-up, so one busy peer does not starve the loop.
    for (int i = 0; i < 64 && !self->disposed() && self->fd_ >= 0; i++) {
        Message m;
        int r = self->read_packet(&m, false);
        if (r == 0) return;
        if (r == 2) continue;  // a part of a long message: the rest may be there already
        if (r < 0) {
            self->close_now();
            if (self->handler_) self->handler_->on_closed(*self);
            return;
        }
        if (self->handler_) {
            self->handler_->on_message(*self, m);
        } else if (m.fd >= 0) {
            ::close(m.fd);
        }
    }
}

}  // namespace edges::cluster
