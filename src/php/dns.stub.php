<?php

/** @generate-class-entries */

namespace Event;

/** Host name lookups through the loop's resolver (node's dns.lookup). */
final class Dns
{
    private function __construct() {}

    /**
     * A promise of ['address' => string, 'family' => 4|6] (the first answer), or with
     * 'all' => true of the list of them. Options: 'family' (0, 4 or 6), 'all' (bool). A name
     * that does not resolve rejects with Event\DnsException (code ENOTFOUND ...).
     */
    public static function lookup(string $host, array $options = []): Promise {}
}
