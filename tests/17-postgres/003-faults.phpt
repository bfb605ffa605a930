--TEST--
Event\Postgres faults: a server restart fails the statements in flight with the server's SQLSTATE and the pool reconnects; a server that is down, a bad conninfo, a server that never answers (connectTimeout); exit while a statement runs does not wait for it; without the pgsql extension a clear Error at first use
--EXTENSIONS--
edges
--SKIPIF--
<?php require __DIR__ . '/../_inc/postgres.inc'; if ($why = pg_test_skip_reason()) die("skip $why");
--FILE--
<?php
require __DIR__ . '/../_inc/postgres.inc';
pg_test_child(<<<'PHP'
$pg = pg_test_server();
$db = Event\Postgres::connect($pg['conninfo'], ['pool' => 4]);
$pids = array_column(Event\await(Event\Promise::all([
    $db->query('SELECT pg_backend_pid() AS p'), $db->query('SELECT pg_backend_pid() AS p')])), 0);
$inflight = [$db->query('SELECT pg_sleep(60)'), $db->query('SELECT pg_sleep(60)')];
// Restart once both sleeps run on the server (watched from a third connection).
Event\await(Event\async(function () use ($db) {
    $running = "SELECT count(*) AS n FROM pg_stat_activity WHERE query = 'SELECT pg_sleep(60)' AND state = 'active'";
    while (Event\await($db->query($running))[0]['n'] < 2) Event\await(Event\sleep(10));
}));
pg_test_restart($pg);
foreach (Event\await(Event\Promise::allSettled($inflight)) as $r)
    echo $r['status'], ": ", $r['reason']->getCode(), " ", $r['reason']->getMessage(), "\n";
// The idle connections died too: the next statements find that out before using them.
$after = Event\await(Event\Promise::all([$db->query('SELECT 1 AS v'), $db->query('SELECT 2 AS v')]));
echo "after the restart: ", json_encode($after), ", size ", $db->size, "\n";

// Nothing listens there.
$down = Event\Postgres::connect("host={$pg['dir']}/nowhere user=postgres");
$both = Event\await(Event\Promise::allSettled([$down->query('SELECT 1'), $down->transaction(fn($tx) => 1)]));
foreach ($both as $r) echo $r['reason']->getCode(), ": ", str_replace($pg['dir'], 'DIR', strtok($r['reason']->getMessage(), "\n")), "\n";
echo "size ", $down->size, "\n";
// A conninfo libpq refuses.
try { Event\await(Event\Postgres::connect('no equals sign')->query('SELECT 1')); }
catch (Event\PostgresException $e) { echo $e->getCode(), ": ", $e->getMessage(), "\n"; }

// A "server" that accepts and never answers: connectTimeout.
$mute = "{$pg['dir']}/mute";
mkdir($mute);
$accepted = [];
$silent = Event\Socket::createServer(function ($c) use (&$accepted) { $accepted[] = $c; });
$silent->listen("$mute/.s.PGSQL.5432");
$t = microtime(true);
try { Event\await(Event\Postgres::connect("host=$mute user=postgres", ['connectTimeout' => 300])->query('SELECT 1')); }
catch (Event\PostgresException $e) { printf("%s: %s (%s)\n", $e->getCode(), $e->getMessage(), microtime(true) - $t >= 0.29 ? 'after the timeout' : 'too early'); }
$silent->close();
foreach ($accepted as $c) $c->destroy();

// exit() while a statement runs: the process ends at once (its connection is cut).
[$out, $err, $status] = edges_run_child('<?php
    $db = Event\Postgres::connect(' . var_export($pg['conninfo'], true) . ');
    $db->query("SELECT pg_sleep(60)");
    $db->query("COPY (SELECT 1) TO STDOUT")->then(null, function ($e) { echo $e->getMessage(), "\n"; exit(3); });',
    ['-d', 'extension=' . pg_test_extension()]);
echo "child: ", trim($out), ", status $status", $err === '' ? '' : ", stderr $err", "\n";
echo "the server saw it go: ";
for ($i = 0; $i < 3000; $i++) {
    $n = Event\await($db->query("SELECT count(*) AS n FROM pg_stat_activity WHERE query = 'SELECT pg_sleep(60)'"))[0]['n'];
    if ($n == 0) break;
    Event\await(Event\sleep(10));
}
echo $n == 0 ? "yes" : "no", "\n";

// Without the pgsql extension.
[$out, $err, $status] = edges_run_child('<?php try { Event\Postgres::connect("host=/tmp"); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }');
echo $out;
PHP);
?>
--EXPECT--
rejected: 57P01 terminating connection due to administrator command
rejected: 57P01 terminating connection due to administrator command
after the restart: [[{"v":1}],[{"v":2}]], size 2
08001: Unable to connect to PostgreSQL server: connection to server on socket "DIR/nowhere/.s.PGSQL.5432" failed: No such file or directory
08001: Unable to connect to PostgreSQL server: connection to server on socket "DIR/nowhere/.s.PGSQL.5432" failed: No such file or directory
size 0
08001: Unable to connect to PostgreSQL server: missing "=" after "no" in connection info string
08001: timeout expired: no connection after 300 ms (after the timeout)
child: COPY is not supported by Event\Postgres, status 3
the server saw it go: yes
Error: Event\Postgres needs PHP's pgsql extension, which is not loaded (Debian: apt install php8.2-pgsql; or extension=pgsql in php.ini)