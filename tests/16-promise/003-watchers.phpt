--TEST--
Event\Loop::onReadable()/onWritable(): a PHP stream server, client and proc_open() pipe in the loop; cancel() stops a watch and lets the loop end; unref(); bad targets are clear errors
--EXTENSIONS--
edges
--FILE--
<?php
foreach ([fn() => Event\Loop::onReadable(fopen(__FILE__, 'r'), fn() => null), fn() => Event\Loop::onReadable('nope', fn() => null),
          fn() => Event\Loop::onReadable(987654, fn() => null), fn() => Event\Loop::onWritable(-1, fn() => null)] as $bad) {
    try { $bad(); echo "no error\n"; } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
// Unref'd, a watch does not keep the loop alive (nothing else here would).
$idle = stream_socket_server('tcp://127.0.0.1:0');
$u = Event\Loop::onReadable($idle, fn() => print("never\n"))->unref();
var_dump($u->hasRef());

$child = function () {
    $p = proc_open(['sh', '-c', 'echo from a child; sleep 0.05; echo again'], [1 => ['pipe', 'w']], $pipes);
    stream_set_blocking($pipes[1], false);
    $got = '';
    Event\Loop::onReadable($pipes[1], function ($out, Event\Watcher $w) use ($p, &$got) {
        $d = fread($out, 100);
        if ($d === '' && feof($out)) {
            $w->cancel();
            fclose($out);
            echo "child said: ", json_encode($got), ", exit ", proc_close($p), "\n";
            return;
        }
        $got .= $d;
    });
};
$srv = stream_socket_server('tcp://127.0.0.1:0');
Event\Loop::onReadable($srv, function ($s, Event\Watcher $w) use ($child) {
    $c = stream_socket_accept($s);
    echo "accepted, readable watch on fd ", $w->fd, ": ", var_export($w->writable, true), "\n";
    $w->cancel();
    fclose($s);
    stream_set_blocking($c, false);
    Event\Loop::onReadable($c, function ($c, $rw) use ($child) {
        $d = fread($c, 100);
        if ($d === '' && feof($c)) { echo "eof\n"; $rw->cancel(); fclose($c); $child(); return; }
        echo "read: $d\n";
    });
});
$cli = stream_socket_client('tcp://' . stream_socket_get_name($srv, false));
stream_set_blocking($cli, false);
Event\Loop::onWritable($cli, function ($cli, $ww) {
    fwrite($cli, "hello from a PHP stream");
    $ww->cancel();
    fclose($cli);
});
?>
--EXPECTF--
Event\SocketException: watch EPERM: a regular file or directory cannot be watched (it is always ready)
TypeError: Event\Loop::onReadable(): Argument #1 ($streamOrFd) must be a stream resource or a file descriptor, string given
Event\SocketException: watch EBADF: Bad file descriptor
ValueError: Event\Loop::onWritable(): Argument #1 ($streamOrFd) must be a stream or a file descriptor (an int from 0)
bool(false)
accepted, readable watch on fd %d: false
read: hello from a PHP stream
eof
child said: "from a child\nagain\n", exit 0
