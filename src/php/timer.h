// SPDX-License-Identifier: MIT
#pragma once

extern "C" {
#include "php.h"
}

namespace edges::php {

extern zend_class_entry *edges_timer_ce;

// Validates `ms` (argument `arg_num` of the calling function) and returns a
// started Event\Timer, or nullptr with a ValueError thrown.
zend_object *timer_start(double ms, uint32_t arg_num, bool repeat, zval *fn, uint32_t argc, zval *argv);
void timer_cancel(zend_object *timer);

void timer_minit();

}  // namespace edges::php
