// SPDX-License-Identifier: MIT
#pragma once
// Event\Postgres inside: the pool, its connections and transactions, shared by
// postgres.cc (the pool, the classes), postgres_conn.cc (one connection's life) and
// postgres_tx.cc (transactions).
//
// A connection is connecting, idle or busy (one statement in flight); an idle one may be
// pinned to a transaction, whose statements it then runs in order. Work waits in the pool's
// queue (first come, first served) or in the transaction's.
#include <cstdint>
#include <deque>
#include <string>
#include <vector>

#include "object.h"

extern "C" {
#include "php.h"
}

namespace edges {
class FdWatcher;
class Timer;
}  // namespace edges

namespace edges::php::pgpool {

// SQLSTATEs edges reports for failures the server did not describe.
inline constexpr const char *kCannotConnect = "08001";   // sqlclient_unable_to_establish_sqlconnection
inline constexpr const char *kConnectionLost = "08006";  // connection_failure
inline constexpr const char *kPoolClosed = "08003";      // connection_does_not_exist
inline constexpr const char *kTxOver = "25000";          // invalid_transaction_state
inline constexpr const char *kTxAborted = "25P02";       // in_failed_sql_transaction
inline constexpr const char *kNotSupported = "0A000";    // feature_not_supported

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
inline PoolData &pool_of(zend_object *obj) { return PoolObject::from(obj)->data; }

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
inline TxData &tx_of(zend_object *obj) { return TxObject::from(obj)->data; }

// Jobs (postgres.cc)
Job *tx_statement(zend_object *tx, const char *sql, void (*done)(zend_object *, bool, zval *), bool want_tag);
void job_free(Job *job);
// Settles the job (or hands its outcome to `done`) and frees it.
void complete(Job *job, bool ok, zval *value);
void fail(Job *job, const char *sqlstate, const char *message);

// The pool (postgres.cc)
// Queued work goes to idle connections; new connections open for what is left.
void pool_dispatch(zend_object *pool);
// Keeps the pool alive while it has work, whoever else holds it. May free the pool: last.
void update_loop_ref(zend_object *pool);

// One connection (postgres_conn.cc)
void conn_open(zend_object *pool);
// Sends the job's statement.
void conn_run(Conn *c, Job *job);
// Watches the socket for reading or writing; false when it cannot be watched.
bool conn_watch(Conn *c, bool writable);
// Takes the connection out of the pool, closes it, and fails what it was doing.
void conn_drop(Conn *c, const char *sqlstate, const std::string &why);
// Frees it (the pool is being freed): statements in flight are cut first.
void conn_destroy(Conn *c);
// Cuts a statement in flight so that freeing the connection does not wait for it.
void conn_sever(Conn *c);

// Transactions (postgres_tx.cc)
void tx_begin_done(zend_object *tx, bool ok, zval *value);
// Runs the transaction's next statement, or ends it once its function is done.
void tx_pump(zend_object *tx);
// Its connection is gone: what waits fails with `why`.
void tx_conn_lost(zend_object *tx, const char *sqlstate, const std::string &why);

}  // namespace edges::php::pgpool
