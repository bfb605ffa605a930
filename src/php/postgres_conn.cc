// SPDX-License-Identifier: MIT
// One connection of an Event\Postgres pool: opened with PGSQL_CONNECT_ASYNC and
// pg_connect_poll(), its socket watched by an FdWatcher, each statement sent and its answer
// taken with calls that return at once.
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>

#include "../core/fd_watcher.h"
#include "../core/timer.h"
#include "errors.h"
#include "invoke.h"
#include "loop_state.h"
#include "pg_api.h"
#include "pg_result.h"
#include "postgres_pool.h"

extern "C" {
#include "zend_exceptions.h"
}

namespace edges::php::pgpool {

std::string last_error(Conn *c) {
    zval msg;
    pg::call1(pg::kLastError, &msg, &c->link);
    std::string s = Z_TYPE(msg) == IS_STRING ? std::string(Z_STRVAL(msg), Z_STRLEN(msg)) : "";
    zval_ptr_dtor(&msg);
    while (!s.empty() && (s.back() == '\n' || s.back() == ' ')) s.pop_back();
    return s.empty() ? "the connection to the server was lost" : s;
}

bool conn_bad(Conn *c) {
    zval st;
    pg::call1(pg::kConnectionStatus, &st, &c->link);
    bool bad = pg::as_long(&st) == pg::constants().connection_bad;
    zval_ptr_dtor(&st);
    return bad;
}

int conn_fd(Conn *c) {
    if (Z_TYPE(c->socket) != IS_RESOURCE) {
        zval_ptr_dtor(&c->socket);
        pg::call1(pg::kSocket, &c->socket, &c->link);
        if (Z_TYPE(c->socket) != IS_RESOURCE) return -1;
    }
    auto *stream = static_cast<php_stream *>(
        zend_fetch_resource2(Z_RES(c->socket), "stream", php_file_le_stream(), php_file_le_pstream()));
    int fd = -1;
    if (!stream || php_stream_cast(stream, PHP_STREAM_AS_FD_FOR_SELECT | PHP_STREAM_CAST_INTERNAL,
                                   reinterpret_cast<void **>(&fd), 0) != SUCCESS)
        return -1;
    return fd;
}

// Watches the connection's socket for reading or writing; an idle connection does not keep
// the loop alive.
bool conn_watch(Conn *c, bool writable) {
    int fd = conn_fd(c);
    if (fd < 0) return false;
    // Already so (the usual case between statements): no epoll_ctl.
    if ((c->watcher->fd() != fd || c->watcher->writable() != writable) && c->watcher->start(fd, writable))
        return false;
    if (c->state == ConnState::kIdle) {
        c->watcher->unref();
    } else {
        c->watcher->ref();
    }
    return true;
}

// pg_send_query_params() waits (usleep) until everything is sent unless the connection is
// in non-blocking mode, and pg_connection_busy() leaves it in blocking mode: set before each
// statement. The pgsql stream's blocking option is PQsetnonblocking(value) (so "1" asks for
// non-blocking); were that ever reversed, statements would still be sent whole, only waiting.
void conn_set_nonblocking(Conn *c) {
    if (Z_TYPE(c->socket) != IS_RESOURCE) return;
    auto *stream = static_cast<php_stream *>(
        zend_fetch_resource2(Z_RES(c->socket), "stream", php_file_le_stream(), php_file_le_pstream()));
    if (stream) php_stream_set_option(stream, PHP_STREAM_OPTION_BLOCKING, 1, nullptr);
}

// Takes the connection out of the pool, closes it, and fails what it was doing with `why`
// (its statement in flight, and its transaction's).
void conn_drop(Conn *c, const char *sqlstate, const std::string &why);

// Freeing a PgSql\Connection first takes every result still to come (PQgetResult until
// null): it would wait for a statement in flight, and for ever in COPY. Putting a socket at
// its end of stream where the connection's was (the server sees it close) makes libpq's
// next read find the end, the connection bad, and those answers come at once, as errors. Not once the
// object's own free ran (at shutdown: postgres_rshutdown() cut them all before).
void conn_sever(Conn *c) {
    if (c->state != ConnState::kBusy && !c->copying) return;
    c->copying = false;
    if (Z_TYPE(c->link) != IS_OBJECT || (OBJ_FLAGS(Z_OBJ(c->link)) & IS_OBJ_FREE_CALLED)) return;
    int fd = conn_fd(c);
    if (fd < 0 || conn_bad(c)) return;
    int pair[2];
    if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, pair) != 0) return;
    close(pair[1]);
    dup3(pair[0], fd, O_CLOEXEC);
    close(pair[0]);
    zval busy;
    pg::call1(pg::kConnectionBusy, &busy, &c->link);  // the read fails: CONNECTION_BAD
    zval_ptr_dtor(&busy);
}

void conn_destroy(Conn *c) {
    conn_sever(c);
    if (c->watcher) c->watcher->dispose();
    if (c->timer) c->timer->dispose();
    zval_ptr_dtor(&c->socket);  // before the link: the stream points into its PGconn
    zval_ptr_dtor(&c->link);    // PQfinish once nothing else holds it
    zval_ptr_dtor(&c->result);
    delete c;
}

void tx_conn_lost(zend_object *tx, const char *sqlstate, const std::string &why);

void conn_drop(Conn *c, const char *sqlstate, const std::string &why) {
    PoolData &p = pool_of(c->pool);
    for (auto it = p.conns->begin(); it != p.conns->end(); ++it) {
        if (*it == c) {
            p.conns->erase(it);
            break;
        }
    }
    Job *job = c->job;
    zend_object *tx = c->tx;
    c->job = nullptr;
    c->tx = nullptr;
    if (tx) tx_of(tx).conn = nullptr;
    conn_destroy(c);
    if (job) fail(job, sqlstate, why.c_str());
    if (tx) tx_conn_lost(tx, sqlstate, why);
}

// After a statement or a connect: the next statement for this connection, if any.
void conn_next(Conn *c) {
    if (c->state != ConnState::kIdle) return;
    if (c->tx) {
        tx_pump(c->tx);
        return;
    }
    PoolData &p = pool_of(c->pool);
    if (!p.queue->empty()) {
        Job *job = p.queue->front();
        p.queue->pop_front();
        conn_run(c, job);
    } else if (p.closing) {
        conn_drop(c, kPoolClosed, "the pool is closed");
    } else if (!conn_watch(c, false)) {
        conn_drop(c, kConnectionLost, "the connection's socket cannot be watched");
    }
}

// PGRES_COPY_OUT, PGRES_COPY_IN, PGRES_COPY_BOTH (libpq's ExecStatusType).
bool is_copy(zend_long status) { return status == 3 || status == 4 || status == 8; }

// The statement's result is in (or the connection is gone): settle it, then go on.
void conn_finish(Conn *c) {
    const pg::Constants &k = pg::constants();
    Job *job = c->job;
    c->job = nullptr;
    c->state = ConnState::kIdle;
    c->idle_since = loop().now_us();
    zval value;
    bool ok = false, drop = false;
    if (Z_TYPE(c->result) != IS_OBJECT) {
        postgres_exception(&value, kConnectionLost, last_error(c).c_str());
        drop = true;
    } else {
        zval st;
        pg::call1(pg::kResultStatus, &st, &c->result);
        zend_long status = pg::as_long(&st);
        if (status == k.tuples_ok && !job->want_tag) {
            pg::result_rows(&c->result, &value);
            ok = true;
        } else if (status == k.command_ok || status == k.empty_query || status == k.tuples_ok) {
            if (job->want_tag) {
                zval mode;
                ZVAL_LONG(&mode, k.status_string);
                pg::call2(pg::kResultStatus, &value, &c->result, &mode);
            } else {
                array_init(&value);
            }
            ok = true;
        } else if (is_copy(status)) {
            // The connection now waits for a copy protocol edges does not speak.
            postgres_exception(&value, kNotSupported, "COPY is not supported by Event\\Postgres");
            drop = true;
        } else {
            bool bad = conn_bad(c);
            pg::result_exception(&c->result, &value, bad ? kConnectionLost : "XX000", last_error(c).c_str());
            drop = bad;
        }
        zval_ptr_dtor(&st);
    }
    zval_ptr_dtor(&c->result);
    ZVAL_UNDEF(&c->result);
    if (EG(exception)) zend_clear_exception();  // pgsql's own functions do not throw here
    if (!drop) drop = conn_bad(c);
    zend_object *pool = c->pool;
    GC_ADDREF(pool);
    if (drop) {
        conn_drop(c, kConnectionLost, last_error(c));
        complete(job, ok, &value);
        pool_dispatch(pool);
    } else {
        complete(job, ok, &value);
        conn_next(c);
    }
    zval_ptr_dtor(&value);
    update_loop_ref(pool);
    OBJ_RELEASE(pool);
}

bool result_failed(zval *result) {
    const pg::Constants &k = pg::constants();
    zval st;
    pg::call1(pg::kResultStatus, &st, result);
    zend_long status = pg::as_long(&st);
    return status != k.tuples_ok && status != k.command_ok && status != k.empty_query;
}

// Readable while busy: takes what came; once libpq has the whole answer (its results, then
// the end that pg_get_result() reports as false), finishes the statement.
void conn_read(Conn *c) {
    for (;;) {
        zval busy;
        pg::call1(pg::kConnectionBusy, &busy, &c->link);  // PQconsumeInput, then PQisBusy
        bool waiting = Z_TYPE(busy) == IS_TRUE;
        zval_ptr_dtor(&busy);
        if (waiting) {
            // Still waiting for the server, unless it is gone (libpq then stays "busy").
            if (conn_bad(c)) conn_finish(c);
            return;
        }
        zval res;
        pg::call1(pg::kGetResult, &res, &c->link);  // does not block: libpq is not busy
        if (Z_TYPE(res) != IS_OBJECT) {
            zval_ptr_dtor(&res);
            conn_finish(c);
            return;
        }
        if (Z_TYPE(c->result) == IS_OBJECT) {
            // Several statements (a query without parameters): the last one's result, unless
            // one failed (the rest did not run).
            if (result_failed(&c->result)) {
                zval_ptr_dtor(&res);
                continue;
            }
            zval_ptr_dtor(&c->result);
        }
        ZVAL_COPY_VALUE(&c->result, &res);
        zval st;
        pg::call1(pg::kResultStatus, &st, &c->result);
        bool copy = is_copy(pg::as_long(&st));
        zval_ptr_dtor(&st);
        if (copy) {  // libpq would hand out COPY results for ever
            c->copying = true;
            conn_finish(c);
            return;
        }
    }
}

// Whether an idle connection can take a statement: the server may have closed it (a
// restart, idle_session_timeout) with the news still unread, as the loop has not polled
// since. One recv(MSG_PEEK) says; what is pending (a notice, the server's FATAL) goes to
// libpq first.
bool conn_usable(Conn *c) {
    for (int i = 0; i < 3; i++) {
        int fd = conn_fd(c);
        if (fd < 0) return false;
        char byte;
        ssize_t n = recv(fd, &byte, 1, MSG_PEEK | MSG_DONTWAIT);
        if (n < 0) return errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR;
        if (n == 0) return false;  // end of stream: the server is gone
        zval busy;
        pg::call1(pg::kConnectionBusy, &busy, &c->link);  // reads it
        zval_ptr_dtor(&busy);
        if (conn_bad(c)) return false;
    }
    return true;
}

// Sends the job's statement; the answer comes through conn_read(). A pool job that finds
// its connection dead goes back to the head of the queue for another one. A connection that
// became idle in this iteration of the loop is not asked (nothing came since the poll said
// what had come): the usual case, a queue served back to back, makes no extra system call.
void conn_run(Conn *c, Job *job) {
    if (c->state == ConnState::kIdle && c->idle_since != loop().now_us() && !conn_usable(c)) {
        zend_object *pool = c->pool;
        if (job->tx && c->tx == job->tx) {
            c->job = job;  // a transaction cannot move: its statement fails with the connection
        } else {
            pool_of(pool).queue->push_front(job);
        }
        conn_drop(c, kConnectionLost, last_error(c));
        pool_dispatch(pool);
        return;
    }
    c->job = job;
    c->state = ConnState::kBusy;
    c->flushing = false;
    if (job->tx && !c->tx) {  // BEGIN: the connection is the transaction's until it ends
        c->tx = job->tx;
        tx_of(job->tx).conn = c;
    }
    conn_set_nonblocking(c);
    zval args[3], sent;
    ZVAL_COPY_VALUE(&args[0], &c->link);
    ZVAL_STR(&args[1], job->sql);
    if (Z_TYPE(job->params) == IS_ARRAY) {
        ZVAL_COPY_VALUE(&args[2], &job->params);
        pg::call(pg::kSendQueryParams, &sent, 3, args);
    } else {
        // No parameters: the simple query protocol (node's pg does the same), one message
        // instead of five and less work for the server per statement.
        pg::call(pg::kSendQuery, &sent, 2, args);
    }
    if (EG(exception)) zend_clear_exception();
    bool ok = Z_TYPE(sent) == IS_TRUE || (Z_TYPE(sent) == IS_LONG && Z_LVAL(sent) == 0);
    c->flushing = Z_TYPE(sent) == IS_LONG;
    zval_ptr_dtor(&sent);
    if (!ok || !conn_watch(c, c->flushing)) {
        // Nothing reached the server: the connection is unusable (libpq says why).
        conn_drop(c, kConnectionLost, last_error(c));
    }
}

// Writable while the statement is still being sent.
void conn_flush(Conn *c) {
    zval r;
    pg::call1(pg::kFlush, &r, &c->link);
    zend_long left = pg::as_long(&r);
    zval_ptr_dtor(&r);
    if (Z_TYPE(r) == IS_FALSE || left < 0) {
        conn_drop(c, kConnectionLost, last_error(c));
    } else if (Z_TYPE(r) == IS_TRUE) {
        c->flushing = false;
        if (!conn_watch(c, false)) conn_drop(c, kConnectionLost, "the connection's socket cannot be watched");
    }
}

// A connection that could not open: when no other one is left, whatever waits for one
// fails with the reason (no reconnect loop against a server that is down).
void conn_failed(Conn *c, const std::string &why) {
    zend_object *pool = c->pool;
    conn_drop(c, kCannotConnect, why);
    PoolData &p = pool_of(pool);
    if (!p.conns->empty()) return;
    std::deque<Job *> waiting;
    waiting.swap(*p.queue);
    for (Job *job : waiting) fail(job, kCannotConnect, why.c_str());
}

// One step of PQconnectPoll, when the socket is ready as it asked.
void conn_poll(Conn *c) {
    const pg::Constants &k = pg::constants();
    zval r;
    pg::call1(pg::kConnectPoll, &r, &c->link);
    zend_long step = pg::as_long(&r);
    zval_ptr_dtor(&r);
    if (step == k.polling_ok) {
        if (c->timer) {
            c->timer->dispose();
            c->timer = nullptr;
        }
        c->state = ConnState::kIdle;
        c->idle_since = loop().now_us();
        conn_next(c);
    } else if (step == k.polling_reading || step == k.polling_writing) {
        if (!conn_watch(c, step == k.polling_writing)) conn_failed(c, last_error(c));
    } else {
        conn_failed(c, last_error(c));
    }
}

void conn_event(void *ctx) {
    Conn *c = static_cast<Conn *>(ctx);
    switch (c->state) {
        case ConnState::kConnecting:
            conn_poll(c);
            break;
        case ConnState::kBusy:
            c->flushing ? conn_flush(c) : conn_read(c);
            break;
        case ConnState::kIdle: {
            // Nothing was asked: a notice, or the server closing the connection.
            zval busy;
            pg::call1(pg::kConnectionBusy, &busy, &c->link);
            zval_ptr_dtor(&busy);
            if (conn_bad(c)) {
                zend_object *pool = c->pool;
                conn_drop(c, kConnectionLost, last_error(c));
                pool_dispatch(pool);
            }
            break;
        }
    }
}

void on_conn_ready(edges::FdWatcher &, void *data) {
    Conn *c = static_cast<Conn *>(data);
    zend_object *pool = c->pool;
    GC_ADDREF(pool);
    run_from_loop(conn_event, c);
    update_loop_ref(pool);
    OBJ_RELEASE(pool);
}

struct Timeout {
    Conn *conn;
};

void conn_timed_out(void *ctx) {
    Conn *c = static_cast<Timeout *>(ctx)->conn;
    PoolData &p = pool_of(c->pool);
    conn_failed(c, "timeout expired: no connection after " + std::to_string(p.connect_timeout_ms) + " ms");
}

void on_connect_timeout(edges::Timer &, void *data) {
    Conn *c = static_cast<Conn *>(data);
    zend_object *pool = c->pool;
    GC_ADDREF(pool);
    Timeout t{c};
    run_from_loop(conn_timed_out, &t);
    update_loop_ref(pool);
    OBJ_RELEASE(pool);
}

// Starts one more connection (PGSQL_CONNECT_ASYNC: nothing waits for the server).
void conn_open(zend_object *pool) {
    const pg::Constants &k = pg::constants();
    PoolData &p = pool_of(pool);
    auto *c = new Conn();
    c->pool = pool;
    ZVAL_UNDEF(&c->link);
    ZVAL_UNDEF(&c->socket);
    ZVAL_UNDEF(&c->result);
    c->state = ConnState::kConnecting;
    c->watcher = new edges::FdWatcher(loop(), on_conn_ready, c);
    p.conns->push_back(c);
    zval args[2];
    ZVAL_STR(&args[0], p.conninfo);
    // FORCE_NEW: pgsql would otherwise hand back its one connection for the same conninfo.
    ZVAL_LONG(&args[1], k.connect_async | k.connect_force_new);
    // A conninfo libpq refuses at once is a warning from pg_connect(): taken as the reason.
    zend_error_handling saved;
    zend_replace_error_handling(EH_THROW, edges_postgres_exception_ce, &saved);
    pg::call(pg::kConnect, &c->link, 2, args);
    zend_restore_error_handling(&saved);
    if (Z_TYPE(c->link) != IS_OBJECT) {
        std::string why = "cannot connect";
        if (EG(exception)) {
            zval rv;
            zval *m = zend_read_property(zend_ce_exception, EG(exception), ZEND_STRL("message"), 1, &rv);
            if (Z_TYPE_P(m) == IS_STRING) why = Z_STRVAL_P(m);
            const char prefix[] = "pg_connect(): ";
            if (why.compare(0, sizeof(prefix) - 1, prefix) == 0) why.erase(0, sizeof(prefix) - 1);
            zend_clear_exception();
        }
        conn_failed(c, why);
        return;
    }
    // pg_connect() made it pgsql's default link, which pgsql holds (pg_query() without a
    // link would use it): the pool's connections are its own, and close when it drops them.
    zval none;
    pg::call(pg::kClose, &none, 0, nullptr);
    zval_ptr_dtor(&none);
    if (p.connect_timeout_ms > 0) {
        c->timer = new edges::Timer(loop(), on_connect_timeout, c);
        c->timer->unref();  // the watcher keeps the loop alive; the timer only bounds it
        c->timer->start(uint64_t(p.connect_timeout_ms) * 1000, 0);
    }
    // libpq: "consider it PGRES_POLLING_WRITING" before the first poll.
    if (!conn_watch(c, true)) conn_failed(c, last_error(c));
}

}  // namespace edges::php::pgpool
