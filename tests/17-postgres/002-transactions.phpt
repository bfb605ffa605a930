--TEST--
Event\Postgres::transaction(): COMMIT with the function's value, ROLLBACK when it throws or rejects, a caught failed statement rolls back with 25P02, statements in call order on one connection, a finished transaction refuses statements, transactions wait for a connection of a full pool
--EXTENSIONS--
edges
--SKIPIF--
<?php require __DIR__ . '/../_inc/postgres.inc'; if ($why = pg_test_skip_reason()) die("skip $why");
--FILE--
<?php
require __DIR__ . '/../_inc/postgres.inc';
pg_test_child(<<<'PHP'
$pg = pg_test_server();
$db = Event\Postgres::connect($pg['conninfo'], ['pool' => 2]);
Event\await($db->query('CREATE TABLE acct (name text PRIMARY KEY, balance int NOT NULL CHECK (balance >= 0))'));
Event\await($db->query("INSERT INTO acct VALUES ('a', 100), ('b', 0)"));
$balances = fn() => json_encode(array_column(Event\await($db->query('SELECT name, balance FROM acct ORDER BY name')), 'balance', 'name'));

$transfer = function (int $amount) use ($db) {
    return $db->transaction(function (Event\Postgres\Transaction $tx) use ($amount) {
        Event\await($tx->query("UPDATE acct SET balance = balance - $1 WHERE name = 'a'", [$amount]));
        Event\await($tx->query("UPDATE acct SET balance = balance + $1 WHERE name = 'b'", [$amount]));
        return Event\await($tx->query("SELECT balance FROM acct WHERE name = 'b'"))[0]['balance'];
    });
};
echo "committed, b now has ", Event\await($transfer(30)), ": ", $balances(), "\n";
try {
    Event\await($transfer(500));
} catch (Event\PostgresException $e) {
    echo "refused by the CHECK: ", $e->getCode(), ", balances unchanged: ", $balances(), "\n";
}

// The function throws after a statement: rolled back, the promise rejects with its exception.
try {
    Event\await($db->transaction(function ($tx) {
        Event\await($tx->query("UPDATE acct SET balance = 0"));
        throw new DomainException('changed my mind');
    }));
} catch (DomainException $e) {
    echo "rolled back: ", $e->getMessage(), ", ", $balances(), "\n";
}

// A statement failed and the function caught it: COMMIT cannot commit.
try {
    Event\await($db->transaction(function ($tx) {
        Event\await($tx->query("UPDATE acct SET balance = 1 WHERE name = 'b'"));
        try { Event\await($tx->query('SELECT * FROM nowhere')); } catch (Event\PostgresException $e) { echo "caught ", $e->getCode(), "\n"; }
        return 'ok?';
    }));
} catch (Event\PostgresException $e) {
    echo $e->getCode(), ": ", $e->getMessage(), "; ", $balances(), "\n";
}

// Statements in call order without awaiting each; a function that returns a promise.
$log = [];
$r = Event\await($db->transaction(function ($tx) use (&$log) {
    $tx->query("SELECT set_config('edges.x', 'one', true)")->then(function () use (&$log) { $log[] = 1; });
    $tx->query("SELECT set_config('edges.x', current_setting('edges.x') || ' two', true)")->then(function () use (&$log) { $log[] = 2; });
    return $tx->query("SELECT current_setting('edges.x') AS x")->then(fn($rows) => $rows[0]['x']);
}));
echo "in order on one connection: $r, ", json_encode($log), "\n";
echo "SET LOCAL stayed in the transaction: ", json_encode(Event\await($db->query("SELECT current_setting('edges.x', true) AS x"))), "\n";

// The transaction object after its end.
$kept = null;
Event\await($db->transaction(function ($tx) use (&$kept) { $kept = $tx; return 1; }));
try { Event\await($kept->query('SELECT 1')); } catch (Event\PostgresException $e) { echo $e->getCode(), ": ", $e->getMessage(), "\n"; }

// Four transactions and a query over a pool of two, both connections open: each transaction
// holds its connection (the first one waits until the second has begun on the other).
Event\await(Event\Promise::all([$db->query('SELECT pg_sleep(0.01)'), $db->query('SELECT pg_sleep(0.01)')]));
while ($db->idle < 2) Event\await(Event\sleep(5));  // the first may have served both while the second connected
$order = [];
$all = [];
$open = null;
$secondBegan = new Event\Promise(function ($ok) use (&$open) { $open = $ok; });
for ($i = 1; $i <= 4; $i++) {
    $all[] = $db->transaction(function ($tx) use ($i, &$order, $secondBegan, &$open) {
        $order[] = "begin $i";
        if ($i === 1) Event\await($secondBegan);
        if ($i === 2) $open(true);
        $pid = Event\await($tx->query('SELECT pg_backend_pid() AS p'))[0]['p'];
        $again = Event\await($tx->query('SELECT pg_backend_pid() AS p'))[0]['p'];
        $order[] = "end $i";
        return $pid === $again;
    });
}
$all[] = $db->query('SELECT 5 AS five');
echo "size ", $db->size, ", waiting ", $db->waiting, "\n";
echo json_encode(Event\await(Event\Promise::all($all))), "\n";
echo "the second began before the first ended: ", var_export(array_search('begin 2', $order) < array_search('end 1', $order), true), "\n";
echo "final: ", $balances(), ", idle ", $db->idle, "\n";

// Bad arguments.
try { $db->transaction('no such function'); } catch (TypeError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
Event\await($db->close());
try { Event\await($db->transaction(fn($tx) => 1)); } catch (Event\PostgresException $e) { echo $e->getCode(), ": ", $e->getMessage(), "\n"; }
PHP);
?>
--EXPECT--
committed, b now has 30: {"a":70,"b":30}
refused by the CHECK: 23514, balances unchanged: {"a":70,"b":30}
rolled back: changed my mind, {"a":70,"b":30}
caught 42P01
25P02: the transaction was rolled back: a statement in it failed (and was caught); {"a":70,"b":30}
in order on one connection: one two, [1,2]
SET LOCAL stayed in the transaction: [{"x":""}]
25000: the transaction is over: its function has returned
size 2, waiting 3
[true,true,true,true,[{"five":5}]]
the second began before the first ended: true
final: {"a":70,"b":30}, idle 2
TypeError: Event\Postgres::transaction(): Argument #1 ($fn) must be a valid callback, function "no such function" not found or invalid function name
08003: the pool is closed