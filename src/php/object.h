// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>

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
