// SPDX-License-Identifier: MIT
// Event\Postgres: a pool of connections over PHP's pgsql extension (pg_api.h), each one's
// socket watched by an FdWatcher so that no call ever waits for the server, and
// Event\Postgres\Transaction, which keeps one connection between BEGIN and COMMIT.
//
// A connection is connecting, idle or busy (one statement in flight); an idle one may be
// pinned to a transaction, whose statements it then runs in order. Work waits in the pool's
// queue (first come, first served) or in the transaction's.
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <deque>
#include <vector>

#include "../core/fd_watcher.h"
#include "../core/timer.h"
#include "errors.h"
#include "invoke.h"
#include "loop_state.h"
#include "object.h"
#include "options.h"
#include "pg_api.h"
#include "pg_result.h"
#include "promise.h"

extern "C" {
#include "zend_exceptions.h"
#include "zend_smart_str.h"
#include "postgres_arginfo.h"
}

namespace edges::php {

zend_class_entry *edges_postgres_ce;
zend_class_entry *edges_postgres_transaction_ce;

namespace {

zend_object_handlers pool_handlers, tx_handlers;

// SQLSTATEs edges reports for failures the server did not describe.
constexpr const char *kCannotConnect = "08001";   // sqlclient_unable_to_establish_sqlconnection
constexpr const char *kConnectionLost = "08006";  // connection_failure
constexpr const char *kPoolClosed = "08003";      // connection_does_not_exist
constexpr const char *kTxOver = "25000";          // invalid_transaction_state
constexpr const char *kTxAborted = "25P02";       // in_failed_sql_transaction
constexpr const char *kNotSupported = "0A000";    // feature_not_supported

// One statement to run.
struct Job {
    zend_string *sql;
    zval params;           // a list of string|null, or UNDEF
    zend_object *promise;  // settled with the rows or the exception (held); null when `done` is set
    zend_object *tx;       // the transaction it runs for (held), or null
    // BEGIN, COMMIT, ROLLBACK: called instead of settling a promise.
    void (*done)(zend_object *tx, bool ok, zval *value);
    bool want_tag;  // `done` gets the command tag ("COMMIT", "ROLLBACK") instead of rows
};

enum class ConnState : uint8_t { kConnecting, kIdle, kBusy };

struct Conn {
    zend_object *pool;  // not held: the pool owns its connections
    zval link;          // PgSql\Connection
    zval socket;        // pg_socket()'s stream: its descriptor is PQsocket() at each cast
    edges::FdWatcher *watcher;
    edges::Timer *timer;  // connectTimeout, while connecting
    ConnState state;
    bool flushing;        // the statement is not all sent: waiting to write
    bool copying;         // a COPY put it in a state only the copy protocol leaves
    Job *job;             // in flight
    zval result;          // its result (UNDEF until it came)
    zend_object *tx;      // the transaction it is pinned to (not held: the transaction's work holds it)
    uint64_t idle_since;  // the loop time it became idle (one value all through an iteration)
};

struct PoolData {
    zend_string *conninfo;
    zend_long max;
    zend_long connect_timeout_ms;
    std::vector<Conn *> *conns;
    std::deque<Job *> *queue;
    zend_object *close_promise;  // held, once close() was called: fulfilled when the last connection closed
    bool closing;
    bool holds_loop_ref;
};
using PoolObject = Object<PoolData>;
PoolData &pool_of(zend_object *obj) { return PoolObject::from(obj)->data; }

struct TxData {
    zend_object *pool;         // held
    Conn *conn;                // pinned, once BEGIN ran on it
    std::deque<Job *> *queue;  // its statements waiting for the connection
    zend_object *outer;        // transaction()'s promise (held)
    zval fn;
    zval outcome;  // the function's value or reason
    bool began, body_done, body_ok, ending, over;
};
using TxObject = Object<TxData>;
TxData &tx_of(zend_object *obj) { return TxObject::from(obj)->data; }

void conn_run(Conn *c, Job *job);
void pool_dispatch(zend_object *pool);
void tx_pump(zend_object *tx);

// --- jobs

Job *job_new(zend_string *sql, zval *params) {
    auto *job = new Job();
    job->sql = zend_string_copy(sql);
    if (params) {
        ZVAL_COPY(&job->params, params);
    } else {
        ZVAL_UNDEF(&job->params);
    }
    return job;
}

Job *tx_statement(zend_object *tx, const char *sql, void (*done)(zend_object *, bool, zval *),
                  bool want_tag) {
    zend_string *s = zend_string_init(sql, strlen(sql), false);
    Job *job = job_new(s, nullptr);
    zend_string_release(s);
    job->tx = tx;
    GC_ADDREF(tx);
    job->done = done;
    job->want_tag = want_tag;
    return job;
}

void job_free(Job *job) {
    zend_string_release(job->sql);
    zval_ptr_dtor(&job->params);
    if (job->promise) OBJ_RELEASE(job->promise);
    if (job->tx) OBJ_RELEASE(job->tx);
    delete job;
}

// Settles the job (or hands its outcome to `done`) and frees it.
void complete(Job *job, bool ok, zval *value) {
    if (job->done) {
        job->done(job->tx, ok, value);
    } else if (ok) {
        promise_resolve(job->promise, value);
    } else {
        promise_reject(job->promise, value);
    }
    job_free(job);
}

void fail(Job *job, const char *sqlstate, const char *message) {
    zval ex;
    postgres_exception(&ex, sqlstate, message);
    complete(job, false, &ex);
    zval_ptr_dtor(&ex);
}

void gc_add_job(zend_get_gc_buffer *buf, Job *job) {
    zend_get_gc_buffer_add_zval(buf, &job->params);
    if (job->promise) zend_get_gc_buffer_add_obj(buf, job->promise);
    if (job->tx) zend_get_gc_buffer_add_obj(buf, job->tx);
}

// --- the pool's hold on the loop

bool pool_has_work(PoolData &p) {
    if (!p.queue->empty()) return true;
    for (Conn *c : *p.conns)
        if (c->state != ConnState::kIdle || c->tx) return true;
    return p.closing && !p.conns->empty();
}

// close(): fulfilled once no connection and no queued work is left.
void pool_settle_close(zend_object *pool) {
    PoolData &p = pool_of(pool);
    if (!p.closing || !p.conns->empty() || !p.queue->empty()) return;
    zval null;
    ZVAL_NULL(&null);
    promise_resolve(p.close_promise, &null);  // once: later calls find it settled
}

// Keeps the pool alive while it has work, whoever else holds it. May free the pool: last.
void update_loop_ref(zend_object *pool) {
    PoolData &p = pool_of(pool);
    pool_settle_close(pool);
    if (pool_has_work(p)) {
        if (!p.holds_loop_ref && !shutting_down()) hold_loop_ref(pool, p.holds_loop_ref);
    } else {
        drop_loop_ref(pool, p.holds_loop_ref);
    }
}

// --- one connection

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

// Queued work goes to idle connections; new connections open for what is left, up to the
// pool's size.
void pool_dispatch(zend_object *pool) {
    PoolData &p = pool_of(pool);
    for (size_t i = 0; i < p.conns->size() && !p.queue->empty(); i++) {
        Conn *c = (*p.conns)[i];
        if (c->state == ConnState::kIdle && !c->tx) {
            Job *job = p.queue->front();
            p.queue->pop_front();
            conn_run(c, job);  // may drop c: the loop re-reads the list
        }
    }
    size_t connecting = 0;
    for (Conn *c : *p.conns) connecting += c->state == ConnState::kConnecting;
    while (p.queue->size() > connecting && p.conns->size() < size_t(p.max)) {
        size_t before = p.conns->size();
        conn_open(pool);
        if (p.conns->size() == before) break;  // refused at once: conn_failed() said what to do
        connecting++;
    }
}

void pool_submit(zend_object *pool, Job *job) {
    pool_of(pool).queue->push_back(job);
    pool_dispatch(pool);
    update_loop_ref(pool);
}

// --- transactions

// The function's outcome is known and its statements ran: COMMIT, or ROLLBACK.
void tx_end_done(zend_object *tx, bool ok, zval *value) {
    TxData &t = tx_of(tx);
    t.over = true;
    if (t.conn) {  // the connection goes back to the pool (conn_next, after this)
        t.conn->tx = nullptr;
        t.conn = nullptr;
    }
    zval ex;
    ZVAL_UNDEF(&ex);
    if (!t.body_ok) {
        promise_reject(t.outer, &t.outcome);
    } else if (!ok) {
        promise_reject(t.outer, value);
    } else if (Z_TYPE_P(value) == IS_STRING && zend_string_equals_literal(Z_STR_P(value), "COMMIT")) {
        promise_resolve(t.outer, &t.outcome);
    } else {
        postgres_exception(&ex, kTxAborted,
                           "the transaction was rolled back: a statement in it failed (and was caught)");
        promise_reject(t.outer, &ex);
    }
    zval_ptr_dtor(&ex);
}

// Runs the transaction's next statement, or ends it once its function is done.
void tx_pump(zend_object *tx) {
    TxData &t = tx_of(tx);
    if (t.over || !t.conn || t.conn->state != ConnState::kIdle) return;
    if (!t.queue->empty()) {
        Job *job = t.queue->front();
        t.queue->pop_front();
        conn_run(t.conn, job);
    } else if (t.body_done && !t.ending) {
        t.ending = true;
        conn_run(t.conn, tx_statement(tx, t.body_ok ? "COMMIT" : "ROLLBACK", tx_end_done, true));
    } else if (!conn_watch(t.conn, false)) {
        conn_drop(t.conn, kConnectionLost, "the connection's socket cannot be watched");
    }
}

void tx_body_settled(zend_object *tx, bool fulfilled, zval *value) {
    TxData &t = tx_of(tx);
    t.body_done = true;
    t.body_ok = fulfilled;
    ZVAL_COPY(&t.outcome, value);
    zend_object *pool = t.pool;
    GC_ADDREF(pool);
    tx_pump(tx);
    update_loop_ref(pool);
    OBJ_RELEASE(pool);
}

void tx_begin_done(zend_object *tx, bool ok, zval *value) {
    TxData &t = tx_of(tx);
    if (!ok) {
        t.over = true;
        if (t.conn) {
            t.conn->tx = nullptr;
            t.conn = nullptr;
        }
        promise_reject(t.outer, value);
        return;
    }
    t.began = true;
    zval arg;
    ZVAL_OBJ(&arg, tx);
    zend_object *body = promise_async(&t.fn, 1, &arg);
    if (!body) {  // the Fiber could not start: roll back with that reason
        t.body_done = true;
        t.body_ok = false;
        ZVAL_OBJ(&t.outcome, EG(exception));
        EG(exception) = nullptr;
        zend_clear_exception();
        return;  // conn_next() pumps
    }
    promise_on_settle(body, tx_body_settled, tx);
    OBJ_RELEASE(body);
}

void tx_conn_lost(zend_object *tx, const char *sqlstate, const std::string &why) {
    TxData &t = tx_of(tx);
    std::deque<Job *> waiting;
    waiting.swap(*t.queue);
    for (Job *job : waiting) fail(job, sqlstate, why.c_str());
    if (!t.began || t.ending || t.over) return;  // BEGIN's or COMMIT's own failure says it
    t.over = true;
    zval ex;
    postgres_exception(&ex, sqlstate, why.c_str());
    promise_reject(t.outer, &ex);
    zval_ptr_dtor(&ex);
}

// --- arguments

// The parameters as text (what libpq sends): null stays null, bools are 't'/'f', floats
// keep every digit. false (with PHP's error) for anything else.
bool params_from(HashTable *in, zval *out, uint32_t arg) {
    array_init_size(out, zend_hash_num_elements(in));
    zend_ulong idx;
    zend_string *key;
    zval *v;
    ZEND_HASH_FOREACH_KEY_VAL(in, idx, key, v) {
        ZVAL_DEREF(v);
        if (Z_TYPE_P(v) == IS_ARRAY || Z_TYPE_P(v) == IS_RESOURCE ||
            (Z_TYPE_P(v) == IS_OBJECT && !Z_OBJCE_P(v)->__tostring)) {
            zval_ptr_dtor(out);
            zend_argument_type_error(
                arg, "must contain only null, bool, int, float, string or Stringable values, %s given",
                zend_zval_type_name(v));
            return false;
        }
        zval s;
        switch (Z_TYPE_P(v)) {
            case IS_NULL:
                ZVAL_NULL(&s);
                break;
            case IS_TRUE:
                ZVAL_CHAR(&s, 't');
                break;
            case IS_FALSE:
                ZVAL_CHAR(&s, 'f');
                break;
            case IS_DOUBLE: {
                double d = Z_DVAL_P(v);
                if (zend_isnan(d)) {
                    ZVAL_STRING(&s, "NaN");
                } else if (zend_isinf(d)) {
                    ZVAL_STRING(&s, d > 0 ? "Infinity" : "-Infinity");
                } else {
                    smart_str buf = {};
                    smart_str_append_double(&buf, d, 17, false);
                    ZVAL_STR(&s, smart_str_extract(&buf));
                }
                break;
            }
            default: {  // int, string, Stringable
                zend_string *str = zval_try_get_string(v);
                if (!str) {
                    zval_ptr_dtor(out);
                    return false;
                }
                if (memchr(ZSTR_VAL(str), '\0', ZSTR_LEN(str))) {
                    zend_string_release(str);
                    zval_ptr_dtor(out);
                    if (key) {
                        zend_argument_value_error(arg,
                                                  "value at key '%s' contains a NUL byte (send binary data "
                                                  "as bytea: '\\x' and hex)",
                                                  ZSTR_VAL(key));
                    } else {
                        zend_argument_value_error(
                            arg,
                            "value at key " ZEND_ULONG_FMT
                            " contains a NUL byte (send binary data as bytea: '\\x' and hex)",
                            idx);
                    }
                    return false;
                }
                ZVAL_STR(&s, str);
                break;
            }
        }
        add_next_index_zval(out, &s);
    }
    ZEND_HASH_FOREACH_END();
    return true;
}

// The job for query($sql, $params), or null with PHP's error.
Job *query_job(INTERNAL_FUNCTION_PARAMETERS) {
    zend_string *sql;
    HashTable *params = nullptr;
    ZEND_PARSE_PARAMETERS_START(1, 2)
        Z_PARAM_STR(sql)
        Z_PARAM_OPTIONAL
        Z_PARAM_ARRAY_HT(params)
    ZEND_PARSE_PARAMETERS_END_EX(return nullptr);
    if (memchr(ZSTR_VAL(sql), '\0', ZSTR_LEN(sql))) {
        zend_argument_value_error(1, "must not contain any null bytes");
        return nullptr;
    }
    zval list;
    ZVAL_UNDEF(&list);
    if (params && zend_hash_num_elements(params) && !params_from(params, &list, 2)) return nullptr;
    Job *job = job_new(sql, Z_TYPE(list) == IS_ARRAY ? &list : nullptr);
    zval_ptr_dtor(&list);
    job->promise = promise_new();
    return job;
}

// --- objects

std::vector<zend_object *> live_pools;  // not held: each pool takes itself out when freed

zend_object *pool_create(zend_class_entry *ce) {
    zend_object *obj = PoolObject::create(ce, &pool_handlers);
    live_pools.push_back(obj);
    PoolData &p = pool_of(obj);
    p.conns = new std::vector<Conn *>();
    p.queue = new std::deque<Job *>();
    return obj;
}

void pool_free(zend_object *obj) {
    PoolData &p = pool_of(obj);
    for (auto it = live_pools.begin(); it != live_pools.end(); ++it) {
        if (*it == obj) {
            live_pools.erase(it);
            break;
        }
    }
    for (Conn *c : *p.conns) {
        if (c->tx) tx_of(c->tx).conn = nullptr;
        if (c->job) job_free(c->job);
        conn_destroy(c);
    }
    delete p.conns;
    for (Job *job : *p.queue) job_free(job);
    delete p.queue;
    if (p.close_promise) OBJ_RELEASE(p.close_promise);
    if (p.conninfo) zend_string_release(p.conninfo);
    zend_object_std_dtor(obj);
}

HashTable *pool_get_gc(zend_object *obj, zval **table, int *n) {
    PoolData &p = pool_of(obj);
    zend_get_gc_buffer *buf = zend_get_gc_buffer_create();
    for (Job *job : *p.queue) gc_add_job(buf, job);
    for (Conn *c : *p.conns)
        if (c->job) gc_add_job(buf, c->job);
    if (p.close_promise) zend_get_gc_buffer_add_obj(buf, p.close_promise);
    zend_get_gc_buffer_use(buf, table, n);
    return zend_std_get_properties(obj);
}

bool pool_props(zend_object *obj, zend_string *name, zval *rv) {
    PoolData &p = pool_of(obj);
    if (zend_string_equals_literal(name, "size")) {
        ZVAL_LONG(rv, zend_long(p.conns->size()));
    } else if (zend_string_equals_literal(name, "idle")) {
        zend_long idle = 0;
        for (Conn *c : *p.conns) idle += c->state == ConnState::kIdle && !c->tx;
        ZVAL_LONG(rv, idle);
    } else if (zend_string_equals_literal(name, "waiting")) {
        ZVAL_LONG(rv, zend_long(p.queue->size()));
    } else {
        return false;
    }
    return true;
}

zend_object *tx_create(zend_class_entry *ce) {
    zend_object *obj = TxObject::create(ce, &tx_handlers);
    TxData &t = tx_of(obj);
    t.queue = new std::deque<Job *>();
    ZVAL_UNDEF(&t.fn);
    ZVAL_UNDEF(&t.outcome);
    return obj;
}

void tx_free(zend_object *obj) {
    TxData &t = tx_of(obj);
    if (t.conn) t.conn->tx = nullptr;
    for (Job *job : *t.queue) job_free(job);
    delete t.queue;
    if (t.outer) OBJ_RELEASE(t.outer);
    if (t.pool) OBJ_RELEASE(t.pool);
    zval_ptr_dtor(&t.fn);
    zval_ptr_dtor(&t.outcome);
    zend_object_std_dtor(obj);
}

HashTable *tx_get_gc(zend_object *obj, zval **table, int *n) {
    TxData &t = tx_of(obj);
    zend_get_gc_buffer *buf = zend_get_gc_buffer_create();
    for (Job *job : *t.queue) gc_add_job(buf, job);
    if (t.outer) zend_get_gc_buffer_add_obj(buf, t.outer);
    if (t.pool) zend_get_gc_buffer_add_obj(buf, t.pool);
    zend_get_gc_buffer_add_zval(buf, &t.fn);
    zend_get_gc_buffer_add_zval(buf, &t.outcome);
    zend_get_gc_buffer_use(buf, table, n);
    return zend_std_get_properties(obj);
}

}  // namespace

// Before PHP frees objects (pgsql's connections among them, in no set order): statements
// still in flight are cut, so that no free waits for the server.
void postgres_rshutdown() {
    for (zend_object *pool : live_pools)
        for (Conn *c : *pool_of(pool).conns) conn_sever(c);
}

void postgres_minit() {
    edges_postgres_ce = register_class_Event_Postgres();
    edges_postgres_ce->create_object = pool_create;
    init_handlers(pool_handlers, XtOffsetOf(PoolObject, std), pool_free, pool_get_gc);
    VirtualProperties<pool_props>::install(pool_handlers);
    edges_postgres_transaction_ce = register_class_Event_Postgres_Transaction();
    edges_postgres_transaction_ce->create_object = tx_create;
    init_handlers(tx_handlers, XtOffsetOf(TxObject, std), tx_free, tx_get_gc);
}

}  // namespace edges::php

using namespace edges::php;

ZEND_METHOD(Event_Postgres, __construct) {}

ZEND_METHOD(Event_Postgres, connect) {
    zend_string *conninfo;
    HashTable *opts = nullptr;
    ZEND_PARSE_PARAMETERS_START(1, 2)
        Z_PARAM_STR(conninfo)
        Z_PARAM_OPTIONAL
        Z_PARAM_ARRAY_HT(opts)
    ZEND_PARSE_PARAMETERS_END();
    if (!pg::available()) RETURN_THROWS();
    if (memchr(ZSTR_VAL(conninfo), '\0', ZSTR_LEN(conninfo))) {
        zend_argument_value_error(1, "must not contain any null bytes");
        RETURN_THROWS();
    }
    zend_long max = 10, timeout = 10000;
    if (!option_long(opts, "pool", 2, 1, &max) || !option_long(opts, "connectTimeout", 2, 0, &timeout))
        RETURN_THROWS();
    zend_object *obj = pool_create(edges_postgres_ce);
    PoolData &p = pool_of(obj);
    p.conninfo = zend_string_copy(conninfo);
    p.max = max;
    p.connect_timeout_ms = timeout;
    RETURN_OBJ(obj);
}

ZEND_METHOD(Event_Postgres, query) {
    Job *job = query_job(INTERNAL_FUNCTION_PARAM_PASSTHRU);
    if (!job) RETURN_THROWS();
    zend_object *pool = Z_OBJ_P(ZEND_THIS);
    zend_object *promise = job->promise;
    GC_ADDREF(promise);
    if (pool_of(pool).closing) {
        fail(job, kPoolClosed, "the pool is closed");
    } else {
        pool_submit(pool, job);
    }
    RETURN_OBJ(promise);
}

ZEND_METHOD(Event_Postgres, transaction) {
    zend_fcall_info fci;
    zend_fcall_info_cache fcc;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_FUNC(fci, fcc)
    ZEND_PARSE_PARAMETERS_END();
    zend_object *pool = Z_OBJ_P(ZEND_THIS);
    zend_object *outer = promise_new();
    if (pool_of(pool).closing) {
        zval ex;
        postgres_exception(&ex, kPoolClosed, "the pool is closed");
        promise_reject(outer, &ex);
        zval_ptr_dtor(&ex);
        RETURN_OBJ(outer);
    }
    zend_object *tx = tx_create(edges_postgres_transaction_ce);
    TxData &t = tx_of(tx);
    t.pool = pool;
    GC_ADDREF(pool);
    t.outer = outer;
    GC_ADDREF(outer);
    ZVAL_COPY(&t.fn, &fci.function_name);
    pool_submit(pool, tx_statement(tx, "BEGIN", tx_begin_done, false));
    OBJ_RELEASE(tx);  // the BEGIN job holds it
    RETURN_OBJ(outer);
}

ZEND_METHOD(Event_Postgres, close) {
    ZEND_PARSE_PARAMETERS_NONE();
    zend_object *pool = Z_OBJ_P(ZEND_THIS);
    PoolData &p = pool_of(pool);
    if (!p.closing) {
        p.closing = true;
        p.close_promise = promise_new();
        GC_ADDREF(pool);
        // Idle connections close now; busy ones once the queue is empty (conn_next()).
        for (size_t i = p.conns->size(); i-- > 0;) {
            Conn *c = (*p.conns)[i];
            if (c->state == ConnState::kIdle && !c->tx) conn_drop(c, kPoolClosed, "the pool is closed");
        }
        update_loop_ref(pool);
        OBJ_RELEASE(pool);
    }
    RETURN_OBJ_COPY(p.close_promise);
}

ZEND_METHOD(Event_Postgres_Transaction, __construct) {}

ZEND_METHOD(Event_Postgres_Transaction, query) {
    Job *job = query_job(INTERNAL_FUNCTION_PARAM_PASSTHRU);
    if (!job) RETURN_THROWS();
    zend_object *tx = Z_OBJ_P(ZEND_THIS);
    TxData &t = tx_of(tx);
    zend_object *promise = job->promise;
    GC_ADDREF(promise);
    if (t.over || t.ending || !t.began) {
        fail(job, kTxOver, "the transaction is over: its function has returned");
        RETURN_OBJ(promise);
    }
    t.queue->push_back(job);
    zend_object *pool = t.pool;
    GC_ADDREF(pool);
    tx_pump(tx);
    update_loop_ref(pool);
    OBJ_RELEASE(pool);
    RETURN_OBJ(promise);
}
