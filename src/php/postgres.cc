// SPDX-License-Identifier: MIT
// Event\Postgres: a pool of connections over PHP's pgsql extension (pg_api.h), each one's
// socket watched by an FdWatcher so that no call ever waits for the server (one connection's
// life: postgres_conn.cc), and Event\Postgres\Transaction, which keeps one connection
// between BEGIN and COMMIT (postgres_tx.cc). This file: the queue, the pool's objects and
// the classes' methods.
#include "errors.h"
#include "invoke.h"
#include "loop_state.h"
#include "options.h"
#include "pg_api.h"
#include "pg_result.h"
#include "postgres_pool.h"
#include "promise.h"

extern "C" {
#include "zend_exceptions.h"
#include "zend_smart_str.h"
#include "postgres_arginfo.h"
}

namespace edges::php {
zend_class_entry *edges_postgres_ce;
zend_class_entry *edges_postgres_transaction_ce;
}  // namespace edges::php

namespace edges::php::pgpool {

zend_object_handlers pool_handlers, tx_handlers;

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
    for (Conn *c : *p.conns) {
        if (c->job) gc_add_job(buf, c->job);
        zend_get_gc_buffer_add_zval(buf, &c->link);    // PgSql\Connection
        zend_get_gc_buffer_add_zval(buf, &c->result);  // PgSql\Result, while a statement runs
    }
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

}  // namespace edges::php::pgpool

namespace edges::php {

using namespace pgpool;

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
using namespace edges::php::pgpool;

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
