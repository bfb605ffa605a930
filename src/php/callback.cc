// SPDX-License-Identifier: MIT
#include "callback.h"

#include "invoke.h"

namespace edges::php {

void callback_init(Callback *cb, zval *fn, uint32_t argc, zval *argv) {
    ZVAL_COPY(&cb->fn, fn);
    cb->argc = argc;
    cb->argv = nullptr;
    if (argc == 0) return;
    cb->argv = static_cast<zval *>(safe_emalloc(argc, sizeof(zval), 0));
    for (uint32_t i = 0; i < argc; i++) ZVAL_COPY(&cb->argv[i], &argv[i]);
}

void callback_free(Callback *cb) {
    zval_ptr_dtor(&cb->fn);
    ZVAL_UNDEF(&cb->fn);
    for (uint32_t i = 0; i < cb->argc; i++) zval_ptr_dtor(&cb->argv[i]);
    if (cb->argv) efree(cb->argv);
    cb->argv = nullptr;
    cb->argc = 0;
}

void callback_gc(Callback *cb, zend_get_gc_buffer *buf) {
    zend_get_gc_buffer_add_zval(buf, &cb->fn);
    for (uint32_t i = 0; i < cb->argc; i++) zend_get_gc_buffer_add_zval(buf, &cb->argv[i]);
}

void callback_run_from_loop(Callback *cb) {
    if (Z_TYPE(cb->fn) == IS_UNDEF) return;
    call_from_loop(&cb->fn, cb->argc, cb->argv);
}

}  // namespace edges::php
