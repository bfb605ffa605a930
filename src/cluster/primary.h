// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <deque>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "../core/address.h"
#include "../core/process.h"
#include "../core/signal.h"
#include "../core/timer.h"
#include "../fs/watcher.h"
#include "channel.h"

namespace edges::cluster {

struct PrimaryOptions {
    std::vector<std::string> command;  // a worker's command line: the PHP binary and its arguments
    int workers = 1;
    std::string watch;  // reload when a .php file below it changes (empty: no watching)
};

// The primary of `bin/edges --workers N`: runs no user code. It starts N workers (each
// with its id in EDGES_WORKER_ID and a channel to the primary on descriptor 3), replaces
// one that dies (at once, or with a growing delay when it dies again right after starting,
// saying so on stderr), replaces a retiring one (max requests or memory) and, on SIGHUP or
// a change under --watch, all of them one at a time (the new one first, the old one
// stopped once the new one listens). SIGTERM or SIGINT: every worker stops gracefully; a
// second one kills them.
//
// Listening sockets are the primary's: a worker asks for one and gets it over its
// channel. TCP ports get one SO_REUSEPORT socket per worker id, so the kernel spreads
// connections evenly and a replacement inherits its predecessor's socket, accept queue
// included: nothing is dropped when a worker stops. Unix sockets are shared by all.
// Messages and moved connections between workers go through the primary, which keeps
// them for a worker being replaced until its replacement is there.
class Primary final {
public:
    Primary(Loop &loop, PrimaryOptions options);
    ~Primary();
    Primary(const Primary &) = delete;
    Primary &operator=(const Primary &) = delete;

    // Runs until every worker has stopped after SIGTERM/SIGINT. The exit status: 0, or 1
    // when a worker's graceful stop ran out of time (or it had to be killed).
    int run();

private:
    struct WorkerProc;
    struct Slot {
        WorkerProc *active = nullptr;    // serving, or starting
        WorkerProc *incoming = nullptr;  // its replacement, starting
        int quick_deaths = 0;
        Timer *restart = nullptr;
        std::deque<Message> pending;  // for a worker being replaced
    };
    struct Group {
        bool unix_socket = false;
        std::vector<int> fds;  // TCP: one per worker id; Unix: fds[0] for all
        uint16_t port = 0;     // the port chosen for port 0
    };

    void spawn(int slot);
    void on_worker_message(WorkerProc *w, Message &m);
    void on_worker_exit(WorkerProc *w, int code, int signo);
    void on_worker_ready(WorkerProc *w);
    void deliver(int slot, Message m);
    void listen_for(WorkerProc *w, const std::string &request);
    void reload_all(const char *why);
    void next_reload();
    void replace(int slot);
    void stop(int signo);
    void log(const std::string &line);
    static void on_signal(SignalWatcher &w, int signo, void *data);
    static void on_restart(Timer &t, void *data);
    static void on_watch_debounced(Timer &t, void *data);

    class WatchHandler;
    Loop &loop_;
    PrimaryOptions options_;
    std::vector<Slot> slots_;
    std::map<std::string, Group> groups_;
    std::vector<SignalWatcher *> signals_;
    std::vector<WorkerProc *> stopping_;  // old workers finishing their graceful stop
    std::deque<int> reload_queue_;
    bool reload_again_ = false;
    int reloading_ = -1;  // the slot being replaced, -1: none
    bool stopping_all_ = false;
    int stop_signals_ = 0;
    int status_ = 0;
    fs::Watcher *watcher_ = nullptr;
    std::unique_ptr<WatchHandler> watch_handler_;
    Timer *watch_timer_ = nullptr;
    bool ready_notified_ = false;
};

}  // namespace edges::cluster
