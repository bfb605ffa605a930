--TEST--
Event\Dns::lookup(): localhost and literal addresses without a lookup, 'all', a name under .invalid rejected with Event\DnsException, bad arguments
--EXTENSIONS--
edges
--FILE--
<?php
echo json_encode(Event\await(Event\Dns::lookup('localhost'))), "\n";
echo json_encode(Event\await(Event\Dns::lookup('::1'))), "\n";
echo json_encode(Event\await(Event\Dns::lookup('10.1.2.3', ['all' => true]))), "\n";
$p = Event\Dns::lookup('localhost');
echo "pending until the loop: ", $p->state(), "\n";
try { Event\await(Event\Dns::lookup('nothing.invalid')); } catch (Event\DnsException $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
foreach ([fn() => Event\Dns::lookup(''), fn() => Event\Dns::lookup('x', ['family' => 5]), fn() => Event\Dns::lookup('x', ['all' => 'yes'])] as $bad) {
    try { $bad(); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
?>
--EXPECTF--
{"address":"127.0.0.1","family":4}
{"address":"::1","family":6}
[{"address":"10.1.2.3","family":4}]
pending until the loop: pending
Event\DnsException: getaddrinfo ENOTFOUND nothing.invalid%s
ValueError: Event\Dns::lookup(): Argument #1 ($host) must be a host name (1 to 253 characters)
ValueError: Event\Dns::lookup(): Argument #2 ($options) option 'family' must be 0, 4 or 6
TypeError: Event\Dns::lookup(): Argument #2 ($options) option 'all' must be of type bool, string given
