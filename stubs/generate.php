<?php
// SPDX-License-Identifier: MIT
// Writes stubs/edges.php, the IDE stubs (PhpStorm, Psalm, PHPStan read them; PHP never loads
// them), from src/php/*.stub.php, the declarations the arginfo is generated from: one file,
// one braced namespace block per stub, gen_stub's own annotation dropped. `make ide-stubs`;
// `make check-stubs` (CI) fails when the committed file is not what this writes. An argument
// names another file to write (tests/19-packaging/001 compares).
declare(strict_types=1);

$root = dirname(__DIR__);
$files = glob("$root/src/php/*.stub.php");
sort($files);
$out = "<?php\n\n// Generated from src/php/*.stub.php by `make ide-stubs` (stubs/generate.php): do not edit.\n"
    . "// IDE stubs of the edges extension (namespace Event): declarations and doc comments only.\n";
foreach ($files as $file) {
    $src = (string) file_get_contents($file);
    $src = preg_replace('/^<\?php\s*/', '', $src);
    $src = preg_replace('~/\*\*\s*@generate-class-entries\s*\*/\s*~', '', $src);
    // A stub may declare several namespaces ("namespace X;" lines): one block for each.
    $parts = preg_split('/^namespace\s+([^;{]+);\s*$/m', $src, -1, PREG_SPLIT_DELIM_CAPTURE);
    if (count($parts) < 3 || trim($parts[0]) !== '') {
        fwrite(STDERR, basename($file) . ": expected 'namespace X;' before any declaration\n");
        exit(1);
    }
    for ($i = 1; $i + 1 < count($parts); $i += 2) {
        $lines = explode("\n", trim($parts[$i + 1]));
        $body = implode("\n", array_map(fn(string $l) => $l === '' ? '' : "    $l", $lines));
        $out .= "\n// " . basename($file) . "\nnamespace " . trim($parts[$i]) . " {\n$body\n}\n";
    }
}
file_put_contents($argv[1] ?? "$root/stubs/edges.php", $out);
