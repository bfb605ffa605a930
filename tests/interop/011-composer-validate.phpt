--TEST--
composer.json (the package PIE installs from): valid for Debian's composer, type php-ext, and its php-ext section in PIE's shape
--SKIPIF--
<?php if (!is_executable('/usr/bin/composer')) die('skip composer is needed');
--FILE--
<?php
$dir = dirname(__DIR__, 2);
$p = proc_open(['/usr/bin/composer', 'validate', '--no-check-publish', '--no-interaction', '--working-dir=' . $dir],
    [1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $io, null, ['COMPOSER_HOME' => sys_get_temp_dir() . '/edges-composer-home'] + getenv());
$out = stream_get_contents($io[1]) . stream_get_contents($io[2]);
echo "composer validate: exit ", proc_close($p), "\n";
// Debian's composer (2.5) predates PIE's "php-ext" key: the one warning it may give is that.
foreach (explode("\n", $out) as $line) {
    if (str_starts_with($line, '- ') && !str_contains($line, 'php-ext is not defined')) echo "unexpected: $line\n";
}
$json = json_decode(file_get_contents("$dir/composer.json"), true, flags: JSON_THROW_ON_ERROR);
echo "type: {$json['type']}\n";
$ext = $json['php-ext'];
echo "extension-name: {$ext['extension-name']}, loaded as that: ", extension_loaded($ext['extension-name']) ? 'yes' : 'no', "\n";
// PIE's schema: these keys only, each of its type.
$known = ['extension-name' => 'string', 'priority' => 'integer', 'support-zts' => 'boolean', 'support-nts' => 'boolean',
    'build-path' => 'string', 'download-url-method' => 'string', 'os-families' => 'array', 'os-families-exclude' => 'array',
    'configure-options' => 'array'];
foreach ($ext as $k => $v) {
    if (!isset($known[$k])) echo "unknown php-ext key $k\n";
    elseif (gettype($v) !== $known[$k]) echo "php-ext $k is " . gettype($v) . ", not {$known[$k]}\n";
}
$configure = (string) file_get_contents("$dir/config.m4");
foreach ($ext['configure-options'] as $o) {
    echo "configure option --{$o['name']}: ", str_contains($configure, "--{$o['name']}") ? 'in config.m4' : 'MISSING from config.m4', "\n";
}
?>
--EXPECT--
composer validate: exit 0
type: php-ext
extension-name: edges, loaded as that: yes
configure option --enable-edges-dev: in config.m4
