// SPDX-License-Identifier: MIT
#include "primary.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/inotify.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <sstream>

#include "../core/listener.h"
#include "../core/loop.h"
#include "../core/notify.h"
#include "worker.h"

namespace edges::cluster {

namespace {
constexpr uint64_t kFirstBackoffMs = 100;
constexpr uint64_t kMaxBackoffMs = 10000;
constexpr uint64_t kWatchDebounceMs = 200;
}  // namespace

struct Primary::WorkerProc final : public ProcessHandler, public ChannelHandler {
    Primary &primary;
    int slot;
    Process *process = nullptr;
    Channel *channel = nullptr;
    bool ready = false;
    bool stopping = false;  // asked to stop (replaced, retired, or the cluster stops)

    WorkerProc(Primary &p, int s) : primary(p), slot(s) {}
    ~WorkerProc() override {
        if (channel) channel->dispose();
        if (process) process->dispose();
    }
    void on_exit(Process &, int code, int signo) override { primary.on_worker_exit(this, code, signo); }
    void on_message(Channel &, Message &m) override { primary.on_worker_message(this, m); }
    void on_closed(Channel &) override {}  // its exit says the rest
    void signal(int signo) {
        if (process && !process->exited()) process->kill(signo);
    }
};

class Primary::WatchHandler final : public fs::WatcherHandler {
public:
    explicit WatchHandler(Primary &p) : p_(p) {}
    void on_change(fs::Watcher &, const std::string &name, uint32_t) override {
        if (name.size() < 4 || name.compare(name.size() - 4, 4, ".php") != 0) return;
        // Editors write a file in several steps: one reload once they are done.
        p_.watch_timer_->start(kWatchDebounceMs * 1000, 0);
    }
    void on_overflow(fs::Watcher &) override { p_.watch_timer_->start(kWatchDebounceMs * 1000, 0); }

private:
    Primary &p_;
};

Primary::Primary(Loop &loop, PrimaryOptions options) : loop_(loop), options_(std::move(options)) {
    slots_.resize(size_t(std::max(1, options_.workers)));
}

Primary::~Primary() {
    for (Slot &s : slots_) {
        if (s.restart) s.restart->dispose();
        delete s.active;
        delete s.incoming;
        for (Message &m : s.pending)
            if (m.fd >= 0) ::close(m.fd);
    }
    for (WorkerProc *w : stopping_) delete w;
    for (SignalWatcher *w : signals_) w->dispose();
    if (watcher_) watcher_->dispose();
    if (watch_timer_) watch_timer_->dispose();
    for (auto &g : groups_)
        for (int fd : g.second.fds)
            if (fd >= 0) ::close(fd);
}

void Primary::log(const std::string &line) {
    fprintf(stderr, "edges primary: %s\n", line.c_str());
    fflush(stderr);
}

int Primary::run() {
    for (int signo : {SIGTERM, SIGINT, SIGHUP}) {
        auto *w = new SignalWatcher(loop_, on_signal, this);
        w->start(signo);
        signals_.push_back(w);
    }
    if (!options_.watch.empty()) {
        watch_handler_.reset(new WatchHandler(*this));
        watch_timer_ = new Timer(loop_, on_watch_debounced, this);
        watch_timer_->unref();
        watcher_ = new fs::Watcher(loop_, watch_handler_.get());
        Error e = watcher_->watch(options_.watch, true);
        if (e) {
            log("--watch " + options_.watch + ": " + e.message);
            return 2;
        }
        watcher_->unref();  // the workers keep the primary running, not the watch
    }
    for (size_t i = 0; i < slots_.size(); i++) spawn(int(i));
    loop_.run();
    return status_;
}

void Primary::spawn(int slot) {
    Slot &s = slots_[size_t(slot)];
    int sv[2];
    if (socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, sv) < 0) {
        log("socketpair: " + std::string(strerror(errno)));
        status_ = 1;
        return;
    }
    auto *w = new WorkerProc(*this, slot);
    w->process = new Process(loop_, w);
    SpawnOptions o;
    o.file = options_.command[0];
    o.args.assign(options_.command.begin() + 1, options_.command.end());
    o.env = {"EDGES_WORKER_ID=" + std::to_string(slot), "EDGES_WORKERS=" + std::to_string(slots_.size()),
             "EDGES_CLUSTER_FD=3"};
    o.fds = {{3, sv[1]}};
    o.stdio[0] = o.stdio[1] = o.stdio[2] = SpawnOptions::Stdio::kInherit;
    int pipes[3];
    Error err = w->process->spawn(o, pipes);
    ::close(sv[1]);
    if (err) {
        ::close(sv[0]);
        log("worker " + std::to_string(slot) + ": " + err.message);
        delete w;
        status_ = 1;
        return;
    }
    fcntl(sv[0], F_SETFL, fcntl(sv[0], F_GETFL) | O_NONBLOCK);
    w->channel = new Channel(loop_, w, sv[0]);
    if (!s.active) {
        s.active = w;
        // What waited for this worker id goes to the new one (the kernel keeps it meanwhile).
        while (!s.pending.empty()) {
            Message m = std::move(s.pending.front());
            s.pending.pop_front();
            w->channel->send(m.kind, m.peer, m.body, m.fd);
        }
    } else {
        s.incoming = w;
    }
}

void Primary::on_worker_message(WorkerProc *w, Message &m) {
    switch (m.kind) {
        case Kind::kListen:
            listen_for(w, m.body);
            break;
        case Kind::kReady:
            on_worker_ready(w);
            break;
        case Kind::kRetire:
            if (!stopping_all_ && slots_[size_t(w->slot)].active == w) replace(w->slot);
            break;
        case Kind::kMessage:
        case Kind::kHandoff:
            if (m.peer >= slots_.size()) {
                if (m.fd >= 0) ::close(m.fd);
                break;
            }
            {
                int to = int(m.peer);
                m.peer = uint32_t(w->slot);  // the receiver learns who sent it
                deliver(to, std::move(m));
                m.fd = -1;
            }
            break;
        default:
            if (m.fd >= 0) ::close(m.fd);
    }
}

void Primary::deliver(int slot, Message m) {
    Slot &s = slots_[size_t(slot)];
    WorkerProc *to =
        s.active && s.active->channel && s.active->channel->open() && !s.active->channel->broken() ? s.active
                                                                                                   : nullptr;
    if (!to) {
        s.pending.push_back(std::move(m));  // its replacement gets it
        return;
    }
    to->channel->send(m.kind, m.peer, m.body, m.fd);
    // It died and the loop has not seen it yet (SIGKILL): a message (not a connection, whose
    // descriptor went with the send) waits for the replacement instead of being lost.
    if (to->channel->broken() && m.fd < 0) s.pending.push_back(std::move(m));
}

void Primary::listen_for(WorkerProc *w, const std::string &request) {
    // "tcp HOST PORT BACKLOG" or "unix PATH BACKLOG"
    std::istringstream in(request);
    std::string type, where, port_s, backlog_s;
    in >> type >> where;
    if (type == "tcp") in >> port_s;
    in >> backlog_s;
    std::string key = type == "tcp" ? "tcp " + where + " " + port_s : "unix " + where;
    int backlog = atoi(backlog_s.c_str());
    Group &g = groups_[key];
    Error err;
    int fd = -1;
    SocketAddress bound;
    if (type == "unix") {
        g.unix_socket = true;
        if (g.fds.empty()) {
            err = open_unix_listener(where, backlog, &fd, &bound);
            if (!err) g.fds.push_back(fd);
        }
        if (!err) bound = SocketAddress::unix_path(where);
    } else if (type == "tcp") {
        g.fds.resize(slots_.size(), -1);
        if (g.fds[size_t(w->slot)] < 0) {
            TcpListenOptions o;
            o.reuse_port = true;
            uint16_t port = g.port ? g.port : uint16_t(atoi(port_s.c_str()));
            err = open_tcp_listener(where, port, backlog, o, &fd, &bound);
            if (!err) {
                g.fds[size_t(w->slot)] = fd;
                if (!g.port) g.port = bound.port();
            }
        } else {
            bound = SocketAddress::local_of(g.fds[size_t(w->slot)]);
        }
    } else {
        err = Error{EINVAL, "listen EINVAL: " + request};
    }
    if (err) {
        if (g.fds.empty() || std::all_of(g.fds.begin(), g.fds.end(), [](int f) { return f < 0; }))
            groups_.erase(key);
        w->channel->send(Kind::kListenReply, 0, std::to_string(err.code) + " " + err.message);
        return;
    }
    int shared = g.unix_socket ? g.fds[0] : g.fds[size_t(w->slot)];
    w->channel->send(Kind::kListenReply, 0, "0 " + pack_address(bound), fcntl(shared, F_DUPFD_CLOEXEC, 3));
}

void Primary::on_worker_ready(WorkerProc *w) {
    w->ready = true;
    Slot &s = slots_[size_t(w->slot)];
    if (s.incoming == w) {
        // The replacement listens: the old one stops (gracefully), the new one serves.
        WorkerProc *old = s.active;
        s.active = w;
        s.incoming = nullptr;
        if (old) {
            old->stopping = true;
            old->signal(SIGTERM);
            stopping_.push_back(old);
        }
        if (reloading_ == w->slot) {
            reloading_ = -1;
            next_reload();
        }
    }
    if (!ready_notified_ && std::all_of(slots_.begin(), slots_.end(),
                                        [](const Slot &x) { return x.active && x.active->ready; })) {
        ready_notified_ = true;
        notify_systemd("READY=1");
    }
}

void Primary::on_worker_exit(WorkerProc *w, int code, int signo) {
    Slot &s = slots_[size_t(w->slot)];
    bool planned = w->stopping || stopping_all_;
    // Its graceful stop ran out of time, or it failed; not one stopped while starting (before
    // its SIGTERM handler was there).
    if (planned && code != 0 && (w->ready || signo != SIGTERM)) status_ = 1;
    auto it = std::find(stopping_.begin(), stopping_.end(), w);
    if (it != stopping_.end()) stopping_.erase(it);
    bool was_active = s.active == w, was_incoming = s.incoming == w;
    if (was_active) s.active = nullptr;
    if (was_incoming) s.incoming = nullptr;
    std::string how = signo > 0 ? "killed by " + signal_name(signo) : "exit status " + std::to_string(code);
    int pid = w->process ? int(w->process->pid()) : -1;
    // Deleted from the loop, not here: its process and channel are still on the stack.
    loop_.next_tick(Task{[](void *arg, bool) { delete static_cast<WorkerProc *>(arg); }, w});
    if (stopping_all_ || planned) return;
    if (was_incoming && s.active) {
        // A replacement that died before it listened: the old one goes on serving.
        log("worker " + std::to_string(w->slot) + " (pid " + std::to_string(pid) + ", replacement) " + how +
            " before it was ready; the running one stays");
        if (reloading_ == w->slot) {
            reloading_ = -1;
            next_reload();
        }
        return;
    }
    if (!was_active && !was_incoming) return;
    // A worker died: replace it at once, or after a growing delay when it died before it
    // was ready (it keeps dying while starting).
    uint64_t delay_ms = 0;
    if (!w->ready) {
        s.quick_deaths++;
        delay_ms = std::min(kMaxBackoffMs, kFirstBackoffMs << std::min(s.quick_deaths - 1, 10));
    } else {
        s.quick_deaths = 0;
    }
    log("worker " + std::to_string(w->slot) + " (pid " + std::to_string(pid) + ") " + how +
        "; restarting it" + (delay_ms ? " in " + std::to_string(delay_ms) + " ms" : ""));
    if (!delay_ms) {
        spawn(w->slot);
        return;
    }
    if (!s.restart) s.restart = new Timer(loop_, on_restart, this);
    s.restart->start(delay_ms * 1000, 0);
}

void Primary::on_restart(Timer &t, void *data) {
    auto *self = static_cast<Primary *>(data);
    for (size_t i = 0; i < self->slots_.size(); i++) {
        if (self->slots_[i].restart == &t && !self->slots_[i].active && !self->stopping_all_)
            self->spawn(int(i));
    }
}

void Primary::replace(int slot) {
    Slot &s = slots_[size_t(slot)];
    if (s.incoming || stopping_all_) return;
    if (!s.active) {
        spawn(slot);
        return;
    }
    spawn(slot);  // becomes s.incoming; the swap happens when it is ready
}

void Primary::reload_all(const char *why) {
    if (stopping_all_) return;
    log(std::string("reloading the workers one at a time (") + why + ")");
    if (reloading_ >= 0 || !reload_queue_.empty()) {
        reload_again_ = true;  // after the one in progress: the code may have changed since it began
        return;
    }
    for (size_t i = 0; i < slots_.size(); i++) reload_queue_.push_back(int(i));
    next_reload();
}

void Primary::next_reload() {
    if (stopping_all_) return;
    while (reloading_ < 0 && !reload_queue_.empty()) {
        int slot = reload_queue_.front();
        reload_queue_.pop_front();
        if (slots_[size_t(slot)].incoming) continue;
        reloading_ = slot;
        replace(slot);
    }
    if (reloading_ < 0 && reload_again_) {
        reload_again_ = false;
        reload_all("changed again during the reload");
    }
}

void Primary::on_watch_debounced(Timer &, void *data) { static_cast<Primary *>(data)->reload_all("--watch"); }

void Primary::stop(int signo) {
    if (stopping_all_) {
        log(signal_name(signo) + " again: killing the workers");
        for (Slot &s : slots_) {
            if (s.active) s.active->signal(SIGKILL);
            if (s.incoming) s.incoming->signal(SIGKILL);
        }
        for (WorkerProc *w : stopping_) w->signal(SIGKILL);
        status_ = 1;
        return;
    }
    stopping_all_ = true;
    notify_systemd("STOPPING=1");
    // No new connections: our copies of the listening sockets go; the workers close theirs
    // as their graceful stop begins.
    for (auto &g : groups_)
        for (int &fd : g.second.fds)
            if (fd >= 0) {
                ::close(fd);
                fd = -1;
            }
    // Those stopping already (replaced) are in their graceful stop: a second SIGTERM would
    // cut it short.
    for (Slot &s : slots_) {
        if (s.restart) s.restart->cancel();
        if (s.active) s.active->signal(SIGTERM);
        if (s.incoming) s.incoming->signal(SIGTERM);
    }
    if (watcher_) watcher_->close();
}

void Primary::on_signal(SignalWatcher &, int signo, void *data) {
    auto *self = static_cast<Primary *>(data);
    if (signo == SIGHUP) {
        self->reload_all("SIGHUP");
    } else {
        self->stop(signo);
    }
}

}  // namespace edges::cluster
