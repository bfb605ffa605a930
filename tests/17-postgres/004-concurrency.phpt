--TEST--
Event\Postgres under load: 50 concurrent pg_sleep(0.2) over a pool of 50 finish in under 2 s while a 10 ms interval timer never lags 50 ms; a queue past the pool's size; HTTP handlers that await queries
--EXTENSIONS--
edges
--SKIPIF--
<?php require __DIR__ . '/../_inc/postgres.inc'; if ($why = pg_test_skip_reason()) die("skip $why");
--FILE--
<?php
require __DIR__ . '/../_inc/postgres.inc';
pg_test_child(<<<'PHP'
$pg = pg_test_server();
$db = Event\Postgres::connect($pg['conninfo'], ['pool' => 50]);
// Open the 50 connections first: the figure is about queries, not connection setup.
Event\await(Event\Promise::all(array_map(fn($i) => $db->query('SELECT pg_sleep(0.05)'), range(1, 50))));
echo "size ", $db->size, "\n";

// Under valgrind everything is ~50x slower: bounds for valgrind's own pauses.
$slow = getenv('EDGES_VALGRIND') === '1';
[$total, $bound] = $slow ? [20, 2000] : [2, 50];
$lag = 0.0;
$last = hrtime(true);
$ticker = Event\setInterval(function () use (&$last, &$lag) {
    $now = hrtime(true);
    $lag = max($lag, ($now - $last) / 1e6 - 10);
    $last = $now;
}, 10);
$t = hrtime(true);
$rows = Event\await(Event\Promise::all(array_map(fn($i) => $db->query('SELECT pg_sleep(0.2), $1::int AS i', [$i]), range(1, 50))));
$took = (hrtime(true) - $t) / 1e9;
Event\clearInterval($ticker);
echo "50 sleeps of 0.2 s: ", $took < $total ? "in time" : "took $took s", ", timer lag ", $lag < $bound ? "within the bound" : "$lag ms", "\n";
echo "every answer its own: ", array_sum(array_map(fn($r) => $r[0]['i'], $rows)) === array_sum(range(1, 50)) ? "yes" : "no", "\n";

// 200 queries over a pool of 5: queued, first come first served.
$small = Event\Postgres::connect($pg['conninfo'], ['pool' => 5]);
$order = [];
$ps = [];
for ($i = 0; $i < 200; $i++) $ps[] = $small->query('SELECT $1::int AS i', [$i])->then(function ($r) use (&$order) { $order[] = $r[0]['i']; });
echo "size ", $small->size, ", waiting ", $small->waiting, "\n";
Event\await(Event\Promise::all($ps));
echo "200 answered, size ", $small->size, ", waiting ", $small->waiting, ", each once: ", count(array_unique($order)) === 200 ? "yes" : "no", "\n";

// An HTTP server whose handler awaits a query.
$http = new Event\HTTP();
$server = $http->createServer(function ($req, $res) use ($db) {
    $id = (int) substr($req->url, 1);
    $row = Event\await($db->query('SELECT $1::int * 2 AS twice, pg_sleep(0.05)', [$id]))[0];
    $res->end((string) $row['twice']);
});
$server->listen(0, '127.0.0.1');
$port = $server->address()['port'];
$answers = Event\await(Event\Promise::all(array_map(fn($i) => Event\HTTP::fetch("http://127.0.0.1:$port/$i")->then(fn($r) => $r->text()), range(1, 20))));
echo "HTTP: ", implode(',', $answers), "\n";
$server->close();
Event\await($db->close());
Event\await($small->close());
echo "done\n";
PHP);
?>
--EXPECT--
size 50
50 sleeps of 0.2 s: in time, timer lag within the bound
every answer its own: yes
size 5, waiting 200
200 answered, size 5, waiting 0, each once: yes
HTTP: 2,4,6,8,10,12,14,16,18,20,22,24,26,28,30,32,34,36,38,40
done
