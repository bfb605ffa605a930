<?php
// Prints, one per line, what of namespace Event in the file given (the IDE stubs, in a PHP
// without edges) has no doc comment: classes and interfaces, their public methods, functions.
require $argv[1];
foreach (array_merge(get_declared_classes(), get_declared_interfaces()) as $name) {
    if (!str_starts_with($name, 'Event\\')) continue;
    $c = new ReflectionClass($name);
    if ($c->getDocComment() === false) echo "class $name\n";
    foreach ($c->getMethods(ReflectionMethod::IS_PUBLIC) as $m) {
        if ($m->getDeclaringClass()->getName() === $name && $m->getDocComment() === false) {
            echo "method $name::{$m->getName()}\n";
        }
    }
}
foreach (get_defined_functions()['user'] as $f) {
    if (str_starts_with($f, 'event\\') && (new ReflectionFunction($f))->getDocComment() === false) echo "function $f\n";
}
