<?php

/** @generate-class-entries */

namespace Event;

/** Base of every operational failure edges reports (bind in use, refused, DNS, peer reset...). */
class Exception extends \Exception
{
}
