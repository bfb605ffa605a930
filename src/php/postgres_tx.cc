// SPDX-License-Identifier: MIT
// Event\Postgres::transaction(): BEGIN on a connection kept for it, the function in a Fiber,
// its statements in call order, then COMMIT or ROLLBACK.
#include "pg_result.h"
#include "postgres_pool.h"
#include "promise.h"

extern "C" {
#include "zend_exceptions.h"
}

namespace edges::php::pgpool {

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

}  // namespace edges::php::pgpool
