<?php
// bench/readfile's edges side: Event\File::readFile of every file in a directory, all at
// once, again and again for $argv[2] seconds. Prints "files/s cpu_us_per_file".
//   bin/edges bench/readfile_edges.php <dir> <seconds>
use Event\File;
$dir = $argv[1];
$secs = (float) $argv[2];
$names = array_values(array_diff(scandir($dir), ['.', '..']));
$done = 0;
$bytes = 0;
$start = hrtime(true);
$cpu0 = getrusage();
$round = function () use (&$round, $names, $dir, &$done, &$bytes, $start, $secs, $cpu0) {
    $left = count($names);
    foreach ($names as $n) {
        File::readFile("$dir/$n", function ($e, $data) use (&$left, &$done, &$bytes, &$round, $start, $secs, $cpu0) {
            if ($e) throw $e;
            $done++;
            $bytes += strlen($data);
            if (--$left > 0) return;
            $elapsed = (hrtime(true) - $start) / 1e9;
            if ($elapsed < $secs) { $round(); return; }
            $cpu1 = getrusage();
            $cpu = ($cpu1['ru_utime.tv_sec'] - $cpu0['ru_utime.tv_sec'] + $cpu1['ru_stime.tv_sec'] - $cpu0['ru_stime.tv_sec']) * 1e6
                + $cpu1['ru_utime.tv_usec'] - $cpu0['ru_utime.tv_usec'] + $cpu1['ru_stime.tv_usec'] - $cpu0['ru_stime.tv_usec'];
            printf("%.0f %.2f\n", $done / $elapsed, $cpu / $done);
        });
    }
};
$round();
