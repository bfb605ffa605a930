--TEST--
php --ri edges: the version, the libraries edges was built with and runs with, libevent's backend, the thread pool's size, whether Event\Postgres has its extension, the ini settings
--EXTENSIONS--
edges
--FILE--
<?php
ob_start();
(new ReflectionExtension('edges'))->info();
$info = ob_get_clean();
foreach (['Version', 'libevent (built with)', 'libevent (running)', 'libevent backend', 'llhttp', 'OpenSSL (built with)',
          'OpenSSL (running)', 'zlib (running)', 'brotli (running)', 'file thread pool size', 'Event\Postgres',
          'edges.grace', 'edges.max_requests'] as $label) {
    echo $label, ": ", preg_match('/^' . preg_quote($label, '/') . ' => (.+)$/m', $info, $m) ? 'shown' : 'MISSING', "\n";
}
preg_match('/^libevent backend => (.+)$/m', $info, $m);
echo "backend: $m[1]\n";
?>
--EXPECT--
Version: shown
libevent (built with): shown
libevent (running): shown
libevent backend: shown
llhttp: shown
OpenSSL (built with): shown
OpenSSL (running): shown
zlib (running): shown
brotli (running): shown
file thread pool size: shown
Event\Postgres: shown
edges.grace: shown
edges.max_requests: shown
backend: epoll
