--TEST--
Promise twins: Event\File::*Async (results, FileException reasons), Event\Process::execAsync (stdout/stderr/code, ProcessException), Event\Socket::connectAsync (the socket once connected, the connection error as the reason)
--EXTENSIONS--
edges
--FILE--
<?php
$dir = sys_get_temp_dir() . '/edges-twins-' . getmypid();
Event\await(Event\File::mkdirAsync($dir, ['recursive' => true]));
Event\await(Event\File::writeFileAsync("$dir/a.txt", "hello"));
Event\await(Event\File::appendFileAsync("$dir/a.txt", " world"));
echo Event\await(Event\File::readFileAsync("$dir/a.txt")), "\n";
echo Event\await(Event\File::statAsync("$dir/a.txt"))['size'], "\n";
Event\await(Event\File::copyFileAsync("$dir/a.txt", "$dir/b.txt"));
Event\await(Event\File::renameAsync("$dir/b.txt", "$dir/c.txt"));
$names = Event\await(Event\File::readdirAsync($dir)); sort($names); echo implode(",", $names), "\n";
$f = Event\await(Event\File::openAsync("$dir/a.txt", 'r'));
echo get_class($f), "\n";
try { Event\await(Event\File::readFileAsync("$dir/missing")); } catch (Event\FileException $e) { echo $e->getCode(), "\n"; }
Event\await(Event\File::rmAsync($dir, ['recursive' => true]));
var_dump(is_dir($dir));
$r = Event\await(Event\Process::execAsync('sh', ['-c', 'echo out; echo err >&2']));
echo json_encode($r), "\n";
try { Event\await(Event\Process::execAsync('sh', ['-c', 'exit 3'])); } catch (Event\ProcessException $e) { echo get_class($e), " ", $e->getCode(), "\n"; }
$srv = Event\Socket::createServer(fn($c) => $c->on('data', fn($d) => $c->end(strtoupper($d))));
$srv->listen(0, '127.0.0.1');
$s = Event\await(Event\Socket::connectAsync($srv->address()['port']));
echo get_class($s), " ", $s->remotePort === $srv->address()['port'] ? 'connected' : '?', "\n";
$s->end('x');
try { Event\await(Event\Socket::connectAsync(1)); } catch (Event\SocketException $e) { echo $e->getMessage(), "\n"; }
$srv->close();
?>
--EXPECT--
hello world
11
a.txt,c.txt
Event\File
ENOENT
bool(false)
{"stdout":"out\n","stderr":"err\n","code":0}
Event\ProcessException 3
Event\Socket connected
connect ECONNREFUSED: Connection refused 127.0.0.1:1
