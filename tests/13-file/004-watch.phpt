--TEST--
Event\File::watch: 'rename' and 'change' for create, write, rename and delete; recursive watches see directories made later and what was put in them first; close(); an overflowing queue emits 'error' and the watch goes on
--EXTENSIONS--
edges
--FILE--
<?php
require __DIR__ . '/../_inc/file.inc';
use Event\File;
$guard = edges_guard(120);
$d = file_tmpdir('watch');

// Each step changes something and waits for the events it must bring (in any number:
// the kernel may report a write as several modifications), then prints them once each.
function expect(array &$seen, array $wanted, callable $next): void
{
    $GLOBALS['wait'] = function () use (&$seen, $wanted, $next) {
        foreach ($wanted as $w) if (!in_array($w, $seen, true)) return;
        $GLOBALS['wait'] = null;
        echo '  ', implode(', ', array_unique($seen)), "\n";
        $seen = [];
        $next();
    };
}

$seen = [];
$w = File::watch($d, ['recursive' => true], function (string $event, ?string $name) use (&$seen) {
    $seen[] = "$event $name";
    if ($GLOBALS['wait']) ($GLOBALS['wait'])();
});
echo get_class($w), " on ", basename($w->path), "\n";

file_series([
    function ($next) use (&$seen, $d) { echo "create a.txt\n"; expect($seen, ['rename a.txt'], $next); touch("$d/a.txt"); },
    function ($next) use (&$seen, $d) { echo "write a.txt\n"; expect($seen, ['change a.txt'], $next); file_put_contents("$d/a.txt", 'data'); },
    function ($next) use (&$seen, $d) { echo "rename a.txt to b.txt\n"; expect($seen, ['rename a.txt', 'rename b.txt'], $next); rename("$d/a.txt", "$d/b.txt"); },
    function ($next) use (&$seen, $d) { echo "delete b.txt\n"; expect($seen, ['rename b.txt'], $next); unlink("$d/b.txt"); },
    function ($next) use (&$seen, $d) {
        // mkdir -p in one go: the inner directory and file come before any watch on them.
        echo "make sub/deep/f.txt at once\n";
        expect($seen, ['rename sub', 'rename sub/deep', 'rename sub/deep/f.txt'], $next);
        mkdir("$d/sub/deep", 0777, true);
        touch("$d/sub/deep/f.txt");
    },
    function ($next) use (&$seen, $d) { echo "write in the new directory\n"; expect($seen, ['change sub/deep/f.txt'], $next); file_put_contents("$d/sub/deep/f.txt", 'x'); },
    function ($next) use (&$seen, $d) {
        echo "overflow the kernel's queue\n";
        $GLOBALS['w']->once('error', function ($e) use ($next, &$seen) {
            echo "  error: ", get_class($e), " ", $e->getCode(), "\n";
            $seen = [];
            // The watch goes on: the next event still comes.
            Event\setImmediate($next);
        });
        // More events than max_queued_events while the loop is busy here: the kernel drops some.
        $max = (int) @file_get_contents('/proc/sys/fs/inotify/max_queued_events') ?: 16384;
        for ($i = 0; $i < intdiv($max, 2) + 100; $i++) touch("$d/n$i");
        for ($i = 0; $i < intdiv($max, 2) + 100; $i++) unlink("$d/n$i");
    },
    function ($next) use (&$seen, $d) { echo "after the overflow\n"; expect($seen, ['rename after.txt'], $next); touch("$d/after.txt"); },
    function ($next) use ($d) {
        $w = $GLOBALS['w'];
        $w->on('close', function () use ($next) { echo "close event\n"; $next(); });
        $w->close();
        touch("$d/after-close.txt");
    },
    function ($next) use ($d) {
        // A file: events name the file itself.
        $f = "$d/single.txt";
        touch($f);
        $w = File::watch($f, function ($event, $name) use (&$w, $next) {
            echo "watch of one file: $event $name\n";
            $w->close();
            $next();
        });
        file_put_contents($f, 'y');
    },
    function ($next) use ($d) {
        try { File::watch("$d/missing", fn() => 0); } catch (Event\FileException $e) { echo "missing: ", file_err($e), "\n"; }
        try { File::watch($d, ['recursive' => 1], fn() => 0); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
        // unref: the loop does not wait for it.
        File::watch($d, ['persistent' => false], fn() => print("never\n"));
        $next();
    },
]);
Event\Loop::run();
echo "done\n";
?>
--EXPECTF--
Event\File\Watcher on edges-watch-%d
create a.txt
  rename a.txt%S
write a.txt
  change a.txt
rename a.txt to b.txt
  %Srename a.txt, rename b.txt
delete b.txt
  %Srename b.txt
make sub/deep/f.txt at once
  %Srename sub, rename sub/deep, %s
write in the new directory
  %Schange sub/deep/f.txt
overflow the kernel's queue
  error: Event\FileException ENOSPC
after the overflow
  %Srename after.txt%S
close event
watch of one file: change single.txt
missing: ENOENT [watch]: ENOENT: No such file or directory, watch '%s/missing'
Event\File::watch(): Argument #2 ($options) option 'recursive' must be of type bool, int given
done
