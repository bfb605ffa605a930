<?php
// SELECT 1 with PHP's blocking pg_query() on one connection for $argv[2] seconds (what a
// PHP-FPM worker does); prints queries per second and CPU µs per query. Run without edges.
[$conninfo, $seconds] = [$argv[1], (float) ($argv[2] ?? 5)];
$c = pg_connect($conninfo);
$done = 0;
$usage = getrusage();
$start = microtime(true);
$end = $start + $seconds;
while (microtime(true) < $end) {
    for ($i = 0; $i < 100; $i++) pg_fetch_all(pg_query($c, 'SELECT 1'));
    $done += 100;
}
$elapsed = microtime(true) - $start;
$u = getrusage();
$cpu = ($u['ru_utime.tv_sec'] - $usage['ru_utime.tv_sec'] + $u['ru_stime.tv_sec'] - $usage['ru_stime.tv_sec'])
     + ($u['ru_utime.tv_usec'] - $usage['ru_utime.tv_usec'] + $u['ru_stime.tv_usec'] - $usage['ru_stime.tv_usec']) / 1e6;
printf("%.0f %.1f\n", $done / $elapsed, $cpu / $done * 1e6);
