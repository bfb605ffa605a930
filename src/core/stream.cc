// SPDX-License-Identifier: MIT
#include "stream.h"

#include <errno.h>
#include <event2/dns.h>
#include <event2/event.h>
#include <event2/util.h>
#include <fcntl.h>
#include <malloc.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <string.h>
#include <sys/sendfile.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>

#include "loop.h"
#include "timer.h"

namespace edges {

namespace {

constexpr int kMaxIov = 64;

constexpr size_t kGatherLimit = 2048;

// The kernel's socket calls, not read()/writev(): send() and recv() skip the VFS layer and
// sendmsg's msghdr copy (a few % of a keep-alive request's CPU), and MSG_NOSIGNAL turns a
// write to a reset peer into EPIPE, not SIGPIPE. Small gathers (a frame header and its
// payload, a response head and body) are copied into one buffer for a single send().
// `more`: MSG_MORE when a file segment follows (a response head and its file in one packet).
ssize_t send_iov(int fd, const iovec *iov, int count, int more = 0) {
    ssize_t n;
    if (count == 1) {
        do {
            n = ::send(fd, iov[0].iov_base, iov[0].iov_len, MSG_NOSIGNAL | more);
        } while (n < 0 && errno == EINTR);
        return n;
    }
    size_t total = 0;
    for (int i = 0; i < count; i++) total += iov[i].iov_len;
    if (total <= kGatherLimit) {
        char buf[kGatherLimit];
        size_t off = 0;
        for (int i = 0; i < count; i++) {
            memcpy(buf + off, iov[i].iov_base, iov[i].iov_len);
            off += iov[i].iov_len;
        }
        do {
            n = ::send(fd, buf, total, MSG_NOSIGNAL | more);
        } while (n < 0 && errno == EINTR);
        return n;
    }
    msghdr msg{};
    msg.msg_iov = const_cast<iovec *>(iov);
    msg.msg_iovlen = size_t(count);
    do {
        n = sendmsg(fd, &msg, MSG_NOSIGNAL | more);
    } while (n < 0 && errno == EINTR);
    return n;
}

bool would_block(int err) { return err == EAGAIN || err == EWOULDBLOCK; }

}  // namespace

Stream::Stream(Loop &loop, StreamHandler *handler) : Handle(loop), handler_(handler) {}

Stream::~Stream() {
    if (read_ev_) event_free(read_ev_);
    if (write_ev_) event_free(write_ev_);
    if (fd_ >= 0) ::close(fd_);
}

void Stream::start_io(int fd) {
    fd_ = fd;
    read_ev_ = event_new(loop().base(), fd, EV_READ | EV_PERSIST, on_io, this);
    write_ev_ = event_new(loop().base(), fd, EV_WRITE | EV_PERSIST, on_io, this);
    set_active(true);
}

void Stream::adopt(int fd, const SocketAddress &peer) {
    remote_ = peer;
    start_io(fd);
    state_ = State::kOpen;
    if (want_read_) resume();
}

void Stream::connect(const SocketAddress &addr) {
    if (disposed() || (state_ != State::kIdle && state_ != State::kResolving)) return;
    remote_ = addr;
    int fd = ::socket(addr.family(), SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        set_active(true);
        close_now(&(close_error_ = Error::from_errno(errno, "socket", addr.to_string())));
        return;
    }
    if (fd_ < 0) start_io(fd);
    state_ = State::kConnecting;
    int rc;
    do {
        rc = ::connect(fd, addr.sa(), addr.len());
    } while (rc < 0 && errno == EINTR);
    if (rc < 0 && errno != EINPROGRESS) {
        Error err = Error::from_errno(errno, "connect", addr.to_string());
        close_now(&err);
        return;
    }
    // Even an immediate success is reported from the loop, after connect() returned.
    event_add(write_ev_, nullptr);
    write_armed_ = true;
}

void Stream::connect(const std::string &host, uint16_t port) {
    SocketAddress addr;
    if (SocketAddress::parse_ip(host, port, addr)) {
        connect(addr);
        return;
    }
    if (disposed() || state_ != State::kIdle) return;
    state_ = State::kResolving;
    connect_host_ = host;
    connect_port_ = port;
    set_active(true);
    if (is_invalid_tld(host)) {
        Error err = Error::from_dns(EVUTIL_EAI_NONAME, host);
        close_now(&err);
        return;
    }
    evutil_addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_flags = EVUTIL_AI_ADDRCONFIG;
    pin();  // released by on_resolved, which also runs when the lookup is cancelled
    evdns_getaddrinfo_request *req =
        evdns_getaddrinfo(loop().dns(), host.c_str(), nullptr, &hints, on_resolved, this);
    // When the answer was at hand (/etc/hosts) on_resolved already ran and req is null.
    if (state_ == State::kResolving && pinned()) dns_req_ = req;
}

void Stream::on_resolved(int result, ::addrinfo *res, void *arg) noexcept {
    auto *self = static_cast<Stream *>(arg);
    self->dns_req_ = nullptr;
    self->unpin();
    if (result == EVUTIL_EAI_CANCEL || self->disposed() || self->state_ != State::kResolving) {
        if (res) evutil_freeaddrinfo(res);
        return;
    }
    if (result != 0 || !res) {
        Error err = Error::from_dns(result ? result : EVUTIL_EAI_NONAME, self->connect_host_);
        if (res) evutil_freeaddrinfo(res);
        self->close_now(&err);
        return;
    }
    SocketAddress addr = SocketAddress::from_sockaddr(res->ai_addr, socklen_t(res->ai_addrlen));
    evutil_freeaddrinfo(res);
    auto *in = reinterpret_cast<sockaddr_in *>(const_cast<sockaddr *>(addr.sa()));
    in->sin_port = htons(self->connect_port_);  // same offset in sockaddr_in6
    self->connect(addr);
}

void Stream::on_io(int, short what, void *arg) noexcept {
    auto *self = static_cast<Stream *>(arg);
    if (what & EV_WRITE) {
        self->handle_writable();
        if (self->disposed() || self->closed()) return;
    }
    if (what & EV_READ) self->handle_readable();
}

void Stream::handle_connected() {
    int err = 0;
    socklen_t len = sizeof(err);
    if (getsockopt(fd_, SOL_SOCKET, SO_ERROR, &err, &len) < 0) err = errno;
    if (err) {
        Error e = Error::from_errno(err, "connect", remote_.to_string());
        close_now(&e);
        return;
    }
    state_ = State::kOpen;
    local_ = SocketAddress();
    touch();
    if (handler_) handler_->on_connect(*this);
    if (disposed() || closed()) return;
    if (tls_) {
        // The handshake reads whatever the owner wants: its hello goes out now.
        if (!reading_) {
            event_add(read_ev_, nullptr);
            reading_ = true;
        }
        Error e;
        if (!tls_->start(&e)) {
            close_now(&e);
            return;
        }
        if (disposed() || closed()) return;
    } else if (want_read_ && !reading_) {
        resume();
    }
    if (!flush()) return;
    update_write_interest();
    maybe_finish_write_side();
}

void Stream::handle_readable() {
    if (state_ != State::kOpen || !reading_) return;
    read_once();
}

void Stream::read_now() {
    want_read_ = true;
    if (state_ != State::kOpen || read_eof_ || reading_) return;
    read_once();
    if (!disposed() && state_ == State::kOpen && want_read_ && !reading_) resume();
}

void Stream::read_once() {
    char *buf = loop().read_buffer();
    ssize_t n;
    do {
        n = ::recv(fd_, buf, Loop::kReadBufferSize, 0);
    } while (n < 0 && errno == EINTR);
    if (n > 0) {
        bytes_read_ += uint64_t(n);
        touch();
        if (tls_) {
            tls_receive(buf, size_t(n));
            return;
        }
        if (handler_) handler_->on_data(*this, buf, size_t(n));
        return;
    }
    if (n < 0) {
        if (would_block(errno)) return;
        Error e = Error::from_errno(errno, "read", remote_address().to_string());
        close_now(&e);
        return;
    }
    if (tls_ && !tls_->handshake_done()) {
        // The peer went away in the middle of the handshake: an error, not an end.
        Error e = tls_error("the peer closed the connection during the TLS handshake", "ECONNRESET");
        close_now(&e);
        return;
    }
    handle_eof();
}

void Stream::handle_eof() {
    read_eof_ = true;
    if (reading_) event_del(read_ev_);
    reading_ = false;
    if (handler_) handler_->on_end(*this);
    if (disposed() || closed()) return;
    if (!allow_half_open_) end();
    maybe_close_after_ends();
}

void Stream::handle_writable() {
    if (state_ == State::kConnecting) {
        handle_connected();
        return;
    }
    if (state_ != State::kOpen) return;
    if (!flush()) return;
    if (!tls_files_.empty()) {
        pump_tls_files();
        if (disposed() || closed()) return;
        if (!flush()) return;
    }
    update_write_interest();
    if (queued_ == 0 && tls_files_.empty() && need_drain_) {
        need_drain_ = false;
        if (handler_) handler_->on_drain(*this);
        if (disposed() || closed()) return;
    }
    maybe_finish_write_side();
}

void Stream::append(const char *data, size_t len) {
    if (len == 0) return;
    // Coalesce small writes so a queue of many tiny pieces does not need many iovecs.
    if (!queue_.empty() && !queue_.back().file && queue_.back().bytes.size() < 4096 && len < 4096) {
        queue_.back().bytes.append(data, len);
    } else if (spare_.capacity() >= len && len < 4096) {
        queue_.emplace_back();
        queue_.back().bytes = std::move(spare_);
        spare_ = std::string();
        queue_.back().bytes.assign(data, len);
    } else {
        queue_.emplace_back();
        queue_.back().bytes.assign(data, len);
    }
    queued_ += len;
}

bool Stream::write(const char *data, size_t len) {
    iovec iov{const_cast<char *>(data), len};
    return writev(&iov, 1);
}

bool Stream::writev(const iovec *iov, int count) {
    if (tls_) return tls_writev(iov, count);
    return writev_raw(iov, count);
}

bool Stream::writev_raw(const iovec *iov, int count) {
    if (closed() || end_requested_ || disposed()) return false;
    int i = 0;
    size_t skip = 0;
    if (state_ == State::kOpen && queued_ == 0 && corked_ == 0) {
        // The optimistic path: straight to the kernel, queue only what it refuses.
        ssize_t n = send_iov(fd_, iov, std::min(count, kMaxIov));
        if (n < 0 && !would_block(errno)) {
            Error e = Error::from_errno(errno, "write", remote_address().to_string());
            close_now(&e);
            return false;
        }
        size_t sent = n > 0 ? size_t(n) : 0;
        bytes_written_ += sent;
        if (sent) touch();
        while (i < count && sent >= iov[i].iov_len) sent -= iov[i++].iov_len;
        skip = sent;
    }
    for (; i < count; i++, skip = 0)
        append(static_cast<const char *>(iov[i].iov_base) + skip, iov[i].iov_len - skip);
    update_write_interest();
    if (queued_ >= high_water_mark_) {
        need_drain_ = true;
        return false;
    }
    return true;
}

bool Stream::flush() {
    while (queued_ > 0) {
        if (queue_.front().file) {
            if (!send_file_chunk(queue_.front())) return false;
            if (queue_.front().file_len > 0) return true;  // the socket is full
            queue_.pop_front();
            continue;
        }
        iovec iov[kMaxIov];
        int n = 0;
        size_t off = queue_head_off_;
        bool file_next = false;
        for (auto it = queue_.begin(); it != queue_.end() && n < kMaxIov; ++it, off = 0) {
            if (it->file) {
                file_next = true;
                break;
            }
            iov[n].iov_base = const_cast<char *>(it->bytes.data()) + off;
            iov[n].iov_len = it->bytes.size() - off;
            n++;
        }
        ssize_t w = send_iov(fd_, iov, n, file_next ? MSG_MORE : 0);
        if (w < 0) {
            if (would_block(errno)) return true;
            Error e = Error::from_errno(errno, "write", remote_address().to_string());
            close_now(&e);
            return false;
        }
        size_t sent = size_t(w);
        bytes_written_ += sent;
        queued_ -= sent;
        touch();
        while (sent > 0) {
            std::string &front = queue_.front().bytes;
            size_t left = front.size() - queue_head_off_;
            if (sent < left) {
                queue_head_off_ += sent;
                break;
            }
            sent -= left;
            if (front.capacity() <= 16384 && front.capacity() > spare_.capacity()) {
                spare_ = std::move(front);
                spare_.clear();
            }
            queue_.pop_front();
            queue_head_off_ = 0;
        }
    }
    return true;
}

bool Stream::send_file_chunk(Chunk &c) {
    while (c.file_len > 0) {
        off_t off = off_t(c.file_off);
        size_t n = size_t(std::min<uint64_t>(c.file_len, 1u << 30));
        ssize_t w = ::sendfile(fd_, c.file->fd, &off, n);
        if (w < 0) {
            if (errno == EINTR) continue;
            if (would_block(errno)) return true;
            Error e = Error::from_errno(errno, "sendfile", remote_address().to_string());
            close_now(&e);
            return false;
        }
        if (w == 0) {
            // The file shrank after its length was announced: the peer cannot get what it was promised.
            Error e = Error::from_errno(EIO, "sendfile", "(the file is shorter than announced)");
            close_now(&e);
            return false;
        }
        c.file_off += uint64_t(w);
        c.file_len -= uint64_t(w);
        queued_ -= size_t(w);
        bytes_written_ += uint64_t(w);
        touch();
    }
    return true;
}

bool Stream::send_file(SharedFilePtr file, uint64_t offset, uint64_t length) {
    if (closed() || end_requested_ || disposed()) return false;
    if (tls_) {
        if (length > 0) tls_files_.push_back({std::move(file), offset, length});
        pump_tls_files();
        if (closed()) return false;
        update_write_interest();
        bool ok = queued_ < high_water_mark_ && tls_files_.empty();
        if (!ok) need_drain_ = true;
        return ok;
    }
    if (length > 0) {
        queue_.emplace_back();
        Chunk &c = queue_.back();
        c.file = std::move(file);
        c.file_off = offset;
        c.file_len = length;
        queued_ += size_t(length);
        // Straight to the kernel when nothing is ahead of it (flush() sends the head first).
        if (state_ == State::kOpen && corked_ == 0 && !flush()) return false;
    }
    update_write_interest();
    if (queued_ >= high_water_mark_) {
        need_drain_ = true;
        return false;
    }
    return true;
}

void Stream::uncork() {
    if (corked_ == 0 || --corked_ > 0) return;
    if (state_ != State::kOpen) return;
    if (!flush()) return;
    update_write_interest();
    if (need_drain_ && queued_ == 0 && !write_armed_) {
        // Writes refused while corked went out now: 'drain' comes from the loop
        // (the socket is writable at once), not from inside this call.
        event_add(write_ev_, nullptr);
        write_armed_ = true;
    }
    maybe_finish_write_side();
}

void Stream::notify_drain() {
    if (state_ != State::kOpen) return;
    need_drain_ = true;
    update_write_interest();
}

void Stream::update_write_interest() {
    if (!write_ev_ || state_ == State::kConnecting) return;
    bool want = state_ == State::kOpen && (queued_ > 0 || need_drain_ || !tls_files_.empty()) && corked_ == 0;
    if (want == write_armed_) return;
    write_armed_ = want;
    if (want) {
        event_add(write_ev_, nullptr);
    } else {
        event_del(write_ev_);
    }
}

void Stream::end() {
    if (closed() || disposed()) return;
    if (tls_ && !end_requested_ && tls_files_.empty()) tls_->shutdown();  // close_notify before the FIN
    end_requested_ = true;
    maybe_finish_write_side();
}

void Stream::close_after_flush() {
    if (closed() || disposed()) return;
    if (tls_ && !end_requested_ && tls_files_.empty()) tls_->shutdown();
    end_requested_ = true;
    close_when_flushed_ = true;
    maybe_finish_write_side();
}

void Stream::maybe_finish_write_side() {
    if (!end_requested_ || fin_sent_ || state_ != State::kOpen || queued_ > 0 || corked_ > 0) return;
    if (tls_ && (!tls_files_.empty() || !tls_->handshake_done())) return;  // not before the handshake's end
    if (close_when_flushed_) {
        close_now(nullptr);  // close() sends the FIN after what the kernel still holds
        return;
    }
    fin_sent_ = true;
    ::shutdown(fd_, SHUT_WR);
    maybe_close_after_ends();
}

void Stream::maybe_close_after_ends() {
    if (fin_sent_ && read_eof_) close_now(nullptr);
}

int Stream::release_fd() {
    if (state_ != State::kOpen || queued_ > 0 || fd_ < 0 || tls_) return -1;  // TLS state cannot move
    if (reading_) event_del(read_ev_);
    if (write_armed_) event_del(write_ev_);
    reading_ = write_armed_ = false;
    if (timeout_timer_) timeout_timer_->cancel();
    int fd = fd_;
    fd_ = -1;
    state_ = State::kClosed;
    close_scheduled_ = true;  // no on_close: the owner has let it go
    set_active(false);
    return fd;
}

void Stream::destroy() { close_now(nullptr); }

void Stream::destroy(const Error &error) {
    Error copy = error;
    close_now(&copy);
}

void Stream::pause() {
    want_read_ = false;
    if (tls_ && !tls_->handshake_done()) return;  // the handshake reads on (tls_secure() stops it)
    if (reading_) {
        event_del(read_ev_);
        reading_ = false;
    }
}

void Stream::resume() {
    want_read_ = true;
    if (tls_ && tls_->handshake_done() && tls_->has_buffered() && !tls_drain_scheduled_ &&
        state_ == State::kOpen) {
        // Decrypted data waits inside OpenSSL: the socket will not say readable for it.
        tls_drain_scheduled_ = true;
        pin();
        loop().next_tick(Task{tls_drain_task, this});
    }
    if (reading_ || state_ != State::kOpen || read_eof_) return;
    event_add(read_ev_, nullptr);
    reading_ = true;
}

void Stream::set_no_delay(bool on) {
    int v = on ? 1 : 0;
    if (fd_ >= 0) setsockopt(fd_, IPPROTO_TCP, TCP_NODELAY, &v, sizeof(v));
}

void Stream::set_keep_alive(bool on, unsigned initial_delay_s) {
    if (fd_ < 0) return;
    int v = on ? 1 : 0;
    setsockopt(fd_, SOL_SOCKET, SO_KEEPALIVE, &v, sizeof(v));
    if (on && initial_delay_s > 0) {
        int d = int(initial_delay_s);
        setsockopt(fd_, IPPROTO_TCP, TCP_KEEPIDLE, &d, sizeof(d));
    }
}

void Stream::set_timeout(uint64_t ms) {
    timeout_us_ = ms * 1000;
    if (timeout_us_ == 0) {
        if (timeout_timer_) timeout_timer_->cancel();
        return;
    }
    if (!timeout_timer_) {
        timeout_timer_ = new Timer(loop(), on_timer, this);
        timeout_timer_->unref();  // an idle timeout never keeps the loop alive by itself
    }
    last_activity_us_ = loop().now_us();
    timeout_timer_->start(timeout_us_, 0);
}

void Stream::touch() {
    if (timeout_us_ == 0) return;
    last_activity_us_ = loop().now_us();
    // Re-armed lazily: only when it fired (or never ran) since the last activity.
    if (!timeout_timer_->active()) timeout_timer_->start(timeout_us_, 0);
}

void Stream::on_timer(Timer &timer, void *arg) noexcept {
    auto *self = static_cast<Stream *>(arg);
    if (self->disposed() || self->closed() || self->timeout_us_ == 0) return;
    uint64_t idle = self->loop().now_us() - self->last_activity_us_;
    if (idle + 500 < self->timeout_us_) {
        timer.start(self->timeout_us_ - idle, 0);
        return;
    }
    if (self->handler_) self->handler_->on_timeout(*self);
}

const SocketAddress &Stream::remote_address() {
    if (!remote_.valid() && fd_ >= 0) remote_ = SocketAddress::peer_of(fd_);
    return remote_;
}

const SocketAddress &Stream::local_address() {
    if (!local_.valid() && fd_ >= 0) local_ = SocketAddress::local_of(fd_);
    return local_;
}

void Stream::close_now(const Error *error) {
    if (state_ == State::kClosed) return;
    state_ = State::kClosed;
    if (dns_req_) {
        evdns_getaddrinfo_cancel(dns_req_);
        dns_req_ = nullptr;
    }
    if (read_ev_) event_del(read_ev_);
    if (write_ev_) event_del(write_ev_);
    reading_ = write_armed_ = false;
    if (fd_ >= 0) {
        ::close(fd_);
        fd_ = -1;
    }
    if (timeout_timer_) timeout_timer_->cancel();
    bool large = queued_ >= kTrimAfterBytes;
    std::deque<Chunk>().swap(queue_);
    tls_files_.clear();
    std::string().swap(spare_);
    queued_ = queue_head_off_ = 0;
    // A peer that never read left megabytes of small pieces behind: give them back to the
    // system now, not when the heap's top happens to be free.
    if (large) malloc_trim(0);
    if (error) close_error_ = *error;
    // Reported from the loop, never from inside the call that failed (a write()
    // in user code, say): the stream stays active and pinned until then.
    if (!close_scheduled_ && !disposed()) {
        close_scheduled_ = true;
        set_active(true);
        pin();
        loop().next_tick(Task{on_close_task, this});
    }
}

void Stream::on_close_task(void *arg, bool cancelled) noexcept {
    auto *self = static_cast<Stream *>(arg);
    self->unpin();
    if (cancelled || self->disposed()) return;
    bool had_error = bool(self->close_error_);
    if (had_error && self->handler_) self->handler_->on_error(*self, self->close_error_);
    if (self->disposed()) return;
    if (self->handler_) self->handler_->on_close(*self, had_error);
    if (!self->disposed()) self->set_active(false);
}

Error Stream::start_tls(std::shared_ptr<TlsContext> ctx, bool server, const std::string &servername,
                        const std::string &session_key) {
    if (tls_) return Error{EALREADY, "start_tls EALREADY: TLS is on already"};
    tls_.reset(new TlsSession(*this, std::move(ctx), server, servername, session_key));
    if (state_ != State::kOpen) return Error{};  // a client: the handshake starts once connected
    // An accepted stream: the handshake reads whatever the owner wants.
    if (!reading_ && !read_eof_) {
        event_add(read_ev_, nullptr);
        reading_ = true;
    }
    Error e;
    if (!tls_->start(&e)) return e;
    return Error{};
}

void Stream::tls_secure() {
    if (!want_read_ && reading_) {
        event_del(read_ev_);
        reading_ = false;
    }
    if (handler_) handler_->on_secure(*this);
    if (disposed() || closed()) return;
    if (end_requested_ && tls_files_.empty()) {
        // end() came during the handshake: what was written went out above; now the end.
        tls_->shutdown();
        maybe_finish_write_side();
    }
}

void Stream::write_ciphertext(const char *data, size_t len) {
    iovec iov{const_cast<char *>(data), len};
    // Alerts and close_notify still go out after end() was asked for.
    bool ended = end_requested_;
    end_requested_ = false;
    writev_raw(&iov, 1);
    end_requested_ = ended;
}

void Stream::deliver_plaintext(const char *data, size_t len) {
    if (handler_) handler_->on_data(*this, data, len);
}

void Stream::tls_receive(const char *data, size_t len) {
    bool eof = false;
    Error e;
    if (tls_->feed(data, len, &eof, &e)) return;
    if (disposed() || closed()) return;
    if (eof) {
        handle_eof();
        return;
    }
    close_now(&e);
}

void Stream::tls_drain_task(void *arg, bool cancelled) noexcept {
    auto *self = static_cast<Stream *>(arg);
    self->unpin();
    self->tls_drain_scheduled_ = false;
    if (cancelled || self->disposed() || self->closed() || !self->want_read_) return;
    bool eof = false;
    Error e;
    if (self->tls_->drain(&eof, &e)) return;
    if (self->disposed() || self->closed()) return;
    if (eof) {
        self->handle_eof();
        return;
    }
    self->close_now(&e);
}

bool Stream::tls_writev(const iovec *iov, int count) {
    if (closed() || end_requested_ || disposed()) return false;
    Error e;
    bool ok = true;
    size_t total = 0;
    for (int i = 0; i < count; i++) total += iov[i].iov_len;
    if (count == 1 || total > 65536) {
        for (int i = 0; i < count && ok; i++)
            ok = tls_->write(static_cast<const char *>(iov[i].iov_base), iov[i].iov_len, &e);
    } else {
        // One record for a response head and its body, not one each.
        tls_scratch_.clear();
        for (int i = 0; i < count; i++)
            tls_scratch_.append(static_cast<const char *>(iov[i].iov_base), iov[i].iov_len);
        ok = tls_->write(tls_scratch_.data(), tls_scratch_.size(), &e);
    }
    if (!ok) {
        close_now(&e);
        return false;
    }
    if (closed()) return false;
    update_write_interest();
    if (buffered() >= high_water_mark_) {
        need_drain_ = true;
        return false;
    }
    return true;
}

void Stream::pump_tls_files() {
    // A piece at a time while the socket takes it: memory stays at the high-water mark.
    static constexpr size_t kPiece = 65536;
    while (!tls_files_.empty() && queued_ < high_water_mark_ && state_ == State::kOpen) {
        FileSegment &f = tls_files_.front();
        if (tls_scratch_.size() < kPiece) tls_scratch_.resize(kPiece);
        size_t want = size_t(std::min<uint64_t>(f.len, kPiece));
        ssize_t n;
        do {
            n = ::pread(f.file->fd, &tls_scratch_[0], want, off_t(f.off));
        } while (n < 0 && errno == EINTR);
        if (n <= 0) {
            Error e = Error::from_errno(n < 0 ? errno : EIO, "read", "(the file is shorter than announced)");
            close_now(&e);
            return;
        }
        f.off += uint64_t(n);
        f.len -= uint64_t(n);
        if (f.len == 0) tls_files_.pop_front();
        Error e;
        if (!tls_->write(tls_scratch_.data(), size_t(n), &e)) {
            close_now(&e);
            return;
        }
    }
    if (tls_files_.empty() && end_requested_) tls_->shutdown();
}

void Stream::on_dispose() {
    handler_ = nullptr;
    if (timeout_timer_) {
        timeout_timer_->dispose();
        timeout_timer_ = nullptr;
    }
    if (state_ != State::kClosed) close_now(nullptr);
}

}  // namespace edges
