// SPDX-License-Identifier: MIT
#include "cluster.h"

#include <sys/prctl.h>
#include <unistd.h>

#include <csignal>
#include <cstdio>

#include "../cluster/primary.h"
#include "../cluster/worker.h"
#include "../core/timer.h"
#include "emitter.h"
#include "http_message.h"
#include "invoke.h"
#include "loop_state.h"
#include "object.h"

extern "C" {
#include "zend_exceptions.h"
#include "php_edges.h"
#include "cluster_arginfo.h"
}

namespace edges::php {

zend_class_entry *edges_cluster_ce;

namespace {

using edges::cluster::worker_info;

// 'message' listeners of the static Event\Cluster::on(), in an emitter object of our own.
zend_object *listeners_holder = nullptr;
edges::Timer *memory_timer = nullptr;
uint64_t requests_served = 0;
bool retiring = false;

zend_object *holder() {
    if (!listeners_holder) {
        zval obj;
        object_init_ex(&obj, edges_emitter_ce);
        listeners_holder = Z_OBJ(obj);
    }
    return listeners_holder;
}

void retire(const char *why) {
    if (retiring) return;
    retiring = true;
    if (edges::cluster::Worker *w = edges::cluster::Worker::get(loop())) {
        fprintf(stderr, "edges worker %d (pid %d): %s: asking for a replacement\n", worker_info().id,
                int(getpid()), why);
        fflush(stderr);
        w->retire();
    }
}

// RSS in MiB, from /proc/self/statm (resident pages).
double rss_mib() {
    FILE *f = fopen("/proc/self/statm", "r");
    if (!f) return 0;
    long size = 0, resident = 0;
    if (fscanf(f, "%ld %ld", &size, &resident) != 2) resident = 0;
    fclose(f);
    return double(resident) * double(sysconf(_SC_PAGESIZE)) / (1024.0 * 1024.0);
}

void check_memory(edges::Timer &, void *) {
    if (retiring || EDGES_G(max_memory) <= 0) return;
    if (rss_mib() <= double(EDGES_G(max_memory))) return;
    gc_collect_cycles();  // what a GC run gives back does not count
    if (rss_mib() > double(EDGES_G(max_memory))) retire("memory over --max-memory");
}

class Handler final : public edges::cluster::WorkerHandler {
public:
    void on_message(int from, std::string &body) override {
        if (!listeners_holder || shutting_down()) return;
        zval args[2];
        ZVAL_STRINGL(&args[0], body.data(), body.size());
        ZVAL_LONG(&args[1], from);
        emit_held(listeners_holder, str_message, 2, args);
        zval_ptr_dtor(&args[0]);
    }
    void on_handoff(int, const std::string &server, const edges::SocketAddress &peer, std::string &bytes,
                    int fd) override {
        if (shutting_down() || !http_server_adopt(server, fd, peer, bytes)) ::close(fd);
    }
};
Handler handler;

}  // namespace

int cluster_route(std::string_view key) {
    int owner = edges::cluster::owner_of(key, worker_info().count);
    return owner == worker_info().id ? -1 : owner;
}

void cluster_handoff(int to, const std::string &spec, const edges::SocketAddress &peer,
                     const std::string &bytes, int fd) {
    edges::cluster::Worker *w = edges::cluster::Worker::get(loop());
    if (!w) {
        ::close(fd);
        return;
    }
    w->handoff(to, spec, peer, bytes, fd);
}

void cluster_retire(const char *why) { retire(why); }

void cluster_request_served() {
    if (!worker_info().is_worker || EDGES_G(max_requests) <= 0) return;
    if (++requests_served == uint64_t(EDGES_G(max_requests))) retire("served --max-requests requests");
}

void cluster_loop_starts() {
    edges::cluster::Worker *w = edges::cluster::Worker::get(loop());
    if (!w) return;
    w->set_handler(&handler);
    w->ready();
    if (EDGES_G(max_memory) > 0 && !memory_timer) {
        memory_timer = new edges::Timer(loop(), check_memory, nullptr);
        memory_timer->unref();
        memory_timer->start(1000000, 1000000);
    }
}

void cluster_rinit() {
    if (!worker_info().is_worker) return;
    edges::cluster::install_listen_hook();
    // A worker whose primary dies stops gracefully, instead of serving on unsupervised.
    prctl(PR_SET_PDEATHSIG, SIGTERM);
}

void cluster_rshutdown() {
    if (memory_timer) memory_timer->dispose();
    memory_timer = nullptr;
    edges::cluster::Worker::reset();
    if (listeners_holder) OBJ_RELEASE(listeners_holder);
    listeners_holder = nullptr;
}

void cluster_minit() { edges_cluster_ce = register_class_Event_Cluster(); }

}  // namespace edges::php

using namespace edges::php;

ZEND_METHOD(Event_Cluster, __construct) {}

ZEND_METHOD(Event_Cluster, isWorker) {
    ZEND_PARSE_PARAMETERS_NONE();
    RETURN_BOOL(worker_info().is_worker);
}

ZEND_METHOD(Event_Cluster, workerId) {
    ZEND_PARSE_PARAMETERS_NONE();
    RETURN_LONG(worker_info().id);
}

ZEND_METHOD(Event_Cluster, workers) {
    ZEND_PARSE_PARAMETERS_NONE();
    RETURN_LONG(worker_info().count);
}

ZEND_METHOD(Event_Cluster, ownerOf) {
    zend_string *key;
    zend_long workers = 0;
    bool workers_null = true;
    ZEND_PARSE_PARAMETERS_START(1, 2)
        Z_PARAM_STR(key)
        Z_PARAM_OPTIONAL
        Z_PARAM_LONG_OR_NULL(workers, workers_null)
    ZEND_PARSE_PARAMETERS_END();
    if (!workers_null && (workers < 1 || workers > (1 << 20))) {
        zend_argument_value_error(2, "must be between 1 and %d", 1 << 20);
        RETURN_THROWS();
    }
    int n = workers_null ? worker_info().count : int(workers);
    RETURN_LONG(edges::cluster::owner_of(std::string_view(ZSTR_VAL(key), ZSTR_LEN(key)), n));
}

ZEND_METHOD(Event_Cluster, send) {
    zend_long to;
    zend_string *message;
    ZEND_PARSE_PARAMETERS_START(2, 2)
        Z_PARAM_LONG(to)
        Z_PARAM_STR(message)
    ZEND_PARSE_PARAMETERS_END();
    if (to < 0 || to >= worker_info().count) {
        zend_argument_value_error(1, "must be a worker id from 0 to %d", worker_info().count - 1);
        RETURN_THROWS();
    }
    if (ZSTR_LEN(message) > edges::cluster::Channel::kMaxMessage) {
        zend_argument_value_error(2, "must be at most %zu bytes", edges::cluster::Channel::kMaxMessage);
        RETURN_THROWS();
    }
    if (edges::cluster::Worker *w = edges::cluster::Worker::get(loop())) {
        w->send(int(to), std::string(ZSTR_VAL(message), ZSTR_LEN(message)));
        return;
    }
    // Outside a cluster, worker 0 is this process: the message comes back, from the loop.
    if (shutting_down()) return;
    loop().next_tick(edges::Task{[](void *data, bool cancelled) {
                                     auto *msg = static_cast<zend_string *>(data);
                                     if (!cancelled) {
                                         std::string body(ZSTR_VAL(msg), ZSTR_LEN(msg));
                                         handler.on_message(0, body);
                                     }
                                     zend_string_release(msg);
                                 },
                                 zend_string_copy(message)});
}

ZEND_METHOD(Event_Cluster, on) {
    zend_string *event;
    zend_fcall_info fci;
    zend_fcall_info_cache fcc;
    ZEND_PARSE_PARAMETERS_START(2, 2)
        Z_PARAM_STR(event)
        Z_PARAM_FUNC(fci, fcc)
    ZEND_PARSE_PARAMETERS_END();
    if (!zend_string_equals(event, str_message)) {
        zend_argument_value_error(1, "must be \"message\"");
        RETURN_THROWS();
    }
    listeners_add(holder(), event, &fci.function_name, false);
    if (edges::cluster::Worker *w = edges::cluster::Worker::get(loop())) w->set_handler(&handler);
}

ZEND_METHOD(Event_Cluster, off) {
    zend_string *event;
    zend_fcall_info fci = empty_fcall_info;
    zend_fcall_info_cache fcc = empty_fcall_info_cache;
    ZEND_PARSE_PARAMETERS_START(1, 2)
        Z_PARAM_STR(event)
        Z_PARAM_OPTIONAL
        Z_PARAM_FUNC_OR_NULL(fci, fcc)
    ZEND_PARSE_PARAMETERS_END();
    if (listeners_holder)
        listeners_remove(listeners_holder, event, ZEND_FCI_INITIALIZED(fci) ? &fci.function_name : nullptr);
}

ZEND_METHOD(Event_Cluster, primary) {
    HashTable *command;
    zend_long workers;
    zend_string *watch = nullptr;
    ZEND_PARSE_PARAMETERS_START(2, 3)
        Z_PARAM_ARRAY_HT(command)
        Z_PARAM_LONG(workers)
        Z_PARAM_OPTIONAL
        Z_PARAM_STR(watch)
    ZEND_PARSE_PARAMETERS_END();
    if (workers < 1 || workers > 1024) {
        zend_argument_value_error(2, "must be between 1 and 1024");
        RETURN_THROWS();
    }
    edges::cluster::PrimaryOptions o;
    zval *v;
    ZEND_HASH_FOREACH_VAL(command, v) {
        if (Z_TYPE_P(v) != IS_STRING) {
            zend_argument_type_error(1, "must be a list of strings");
            RETURN_THROWS();
        }
        o.command.emplace_back(Z_STRVAL_P(v), Z_STRLEN_P(v));
    }
    ZEND_HASH_FOREACH_END();
    if (o.command.empty()) {
        zend_argument_value_error(1, "must not be empty");
        RETURN_THROWS();
    }
    o.workers = int(workers);
    if (watch) o.watch.assign(ZSTR_VAL(watch), ZSTR_LEN(watch));
    EDGES_G(autorun_disabled) = true;
    edges::cluster::Primary primary(loop(), std::move(o));
    RETURN_LONG(primary.run());
}
