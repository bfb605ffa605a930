// SPDX-License-Identifier: MIT
#pragma once

extern "C" {
#include "php.h"
}

namespace edges::php {

extern zend_class_entry *edges_signal_ce;

// A signal from an int or a name ('SIGTERM', 'TERM'); 0, with a ValueError for argument
// `arg`, when it is neither.
int parse_signal(zval *signal, uint32_t arg);

void signal_minit();

}  // namespace edges::php
