// SPDX-License-Identifier: MIT
#pragma once

extern "C" {
#include "php.h"
}

namespace edges::php {

// A stored callable with the extra arguments it is called with (setTimeout's ...$args).
struct Callback {
    zval fn;
    uint32_t argc;
    zval *argv;
};

void callback_init(Callback *cb, zval *fn, uint32_t argc, zval *argv);
void callback_free(Callback *cb);
void callback_gc(Callback *cb, zend_get_gc_buffer *buf);
// Calls it from the loop (invoke.h). The caller keeps whatever owns `cb` alive.
void callback_run_from_loop(Callback *cb);

}  // namespace edges::php
