--TEST--
Event\Postgres: rows and their types, parameters (hostile strings among them) that never become SQL, SQLSTATE errors with detail and hint, what edges refuses, the pool's counters, close()
--EXTENSIONS--
edges
--SKIPIF--
<?php require __DIR__ . '/../_inc/postgres.inc'; if ($why = pg_test_skip_reason()) die("skip $why");
--FILE--
<?php
require __DIR__ . '/../_inc/postgres.inc';
pg_test_child(<<<'PHP'
$pg = pg_test_server();
$db = Event\Postgres::connect($pg['conninfo'], ['pool' => 3]);
echo "no connection until the first query: size ", $db->size, "\n";

$rows = Event\await($db->query(
    'SELECT 1 AS int4, $1::int8 AS int8, 2::int2 AS int2, 1.5::float4 AS f4, $2::float8 AS f8, \'NaN\'::float8 AS nan,
            true AS t, $3::bool AS f, NULL::int AS null, $4::text AS text, \'\x00ff41\'::bytea AS bytea,
            12.50::numeric AS numeric, \'{"a": [1, 2]}\'::jsonb AS jsonb, ARRAY[1, 2] AS arr, DATE \'2026-12-01\' AS date',
    [PHP_INT_MAX, 0.1, false, 'héllo']));
$rows[0]['bytea'] = bin2hex($rows[0]['bytea']);
var_dump($rows);
echo "three rows: ", json_encode(Event\await($db->query('SELECT g AS n FROM generate_series(1, 3) g'))), "\n";
echo "no rows: ", json_encode(Event\await($db->query('SELECT 1 WHERE false'))), "\n";
echo "a command: ", json_encode(Event\await($db->query('CREATE TABLE t (id serial PRIMARY KEY, name text NOT NULL, code int UNIQUE)'))), "\n";
echo "an empty statement: ", json_encode(Event\await($db->query(''))), "\n";
echo "several statements without parameters, the last one's rows: ", json_encode(Event\await($db->query("SELECT 1 AS a; SELECT 2 AS b"))), "\n";
echo "repeated column names, the last wins: ", json_encode(Event\await($db->query("SELECT 1 AS a, 'x' AS a"))), "\n";

// Parameters are parameters: nothing in them is ever read as SQL.
$hostile = ["'; DROP TABLE t; --", "Robert'); DELETE FROM t;--", '\\', "\\'", '$1', "é\u{1F600}", '', str_repeat("ab'c", 100000), "\x7f\x01"];
foreach ($hostile as $i => $h) {
    $back = Event\await($db->query('INSERT INTO t (name) VALUES ($1) RETURNING name, length(name) AS n', [$h]));
    echo $i, ": ", $back[0]['name'] === $h ? "same" : "DIFFERENT", ", ", $back[0]['n'], " characters\n";
}
echo "the table is still there: ", Event\await($db->query('SELECT count(*) AS n FROM t'))[0]['n'], " rows\n";
class Name { public function __toString(): string { return "stringable"; } }
echo json_encode(Event\await($db->query('SELECT $1::text AS a, $2::int AS b, $3::text AS c', [new Name, '7', null]))), "\n";
echo "0.1 + 0.2 round-trips: ", var_export(Event\await($db->query('SELECT $1::float8 AS v', [0.1 + 0.2]))[0]['v'] === 0.1 + 0.2, true), "\n";

// Errors: the server's SQLSTATE, message, detail and hint; the connection serves on.
$errors = [
    'SELECT * FROM missing',
    'SELEC 1',
    "INSERT INTO t (name, code) VALUES ('x', 1), ('y', 1)",
    'SELECT 1 / 0',
    'SELECT $1::int',
    'SELECT 1; SELECT * FROM missing_too; SELECT 3',
    'SELECT $1::int; SELECT 2',
    'COPY t TO STDOUT',
    'SELECT no_such_function(1)',
];
foreach ($errors as $sql) {
    try {
        Event\await($db->query($sql, str_contains($sql, '$1') ? ['x'] : []));
        echo "no error for $sql\n";
    } catch (Event\PostgresException $e) {
        echo $e->getCode(), " (", $e->sqlState, "): ", $e->getMessage(), $e->detail ? " | detail: $e->detail" : "", $e->hint ? " | hint: $e->hint" : "", "\n";
    }
}
echo "still serving: ", Event\await($db->query('SELECT 42 AS v'))[0]['v'], "\n";

// Refused before anything is sent.
foreach ([
    fn() => $db->query('SELECT $1', [[1]]),
    fn() => $db->query('SELECT $1', [new stdClass]),
    fn() => $db->query('SELECT $1', ['k' => "a\0b"]),
    fn() => $db->query("SELECT 1\0"),
    fn() => Event\Postgres::connect($pg['conninfo'], ['pool' => 0]),
    fn() => Event\Postgres::connect($pg['conninfo'], ['connectTimeout' => 'soon']),
    fn() => new Event\Postgres(),
] as $bad) {
    try { $bad(); echo "accepted\n"; } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}

// Three at once over a pool of three; the pool's counters.
$ps = [$db->query('SELECT pg_sleep(0.05)'), $db->query('SELECT pg_sleep(0.05)'), $db->query('SELECT pg_sleep(0.05)'), $db->query('SELECT 4 AS v')];
echo "size ", $db->size, ", waiting ", $db->waiting, "\n";
Event\await(Event\Promise::all($ps));
while ($db->idle < 3) Event\await(Event\sleep(5));  // a third connection may still be opening: others served its share
echo "size ", $db->size, ", idle ", $db->idle, ", waiting ", $db->waiting, "\n";

// A pool nobody holds finishes its work.
Event\await(Event\Postgres::connect($pg['conninfo'])->query('SELECT $1::int + 1 AS v', [41])
    ->then(function ($rows) { echo "unreferenced pool: ", $rows[0]['v'], "\n"; }));

$closed = $db->close();
var_dump($closed === $db->close());
try { Event\await($db->query('SELECT 1')); } catch (Event\PostgresException $e) { echo $e->getCode(), ": ", $e->getMessage(), "\n"; }
Event\await($closed);
echo "closed: size ", $db->size, "\n";
PHP);
?>
--EXPECT--
no connection until the first query: size 0
array(1) {
  [0]=>
  array(15) {
    ["int4"]=>
    int(1)
    ["int8"]=>
    int(9223372036854775807)
    ["int2"]=>
    int(2)
    ["f4"]=>
    float(1.5)
    ["f8"]=>
    float(0.1)
    ["nan"]=>
    float(NAN)
    ["t"]=>
    bool(true)
    ["f"]=>
    bool(false)
    ["null"]=>
    NULL
    ["text"]=>
    string(6) "héllo"
    ["bytea"]=>
    string(6) "00ff41"
    ["numeric"]=>
    string(5) "12.50"
    ["jsonb"]=>
    string(13) "{"a": [1, 2]}"
    ["arr"]=>
    string(5) "{1,2}"
    ["date"]=>
    string(10) "2026-12-01"
  }
}
three rows: [{"n":1},{"n":2},{"n":3}]
no rows: []
a command: []
an empty statement: []
several statements without parameters, the last one's rows: [{"b":2}]
repeated column names, the last wins: [{"a":"x"}]
0: same, 19 characters
1: same, 26 characters
2: same, 1 characters
3: same, 2 characters
4: same, 2 characters
5: same, 2 characters
6: same, 0 characters
7: same, 400000 characters
8: same, 2 characters
the table is still there: 9 rows
[{"a":"stringable","b":7,"c":null}]
0.1 + 0.2 round-trips: true
42P01 (42P01): relation "missing" does not exist
42601 (42601): syntax error at or near "SELEC"
23505 (23505): duplicate key value violates unique constraint "t_code_key" | detail: Key (code)=(1) already exists.
22012 (22012): division by zero
22P02 (22P02): invalid input syntax for type integer: "x"
42P01 (42P01): relation "missing_too" does not exist
42601 (42601): cannot insert multiple commands into a prepared statement
0A000 (0A000): COPY is not supported by Event\Postgres
42883 (42883): function no_such_function(integer) does not exist | hint: No function matches the given name and argument types. You might need to add explicit type casts.
still serving: 42
TypeError: Event\Postgres::query(): Argument #2 ($params) must contain only null, bool, int, float, string or Stringable values, array given
TypeError: Event\Postgres::query(): Argument #2 ($params) must contain only null, bool, int, float, string or Stringable values, stdClass given
ValueError: Event\Postgres::query(): Argument #2 ($params) value at key 'k' contains a NUL byte (send binary data as bytea: '\x' and hex)
ValueError: Event\Postgres::query(): Argument #1 ($sql) must not contain any null bytes
ValueError: Event\Postgres::connect(): Argument #2 ($options) option 'pool' must be an integer greater than or equal to 1
ValueError: Event\Postgres::connect(): Argument #2 ($options) option 'connectTimeout' must be an integer greater than or equal to 0
Error: Call to private Event\Postgres::__construct() from global scope
size 3, waiting 3
size 3, idle 3, waiting 0
unreferenced pool: 42
bool(true)
08003: the pool is closed
closed: size 0