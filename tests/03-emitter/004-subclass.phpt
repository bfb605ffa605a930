--TEST--
Event\Emitter: user classes extend it, keep their properties, and cycles through listeners are collected
--EXTENSIONS--
edges
--FILE--
<?php
class Chat extends Event\Emitter {
    public array $log = [];
    public function __construct(public string $name) {
        $this->on('message', function ($m) { $this->log[] = $m; });
    }
    public function say(string $m): void { $this->emit('message', $m); }
    public function __destruct() { echo "{$this->name} destroyed\n"; }
}
$c = new Chat('room');
$c->say('hi');
$c->say('there');
var_dump($c->log, $c instanceof Event\Emitter);
unset($c);            // $this captured by its own listener: a cycle
echo "unset\n";
gc_collect_cycles();
echo "collected\n";
?>
===DONE===
--EXPECT--
array(2) {
  [0]=>
  string(2) "hi"
  [1]=>
  string(5) "there"
}
bool(true)
unset
room destroyed
collected
===DONE===
