<?php
// Prints, one per line and sorted, what PHP knows of namespace Event: classes and interfaces,
// their own constants and methods (with parameter names, '?' for optional ones), functions.
// With an argument, the file it requires first (the IDE stubs, in a PHP without edges).
if (isset($argv[1])) require $argv[1];
$sig = fn(ReflectionFunctionAbstract $f) => '(' . implode(', ', array_map(
    fn(ReflectionParameter $p) => ($p->isOptional() ? '?' : '') . ($p->isVariadic() ? '...' : '') . '$' . $p->getName(),
    $f->getParameters())) . ')';
$out = [];
foreach (array_merge(get_declared_classes(), get_declared_interfaces()) as $name) {
    if (!str_starts_with($name, 'Event\\')) continue;
    $c = new ReflectionClass($name);
    $out[] = ($c->isInterface() ? 'interface ' : 'class ') . $c->getName()
        . ($c->getParentClass() ? ' extends ' . $c->getParentClass()->getName() : '');
    foreach ($c->getReflectionConstants() as $k) {
        if ($k->getDeclaringClass()->getName() === $c->getName()) $out[] = "const {$c->getName()}::{$k->getName()}";
    }
    foreach ($c->getMethods() as $m) {
        if ($m->getDeclaringClass()->getName() === $c->getName()) {
            $out[] = ($m->isStatic() ? 'static ' : '') . "method {$c->getName()}::{$m->getName()}" . $sig($m);
        }
    }
}
foreach (get_defined_functions()[isset($argv[1]) ? 'user' : 'internal'] as $f) {
    $r = new ReflectionFunction($f);
    if (str_starts_with($r->getName(), 'Event\\')) $out[] = 'function ' . $r->getName() . $sig($r);
}
sort($out);
echo implode("\n", $out), "\n";
