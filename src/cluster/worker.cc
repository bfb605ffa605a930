// SPDX-License-Identifier: MIT
#include "worker.h"

#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../core/listener.h"
#include "../core/loop.h"

namespace edges::cluster {

namespace {

thread_local Worker *the_worker = nullptr;

int env_int(const char *name, int fallback) {
    const char *v = getenv(name);
    if (!v || !*v) return fallback;
    char *end;
    long n = strtol(v, &end, 10);
    return *end ? fallback : int(n);
}

struct SelfMessage {
    Worker *worker;
    std::string body;
};

}  // namespace

const WorkerInfo &worker_info() {
    static const WorkerInfo info = [] {
        WorkerInfo w;
        w.fd = env_int("EDGES_CLUSTER_FD", -1);
        w.id = env_int("EDGES_WORKER_ID", 0);
        w.count = env_int("EDGES_WORKERS", 1);
        w.is_worker = w.fd >= 0 && fcntl(w.fd, F_GETFD) >= 0 && w.count > 0 && w.id >= 0 && w.id < w.count;
        if (!w.is_worker) w = WorkerInfo();
        return w;
    }();
    return info;
}

int owner_of(std::string_view key, int workers) {
    if (workers <= 1) return 0;
    uint64_t h = 14695981039346656037ull;  // FNV-1a 64
    for (unsigned char c : key) {
        h ^= c;
        h *= 1099511628211ull;
    }
    // Jump consistent hash (Lamping & Veach, 2014).
    int64_t b = -1, j = 0;
    while (j < workers) {
        b = j;
        h = h * 2862933555777941757ull + 1;
        j = int64_t(double(b + 1) * (double(1ll << 31) / double((h >> 33) + 1)));
    }
    return int(b);
}

Worker::Worker(Loop &loop) : loop_(loop) {
    // The inherited descriptor is the primary's channel: ours, close-on-exec from now on
    // (a child we spawn must not hold it).
    int fd = worker_info().fd;
    fcntl(fd, F_SETFD, FD_CLOEXEC);
    fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK);
    channel_ = new Channel(loop, this, fd);
}

Worker *Worker::get(Loop &loop) {
    if (!worker_info().is_worker) return nullptr;
    if (!the_worker) the_worker = new Worker(loop);
    return the_worker;
}

void Worker::reset() {
    if (!the_worker) return;
    if (the_worker->channel_) {
        the_worker->channel_->set_handler(nullptr);
        the_worker->channel_->dispose();  // the loop goes: so does the channel (the process ends)
    }
    delete the_worker;
    the_worker = nullptr;
}

Error Worker::listen(const std::string &spec, int backlog, int *fd, SocketAddress *address) {
    if (!connected()) return Error{ENOTCONN, "listen ENOTCONN: the cluster's primary is gone"};
    channel_->send(Kind::kListen, 0, spec + " " + std::to_string(backlog));
    Message m;
    if (!channel_->wait_for(Kind::kListenReply, &m))
        return Error{ENOTCONN, "listen ENOTCONN: the cluster's primary is gone"};
    // Reply: "<errno> <address or message>"
    size_t sp = m.body.find(' ');
    int err = atoi(m.body.substr(0, sp).c_str());
    std::string rest = sp == std::string::npos ? "" : m.body.substr(sp + 1);
    if (err || m.fd < 0) {
        if (m.fd >= 0) ::close(m.fd);
        return Error{err ? err : EIO, rest};
    }
    *fd = m.fd;
    *address = unpack_address(rest);
    return Error{};
}

void Worker::ready() {
    if (connected()) channel_->send(Kind::kReady, 0, "");
}

void Worker::retire() {
    if (connected()) channel_->send(Kind::kRetire, 0, "");
}

void Worker::send(int to, const std::string &body) {
    if (to == worker_info().id) {
        // To itself: from the loop, as any other message.
        auto *m = new SelfMessage{this, body};
        loop_.next_tick(Task{[](void *arg, bool cancelled) {
                                 auto *sm = static_cast<SelfMessage *>(arg);
                                 if (!cancelled && sm->worker->handler_)
                                     sm->worker->handler_->on_message(worker_info().id, sm->body);
                                 delete sm;
                             },
                             m});
        return;
    }
    if (connected()) channel_->send(Kind::kMessage, uint32_t(to), body);
}

void Worker::handoff(int to, const std::string &server, const SocketAddress &peer, const std::string &bytes,
                     int fd) {
    if (connected()) {
        channel_->send(Kind::kHandoff, uint32_t(to), pack_handoff(server, peer, bytes), fd);
    } else {
        ::close(fd);
    }
}

namespace {
// Reads "<len>:<bytes>" at pos.
bool take_field(const std::string &s, size_t &pos, std::string *out) {
    size_t colon = s.find(':', pos);
    if (colon == std::string::npos || colon == pos || colon - pos > 10) return false;
    if (s[pos] == '0' && colon - pos > 1) return false;  // one way to write a length
    for (size_t i = pos; i < colon; i++)
        if (s[i] < '0' || s[i] > '9') return false;
    unsigned long long len = strtoull(s.c_str() + pos, nullptr, 10);
    if (len > s.size() - colon - 1) return false;
    out->assign(s, colon + 1, size_t(len));
    pos = colon + 1 + size_t(len);
    return true;
}
}  // namespace

std::string pack_handoff(const std::string &server, const SocketAddress &peer, const std::string &bytes) {
    std::string addr = pack_address(peer);
    return std::to_string(server.size()) + ":" + server + std::to_string(addr.size()) + ":" + addr + bytes;
}

bool parse_handoff(const std::string &body, std::string *server, SocketAddress *peer, std::string *bytes) {
    size_t pos = 0;
    std::string addr;
    if (!take_field(body, pos, server) || !take_field(body, pos, &addr)) return false;
    *peer = unpack_address(addr);
    bytes->assign(body, pos, std::string::npos);
    return true;
}

void Worker::on_message(Channel &, Message &m) {
    if (m.kind == Kind::kMessage) {
        if (handler_) handler_->on_message(int(m.peer), m.body);
        return;
    }
    if (m.kind == Kind::kHandoff) {
        std::string server, bytes;
        SocketAddress peer;
        if (m.fd < 0 || !handler_ || !parse_handoff(m.body, &server, &peer, &bytes)) {
            if (m.fd >= 0) ::close(m.fd);
            return;
        }
        handler_->on_handoff(int(m.peer), server, peer, bytes, m.fd);
        return;
    }
    if (m.fd >= 0) ::close(m.fd);
}

void Worker::on_closed(Channel &) {
    // The primary is gone (killed): this worker goes on serving what it has; the
    // graceful stop, when it comes, comes from a signal.
}

void install_listen_hook() {
    if (!worker_info().is_worker) return;
    Listener::set_listen_hook([](Loop &loop, const std::string &spec, int backlog, int *fd,
                                 SocketAddress *addr) {
        Worker *w = Worker::get(loop);
        return w ? w->listen(spec, backlog, fd, addr) : Error{ENOTCONN, "listen ENOTCONN: not in a cluster"};
    });
}

std::string pack_address(const SocketAddress &a) {
    return std::string(reinterpret_cast<const char *>(a.sa()), a.len());
}

SocketAddress unpack_address(const std::string &bytes) {
    if (bytes.empty() || bytes.size() > sizeof(sockaddr_storage)) return SocketAddress();
    return SocketAddress::from_sockaddr(reinterpret_cast<const sockaddr *>(bytes.data()),
                                        socklen_t(bytes.size()));
}

}  // namespace edges::cluster
