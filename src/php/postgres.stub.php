<?php

/** @generate-class-entries */

namespace Event;

/**
 * A pool of PostgreSQL connections that never blocks the loop, on PHP's pgsql extension
 * (Debian: php8.2-pgsql). Connections open on demand (PGSQL_CONNECT_ASYNC) up to 'pool';
 * queries past that wait in a queue, first come first served. Parameters always travel as
 * parameters ($1, $2 ...), never spliced into the SQL. A query in flight keeps the loop
 * alive; an idle pool does not.
 *
 * Row values: int2/int4/int8/oid as int, float4/float8 as float, bool as bool, bytea as a
 * binary string, NULL as null; every other type (numeric, json, dates, arrays ...) as
 * PostgreSQL's text for it.
 *
 * @property-read int $size connections open or opening
 * @property-read int $idle connections open and free
 * @property-read int $waiting queries and transactions waiting for a connection
 */
final class Postgres
{
    private function __construct() {}

    /**
     * A pool for $conninfo (libpq's "host=/run/postgresql dbname=app user=app" or a
     * postgresql:// URI). Options: 'pool' (most connections, default 10), 'connectTimeout'
     * (ms for one connection to open, default 10000; 0: none). No connection is made until
     * the first query. A host name in $conninfo is resolved by libpq without the loop: give
     * a Unix socket directory or an address ('hostaddr') where that matters.
     * Throws an Error that says what to install when the pgsql extension is not loaded.
     */
    public static function connect(string $conninfo, array $options = []): Postgres {}

    /**
     * A promise of the rows (a list of column => value arrays; [] for a command) of one
     * statement; $params fill $1, $2 ... (null, bool, int, float, string or Stringable).
     * Without $params the SQL goes as a simple query: several statements separated by ';'
     * run in turn and the rows are the last one's. Rejected with Event\PostgresException
     * (its code the SQLSTATE).
     */
    public function query(string $sql, array $params = []): Promise {}

    /**
     * Runs $fn(Event\Postgres\Transaction $tx) in a Fiber (it may Event\await) between
     * BEGIN and COMMIT on one connection kept for it; $fn's result (a value, or a promise's)
     * fulfills the returned promise once COMMIT succeeded. When $fn throws, its promise
     * rejects, or a statement failed and left the transaction aborted, the transaction is
     * rolled back and the promise rejects (with $fn's reason, or an Event\PostgresException
     * with SQLSTATE '25P02').
     */
    public function transaction(callable $fn): Promise {}

    /**
     * Stops taking queries (later ones reject with SQLSTATE '08003'); the queries already
     * asked for still run. The promise fulfills once every connection is closed.
     */
    public function close(): Promise {}
}

namespace Event\Postgres;

/** The connection of one Event\Postgres::transaction(), while its function runs. */
final class Transaction
{
    private function __construct() {}

    /**
     * As Event\Postgres::query(), on the transaction's connection, in the order of the
     * calls. Rejects with SQLSTATE '25000' once the transaction is over.
     */
    public function query(string $sql, array $params = []): \Event\Promise {}
}
