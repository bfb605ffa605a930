// SPDX-License-Identifier: MIT
#pragma once

extern "C" {
#include "php.h"
}

namespace edges::php {

extern zend_class_entry *edges_loop_ce;

// Queues fn(argv...) for the next iteration (setImmediate).
void loop_defer(zval *fn, uint32_t argc, zval *argv);
// Registers the shutdown function that runs the loop after the main script (RINIT).
void loop_register_autorun();
// Request shutdown: drop queued immediates.
void loop_rshutdown();

void loop_minit();

}  // namespace edges::php
