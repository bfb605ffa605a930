// SPDX-License-Identifier: MIT
#include "lifecycle.h"

#include <signal.h>
#include <stdio.h>
#include <unistd.h>

#include <map>
#include <string>

#include "../cluster/worker.h"
#include "../core/notify.h"
#include "../core/signal.h"
#include "../core/timer.h"
#include "cluster.h"
#include "http_message.h"
#include "invoke.h"
#include "loop_state.h"
#include "object.h"
#include "socket_server.h"
#include "websocket.h"

extern "C" {
#include "php_edges.h"
}

namespace edges::php {

extern zend_class_entry *edges_http_server_ce;

namespace {

struct Lifecycle {
    edges::SignalWatcher *term = nullptr;
    edges::SignalWatcher *interrupt = nullptr;
    edges::Timer *grace = nullptr;
    int stopping_on = 0;  // the signal that started the graceful stop
};
thread_local Lifecycle state;
bool ready_sent = false;  // once per process

struct CloseCall {
    zend_object *obj;
};

void call_close(void *ctx) {
    zval fn;
    ZVAL_STRING(&fn, "close");
    call(&fn, 0, nullptr, nullptr, static_cast<CloseCall *>(ctx)->obj);
    zval_ptr_dtor(&fn);
}

// What stops accepting and says goodbye: listening servers close (an HTTP server lets
// its requests in flight finish), WebSockets get 1001.
void stop_serving() {
    for (zend_object *obj : loop_refs_snapshot()) {
        zend_class_entry *ce = obj->ce;
        if (ce == edges_http_server_ce || ce == edges_socket_server_ce || ce == edges_websocket_server_ce) {
            CloseCall c{obj};
            run_from_loop(call_close, &c);
        } else if (ce == edges_websocket_ce) {
            websocket_close(obj, 1001, "going away");
        }
        OBJ_RELEASE(obj);
    }
}

// "2 x Event\Timer (every 1000 ms), Event\Socket (127.0.0.1:43210)": what keeps the loop alive.
std::string still_open() {
    std::map<std::string, int> counts;
    for (zend_object *obj : loop_refs_snapshot()) {
        std::string what;
        if (describe_held(obj, &what)) counts[what]++;
        OBJ_RELEASE(obj);
    }
    std::string out;
    for (auto &kv : counts)
        out +=
            (out.empty() ? "" : ", ") + (kv.second > 1 ? std::to_string(kv.second) + " x " : "") + kv.first;
    return out.empty() ? "a connection no object stands for" : out;
}

void on_grace_expired(edges::Timer &, void *) {
    fprintf(stderr, "edges: %s: still open after the %g s grace period: %s\n",
            edges::signal_name(state.stopping_on).c_str(), EDGES_G(grace), still_open().c_str());
    fflush(stderr);
    request_exit(1);
}

void on_stop_signal(edges::SignalWatcher &w, int signo, void *) {
    // The script listens for this signal itself: it decides (node's behaviour).
    if (w.loop().signals().count(signo) > 1) return;
    if (state.stopping_on) {
        fprintf(stderr, "edges: %s again: exiting now\n", edges::signal_name(signo).c_str());
        fflush(stderr);
        ::signal(signo, SIG_DFL);
        ::raise(signo);
        return;
    }
    state.stopping_on = signo;
    if (!edges::cluster::worker_info().is_worker) edges::notify_systemd("STOPPING=1");
    stop_serving();
    if (EDGES_G(grace) > 0 && !shutting_down()) {
        state.grace = new edges::Timer(loop(), on_grace_expired, nullptr);
        state.grace->unref();  // a loop that empties ends the process with status 0 before it
        state.grace->start(uint64_t(EDGES_G(grace) * 1e6), 0);
    }
}

edges::SignalWatcher *watch(int signo) {
    auto *w = new edges::SignalWatcher(loop(), on_stop_signal, nullptr);
    w->start(signo);
    return w;
}

}  // namespace

void lifecycle_loop_starts() {
    if (!ready_sent) {
        ready_sent = true;
        // A cluster's primary speaks for its workers.
        if (!edges::cluster::worker_info().is_worker) edges::notify_systemd("READY=1");
        cluster_loop_starts();
    }
    if (!state.term) {
        state.term = watch(SIGTERM);
        state.interrupt = watch(SIGINT);
    }
}

void lifecycle_rinit() {
    const char *path = EDGES_G(pidfile);
    if (!path || !*path || edges::cluster::worker_info().is_worker)
        return;  // the primary's pid, not a worker's
    FILE *f = fopen(path, "w");
    if (!f) {
        php_error_docref(nullptr, E_WARNING, "edges.pidfile: cannot write %s", path);
        return;
    }
    fprintf(f, "%d\n", int(getpid()));
    fclose(f);
}

void lifecycle_rshutdown() {
    if (state.term) state.term->dispose();
    if (state.interrupt) state.interrupt->dispose();
    if (state.grace) state.grace->dispose();
    state = Lifecycle();
    const char *path = EDGES_G(pidfile);
    if (!path || !*path || edges::cluster::worker_info().is_worker) return;
    // Only our own: a newer process may have written it since.
    FILE *f = fopen(path, "r");
    int pid = 0;
    if (f) {
        if (fscanf(f, "%d", &pid) != 1) pid = 0;
        fclose(f);
    }
    if (pid == int(getpid())) unlink(path);
}

}  // namespace edges::php
