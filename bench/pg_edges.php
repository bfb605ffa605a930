<?php
// SELECT 1 through Event\Postgres for $argv[2] seconds, $argv[3] queries in flight over a
// pool of as many connections; prints queries per second and this process's CPU µs per query.
[$conninfo, $seconds, $inFlight] = [$argv[1], (float) ($argv[2] ?? 5), (int) ($argv[3] ?? 10)];
$db = Event\Postgres::connect($conninfo, ['pool' => $inFlight]);
// Open the connections before the clock starts.
Event\await(Event\Promise::all(array_map(fn() => $db->query('SELECT pg_sleep(0.01)'), range(1, $inFlight))));
$done = 0;
$usage = getrusage();
$start = microtime(true);
$end = $start + $seconds;
$next = function () use (&$next, &$done, $db, $end) {
    if (microtime(true) >= $end) return;
    $db->query('SELECT 1')->then(function () use (&$next, &$done) { $done++; $next(); },
        function ($e) { fwrite(STDERR, $e->getMessage() . "\n"); exit(1); });
};
for ($i = 0; $i < $inFlight; $i++) $next();
Event\Loop::run();
$elapsed = microtime(true) - $start;
$u = getrusage();
$cpu = ($u['ru_utime.tv_sec'] - $usage['ru_utime.tv_sec'] + $u['ru_stime.tv_sec'] - $usage['ru_stime.tv_sec'])
     + ($u['ru_utime.tv_usec'] - $usage['ru_utime.tv_usec'] + $u['ru_stime.tv_usec'] - $usage['ru_stime.tv_usec']) / 1e6;
printf("%.0f %.1f\n", $done / $elapsed, $cpu / $done * 1e6);
