// SPDX-License-Identifier: MIT
// Event\Loop::onReadable/onWritable and Event\Watcher: PHP streams and other extensions'
// descriptors in the loop (src/core/fd_watcher).
#include "../core/fd_watcher.h"
#include "errors.h"
#include "invoke.h"
#include "loop_state.h"
#include "object.h"

extern "C" {
#include "zend_exceptions.h"
#include "watcher_arginfo.h"
ZEND_METHOD(Event_Loop, onReadable);
ZEND_METHOD(Event_Loop, onWritable);
}

namespace edges::php {

zend_class_entry *edges_watcher_ce;

namespace {

zend_object_handlers watcher_handlers;

struct WatcherData {
    edges::FdWatcher *watcher;  // null once cancelled
    zval target;                // the stream resource or the descriptor number, as given
    zval callback;
    int fd;
    bool writable;
    bool holds_loop_ref;
};
using WatcherObject = Object<WatcherData>;

zend_object *watcher_create(zend_class_entry *ce) { return WatcherObject::create(ce, &watcher_handlers); }

void cancel(zend_object *obj) {
    WatcherData &d = WatcherObject::from(obj)->data;
    if (d.watcher) {
        d.watcher->dispose();
        d.watcher = nullptr;
    }
    drop_loop_ref(obj, d.holds_loop_ref);  // may free obj
}

void watcher_free(zend_object *obj) {
    WatcherData &d = WatcherObject::from(obj)->data;
    if (d.watcher) d.watcher->dispose();
    d.watcher = nullptr;
    zval_ptr_dtor(&d.target);
    zval_ptr_dtor(&d.callback);
    zend_object_std_dtor(obj);
}

HashTable *watcher_get_gc(zend_object *obj, zval **table, int *n) {
    WatcherData &d = WatcherObject::from(obj)->data;
    zend_get_gc_buffer *buf = zend_get_gc_buffer_create();
    zend_get_gc_buffer_add_zval(buf, &d.target);
    zend_get_gc_buffer_add_zval(buf, &d.callback);
    zend_get_gc_buffer_use(buf, table, n);
    return zend_std_get_properties(obj);
}

bool watcher_props(zend_object *obj, zend_string *name, zval *rv) {
    WatcherData &d = WatcherObject::from(obj)->data;
    if (zend_string_equals_literal(name, "fd")) {
        ZVAL_LONG(rv, d.fd);
    } else if (zend_string_equals_literal(name, "writable")) {
        ZVAL_BOOL(rv, d.writable);
    } else {
        return false;
    }
    return true;
}

struct Ready {
    zend_object *obj;
};

void call_ready(void *ctx) {
    zend_object *obj = static_cast<Ready *>(ctx)->obj;
    WatcherData &d = WatcherObject::from(obj)->data;
    zval args[2];
    ZVAL_COPY_VALUE(&args[0], &d.target);
    ZVAL_OBJ(&args[1], obj);
    call(&d.callback, 2, args);
}

void on_ready(edges::FdWatcher &, void *data) {
    auto *obj = static_cast<zend_object *>(data);
    GC_ADDREF(obj);
    Ready r{obj};
    run_from_loop(call_ready, &r);
    OBJ_RELEASE(obj);
}

// The descriptor of a stream resource (or an int); -1 with PHP's error.
int descriptor_of(zval *v) {
    if (Z_TYPE_P(v) == IS_LONG) {
        if (Z_LVAL_P(v) < 0 || Z_LVAL_P(v) > INT32_MAX) {
            zend_argument_value_error(1, "must be a stream or a file descriptor (an int from 0)");
            return -1;
        }
        return int(Z_LVAL_P(v));
    }
    if (Z_TYPE_P(v) != IS_RESOURCE) {
        zend_argument_type_error(1, "must be a stream resource or a file descriptor, %s given",
                                 zend_zval_type_name(v));
        return -1;
    }
    php_stream *stream = static_cast<php_stream *>(
        zend_fetch_resource2_ex(v, "stream", php_file_le_stream(), php_file_le_pstream()));
    if (!stream) return -1;
    int fd = -1;
    if (php_stream_can_cast(stream, PHP_STREAM_AS_FD_FOR_SELECT | PHP_STREAM_CAST_INTERNAL) != SUCCESS ||
        php_stream_cast(stream, PHP_STREAM_AS_FD_FOR_SELECT | PHP_STREAM_CAST_INTERNAL,
                        reinterpret_cast<void **>(&fd), 0) != SUCCESS ||
        fd < 0) {
        zend_argument_value_error(1, "is a stream without a descriptor to watch");
        return -1;
    }
    return int(fd);
}

void watch(INTERNAL_FUNCTION_PARAMETERS, bool writable) {
    zval *target;
    zend_fcall_info fci;
    zend_fcall_info_cache fcc;
    ZEND_PARSE_PARAMETERS_START(2, 2)
        Z_PARAM_ZVAL(target)
        Z_PARAM_FUNC(fci, fcc)
    ZEND_PARSE_PARAMETERS_END();
    int fd = descriptor_of(target);
    if (fd < 0) RETURN_THROWS();
    zend_object *obj = watcher_create(edges_watcher_ce);
    WatcherData &d = WatcherObject::from(obj)->data;
    ZVAL_COPY(&d.target, target);
    ZVAL_COPY(&d.callback, &fci.function_name);
    d.fd = fd;
    d.writable = writable;
    d.watcher = new edges::FdWatcher(loop(), on_ready, obj);
    edges::Error err = d.watcher->start(fd, writable);
    if (err) {
        OBJ_RELEASE(obj);
        throw_error(err);
        RETURN_THROWS();
    }
    hold_loop_ref(obj, d.holds_loop_ref);
    RETURN_OBJ(obj);
}

}  // namespace

void watcher_minit() {
    edges_watcher_ce = register_class_Event_Watcher();
    edges_watcher_ce->create_object = watcher_create;
    init_handlers(watcher_handlers, XtOffsetOf(WatcherObject, std), watcher_free, watcher_get_gc);
    VirtualProperties<watcher_props>::install(watcher_handlers);
}

}  // namespace edges::php

using namespace edges::php;

ZEND_METHOD(Event_Loop, onReadable) { watch(INTERNAL_FUNCTION_PARAM_PASSTHRU, false); }

ZEND_METHOD(Event_Loop, onWritable) { watch(INTERNAL_FUNCTION_PARAM_PASSTHRU, true); }

ZEND_METHOD(Event_Watcher, __construct) {}

ZEND_METHOD(Event_Watcher, cancel) {
    ZEND_PARSE_PARAMETERS_NONE();
    cancel(Z_OBJ_P(ZEND_THIS));
}

ZEND_METHOD(Event_Watcher, ref) {
    ZEND_PARSE_PARAMETERS_NONE();
    if (edges::FdWatcher *w = WatcherObject::from(ZEND_THIS)->data.watcher) w->ref();
    RETURN_OBJ_COPY(Z_OBJ_P(ZEND_THIS));
}

ZEND_METHOD(Event_Watcher, unref) {
    ZEND_PARSE_PARAMETERS_NONE();
    if (edges::FdWatcher *w = WatcherObject::from(ZEND_THIS)->data.watcher) w->unref();
    RETURN_OBJ_COPY(Z_OBJ_P(ZEND_THIS));
}

ZEND_METHOD(Event_Watcher, hasRef) {
    ZEND_PARSE_PARAMETERS_NONE();
    edges::FdWatcher *w = WatcherObject::from(ZEND_THIS)->data.watcher;
    RETURN_BOOL(w && w->has_ref());
}
