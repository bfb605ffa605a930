// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <string>
#include <vector>

extern "C" {
#include "php.h"
}

namespace edges::php {

struct Listeners;

// The memory layout of every edges object: the emitter's listener list first
// (so Emitter methods find it in any subclass, including user classes), then
// the class's own data, then the zend_object. Keep it standard-layout.
template <class Data>
struct Object {
    Listeners *listeners;
    Data data;
    zend_object std;

    static Object *from(zend_object *obj) {
        return reinterpret_cast<Object *>(reinterpret_cast<char *>(obj) - offsetof(Object, std));
    }
    static Object *from(zval *zv) { return from(Z_OBJ_P(zv)); }

    // Allocates an object of `ce` (or a subclass) with zeroed data.
    static zend_object *create(zend_class_entry *ce, const zend_object_handlers *handlers) {
        auto *o = static_cast<Object *>(zend_object_alloc(sizeof(Object), ce));
        o->listeners = nullptr;
        memset(static_cast<void *>(&o->data), 0, sizeof(Data));
        zend_object_std_init(&o->std, ce);
        object_properties_init(&o->std, ce);
        o->std.handlers = handlers;
        return &o->std;
    }
};

// The listener list of any edges object, found through the handlers' offset.
inline Listeners *&listeners_of(zend_object *obj) {
    return *reinterpret_cast<Listeners **>(reinterpret_cast<char *>(obj) - obj->handlers->offset);
}

}  // namespace edges::php

namespace edges::php {

// The handlers every edges class starts from: standard ones, our offset and
// free/gc, no cloning (a clone would share the C++ state).
inline void init_handlers(zend_object_handlers &h, int offset, zend_object_free_obj_t free_obj,
                          zend_object_get_gc_t get_gc) {
    memcpy(&h, zend_get_std_object_handlers(), sizeof(zend_object_handlers));
    h.offset = offset;
    h.free_obj = free_obj;
    h.get_gc = get_gc;
    h.clone_obj = nullptr;
}

// The loop's own reference on an object it works for (an active timer, an open
// socket, a listening server) whether or not PHP code still holds it; `held` is the
// object's flag for it. Taken and dropped only through these two, so that
// release_loop_refs() can drop what is left when the request ends: PHP does not free
// objects still referenced at shutdown. drop_loop_ref may free the object (the caller
// must hold its own reference if it goes on using it).
void hold_loop_ref(zend_object *obj, bool &held);
void drop_loop_ref(zend_object *obj, bool &held);
// At request shutdown, after the loop has run: no PHP callback runs from here on.
void release_loop_refs();
// Every object the loop holds now, each with a reference of its own for the caller to
// release (the set may change while the caller works on them).
std::vector<zend_object *> loop_refs_snapshot();

// What an object the loop holds says of itself when a graceful stop runs out of time:
// false when it does not keep the loop alive (unref'd, closing), else true with *out
// saying what it is waiting for ("127.0.0.1:8080", "every 1000 ms"). Registered per class
// at MINIT; a class without one is named as it is.
using DescribeHeld = bool (*)(zend_object *obj, std::string *out);
void register_describe_held(zend_class_entry *ce, DescribeHeld fn);
bool describe_held(zend_object *obj, std::string *out);

// Read-only properties computed from C++ state (node's socket.remoteAddress,
// req.headers...). `Read` fills `rv` and returns true for the names it knows;
// every other name is an ordinary property.
template <bool (*Read)(zend_object *obj, zend_string *name, zval *rv)>
struct VirtualProperties {
    static zval *read(zend_object *obj, zend_string *name, int type, void **cache_slot, zval *rv) {
        if (Read(obj, name, rv)) return rv;
        return zend_std_read_property(obj, name, type, cache_slot, rv);
    }
    static int has(zend_object *obj, zend_string *name, int check_empty, void **cache_slot) {
        zval rv;
        if (!Read(obj, name, &rv)) return zend_std_has_property(obj, name, check_empty, cache_slot);
        bool set = check_empty == ZEND_PROPERTY_NOT_EMPTY ? zend_is_true(&rv) : Z_TYPE(rv) != IS_NULL;
        zval_ptr_dtor(&rv);
        return set;
    }
    static bool known(zend_object *obj, zend_string *name) {
        zval rv;
        if (!Read(obj, name, &rv)) return false;
        zval_ptr_dtor(&rv);
        return true;
    }
    static zval *write(zend_object *obj, zend_string *name, zval *value, void **cache_slot) {
        if (!known(obj, name)) return zend_std_write_property(obj, name, value, cache_slot);
        zend_throw_error(nullptr, "Cannot modify readonly property %s::$%s", ZSTR_VAL(obj->ce->name),
                         ZSTR_VAL(name));
        return &EG(uninitialized_zval);
    }
    // nullptr for ours: the engine then goes through read/write.
    static zval *ptr(zend_object *obj, zend_string *name, int type, void **cache_slot) {
        return known(obj, name) ? nullptr : zend_std_get_property_ptr_ptr(obj, name, type, cache_slot);
    }
    static void install(zend_object_handlers &h) {
        h.read_property = read;
        h.has_property = has;
        h.write_property = write;
        h.get_property_ptr_ptr = ptr;
    }
};

}  // namespace edges::php
