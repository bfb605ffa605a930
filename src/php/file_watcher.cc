// SPDX-License-Identifier: MIT
// Event\File\Watcher: node's fs.watch on the core's inotify watcher.
#include <errno.h>
#include <sys/inotify.h>

#include "../fs/ops.h"
#include "../fs/watcher.h"
#include "emitter.h"
#include "file.h"
#include "invoke.h"
#include "loop_state.h"
#include "object.h"

extern "C" {
#include "zend_exceptions.h"
#include "file_watcher_arginfo.h"
}

namespace edges::php {

zend_class_entry *edges_file_watcher_ce;

namespace {

zend_object_handlers watcher_handlers;
zend_string *str_change, *str_rename;
class WatcherBinding;

struct WatcherData {
    edges::fs::Watcher *watcher;  // owned: disposed in free_obj
    WatcherBinding *binding;      // owned
    zend_string *path;
    zend_string *basename;  // what a watch of one file names it
    bool holds_loop_ref;    // while watching: the listener runs with no variable holding the watcher
    bool closed;
};
using WatcherObject = Object<WatcherData>;

void close_task(void *data, bool cancelled) {
    auto *obj = static_cast<zend_object *>(data);
    if (!cancelled) emit_held(obj, str_close, 0, nullptr);
    OBJ_RELEASE(obj);
}

class WatcherBinding final : public edges::fs::WatcherHandler {
public:
    explicit WatcherBinding(zend_object *obj) : obj_(obj) {}

    void on_change(edges::fs::Watcher &, const std::string &name, uint32_t mask) override {
        // libuv's reading of inotify: attributes or contents are a 'change', anything else a
        // 'rename'. IN_CLOSE_WRITE alone (the core watches it for reloads) says nothing new.
        bool change = mask & (IN_ATTRIB | IN_MODIFY);
        bool rename =
            mask & (IN_CREATE | IN_DELETE | IN_DELETE_SELF | IN_MOVE_SELF | IN_MOVED_FROM | IN_MOVED_TO);
        if (!change && !rename) return;
        WatcherData &d = WatcherObject::from(obj_)->data;
        zval args[2];
        if (name.empty()) {
            ZVAL_STR_COPY(&args[1], d.basename);
        } else {
            ZVAL_STRINGL(&args[1], name.data(), name.size());
        }
        zend_object *obj = obj_;
        GC_ADDREF(obj);
        if (rename) {
            ZVAL_STR(&args[0], str_rename);
            emit_from_loop(obj, str_change, 2, args);
        }
        if (change && !WatcherObject::from(obj)->data.closed) {
            ZVAL_STR(&args[0], str_change);
            emit_from_loop(obj, str_change, 2, args);
        }
        zval_ptr_dtor(&args[1]);
        OBJ_RELEASE(obj);
    }

    void on_overflow(edges::fs::Watcher &) override {
        edges::fs::FsError e{ENOSPC, "watch", std::string(ZSTR_VAL(WatcherObject::from(obj_)->data.path))};
        zval ex;
        make_file_exception(&ex, e);
        zend_update_property_string(zend_ce_exception, Z_OBJ(ex), ZEND_STRL("message"),
                                    "ENOSPC: the kernel's inotify queue overflowed: events were lost");
        emit_held(obj_, str_error, 1, &ex);
        zval_ptr_dtor(&ex);
    }

private:
    zend_object *obj_;
};

zend_object *watcher_create(zend_class_entry *ce) { return WatcherObject::create(ce, &watcher_handlers); }

void watcher_free(zend_object *obj) {
    WatcherData &d = WatcherObject::from(obj)->data;
    if (d.watcher) d.watcher->dispose();
    d.watcher = nullptr;
    delete d.binding;
    d.binding = nullptr;
    if (d.path) zend_string_release(d.path);
    if (d.basename) zend_string_release(d.basename);
    listeners_free(obj);
    zend_object_std_dtor(obj);
}

bool watcher_props(zend_object *obj, zend_string *name, zval *rv) {
    if (!zend_string_equals_literal(name, "path")) return false;
    ZVAL_STR_COPY(rv, WatcherObject::from(obj)->data.path);
    return true;
}

}  // namespace

void file_watch(zval *return_value, zend_string *path, bool recursive, bool persistent, zval *listener) {
    zend_object *obj = watcher_create(edges_file_watcher_ce);
    WatcherObject *o = WatcherObject::from(obj);
    WatcherData &d = o->data;
    d.path = zend_string_copy(path);
    std::string p(ZSTR_VAL(path), ZSTR_LEN(path));
    while (p.size() > 1 && p.back() == '/') p.pop_back();
    size_t slash = p.find_last_of('/');
    std::string base = slash == std::string::npos ? p : p.substr(slash + 1);
    d.basename = zend_string_init(base.data(), base.size(), 0);
    d.binding = new WatcherBinding(obj);
    d.watcher = new edges::fs::Watcher(loop(), d.binding);
    edges::Error err = d.watcher->watch(p, recursive);
    if (err) {
        OBJ_RELEASE(obj);
        zval ex;
        make_file_exception(&ex, edges::fs::FsError{err.code, "watch", p});
        zend_throw_exception_object(&ex);
        return;
    }
    if (listener) listeners_add(obj, str_change, listener, false);
    if (!persistent) d.watcher->unref();  // events still come while the loop runs for others
    hold_loop_ref(obj, d.holds_loop_ref);
    RETURN_OBJ(obj);
}

void file_watcher_minit() {
    edges_file_watcher_ce = register_class_Event_File_Watcher(edges_emitter_ce);
    edges_file_watcher_ce->create_object = watcher_create;
    init_handlers(watcher_handlers, XtOffsetOf(WatcherObject, std), watcher_free, emitter_get_gc);
    VirtualProperties<watcher_props>::install(watcher_handlers);
    str_change = zend_string_init_interned(ZEND_STRL("change"), 1);
    str_rename = zend_string_init_interned(ZEND_STRL("rename"), 1);
    register_describe_held(edges_file_watcher_ce, [](zend_object *obj, std::string *out) {
        WatcherData &d = WatcherObject::from(obj)->data;
        if (d.closed || !d.watcher || !d.watcher->has_ref()) return false;
        *out = std::string("watching ") + ZSTR_VAL(d.path);
        return true;
    });
}

}  // namespace edges::php

using namespace edges::php;

ZEND_METHOD(Event_File_Watcher, __construct) {}

ZEND_METHOD(Event_File_Watcher, close) {
    ZEND_PARSE_PARAMETERS_NONE();
    zend_object *obj = Z_OBJ_P(ZEND_THIS);
    WatcherData &d = WatcherObject::from(obj)->data;
    if (d.closed) return;
    d.closed = true;
    d.watcher->close();
    if (!shutting_down()) {
        GC_ADDREF(obj);
        loop().next_tick(edges::Task{close_task, obj});
    }
    drop_loop_ref(obj, d.holds_loop_ref);  // the caller's $this keeps it alive
}

ZEND_METHOD(Event_File_Watcher, ref) {
    ZEND_PARSE_PARAMETERS_NONE();
    WatcherObject::from(ZEND_THIS)->data.watcher->ref();
    RETURN_OBJ_COPY(Z_OBJ_P(ZEND_THIS));
}

ZEND_METHOD(Event_File_Watcher, unref) {
    ZEND_PARSE_PARAMETERS_NONE();
    WatcherObject::from(ZEND_THIS)->data.watcher->unref();
    RETURN_OBJ_COPY(Z_OBJ_P(ZEND_THIS));
}
