// SPDX-License-Identifier: MIT
#include "../core/datagram.h"

#include "address.h"
#include "emitter.h"
#include "errors.h"
#include "loop_state.h"
#include "object.h"

extern "C" {
#include "zend_exceptions.h"
#include "datagram_arginfo.h"
}

namespace edges::php {

zend_class_entry *edges_datagram_ce;

namespace {

zend_object_handlers datagram_handlers;
class DatagramHandler;

struct DatagramData {
    edges::Datagram *dgram;    // owned: disposed in free_obj
    DatagramHandler *handler;  // owned
    bool holds_loop_ref;       // while bound
};
using DatagramObject = Object<DatagramData>;

class DatagramHandler final : public edges::DatagramHandler {
public:
    explicit DatagramHandler(zend_object *obj) : obj_(obj) {}

    void on_message(edges::Datagram &, const char *data, size_t len,
                    const edges::SocketAddress &from) override {
        zval args[2];
        ZVAL_STRINGL_FAST(&args[0], data, len);
        address_to_array(from, &args[1]);
        add_assoc_long(&args[1], "size", zend_long(len));
        emit(str_message, 2, args);
        zval_ptr_dtor(&args[0]);
        zval_ptr_dtor(&args[1]);
    }

    void on_error(edges::Datagram &, const edges::Error &error) override { emit_error(obj_, error); }

private:
    void emit(zend_string *event, uint32_t argc, zval *argv) { emit_held(obj_, event, argc, argv); }
    zend_object *obj_;
};

zend_object *datagram_create(zend_class_entry *ce) {
    zend_object *obj = DatagramObject::create(ce, &datagram_handlers);
    DatagramObject *o = DatagramObject::from(obj);
    o->data.handler = new DatagramHandler(obj);
    o->data.dgram = new edges::Datagram(loop(), o->data.handler);
    return obj;
}

void datagram_free(zend_object *obj) {
    DatagramObject *o = DatagramObject::from(obj);
    if (o->data.dgram) o->data.dgram->dispose();
    delete o->data.handler;
    listeners_free(obj);
    zend_object_std_dtor(obj);
}

}  // namespace

void datagram_minit() {
    edges_datagram_ce = register_class_Event_Datagram(edges_emitter_ce);
    edges_datagram_ce->create_object = datagram_create;
    init_handlers(datagram_handlers, XtOffsetOf(DatagramObject, std), datagram_free, emitter_get_gc);
}

}  // namespace edges::php

using namespace edges::php;

ZEND_METHOD(Event_Datagram, __construct) {}

ZEND_METHOD(Event_Datagram, bind) {
    zend_long port = 0;
    zend_string *host = nullptr;
    ZEND_PARSE_PARAMETERS_START(0, 2)
        Z_PARAM_OPTIONAL
        Z_PARAM_LONG(port)
        Z_PARAM_STR(host)
    ZEND_PARSE_PARAMETERS_END();
    if (port < 0 || port > 65535) {
        zend_argument_value_error(1, "must be between 0 and 65535");
        RETURN_THROWS();
    }
    zend_object *obj = datagram_create(edges_datagram_ce);
    DatagramObject *o = DatagramObject::from(obj);
    edges::Error err = o->data.dgram->bind(host ? ZSTR_VAL(host) : "0.0.0.0", uint16_t(port));
    if (err) {
        OBJ_RELEASE(obj);
        throw_error(err);
        RETURN_THROWS();
    }
    hold_loop_ref(obj, o->data.holds_loop_ref);
    RETURN_OBJ(obj);
}

ZEND_METHOD(Event_Datagram, address) {
    ZEND_PARSE_PARAMETERS_NONE();
    address_to_array(DatagramObject::from(ZEND_THIS)->data.dgram->address(), return_value);
}

ZEND_METHOD(Event_Datagram, send) {
    zend_string *msg, *host = nullptr;
    zend_long port;
    ZEND_PARSE_PARAMETERS_START(2, 3)
        Z_PARAM_STR(msg)
        Z_PARAM_LONG(port)
        Z_PARAM_OPTIONAL
        Z_PARAM_STR(host)
    ZEND_PARSE_PARAMETERS_END();
    if (port < 1 || port > 65535) {
        zend_argument_value_error(2, "must be between 1 and 65535");
        RETURN_THROWS();
    }
    edges::Datagram *d = DatagramObject::from(ZEND_THIS)->data.dgram;
    edges::Error err =
        d->send(ZSTR_VAL(msg), ZSTR_LEN(msg), host ? ZSTR_VAL(host) : "127.0.0.1", uint16_t(port));
    if (err) throw_error(err);
}

ZEND_METHOD(Event_Datagram, close) {
    zval callback;
    if (!parse_optional_callable(INTERNAL_FUNCTION_PARAM_PASSTHRU, &callback)) RETURN_THROWS();
    DatagramObject *o = DatagramObject::from(ZEND_THIS);
    if (!o->data.dgram->bound()) return;
    if (!Z_ISUNDEF(callback)) listeners_add(&o->std, str_close, &callback, true);
    o->data.dgram->close();
    emit_deferred(&o->std, str_close);
    drop_loop_ref(&o->std, o->data.holds_loop_ref);  // the caller's $this and the deferred emit still hold it
}

ZEND_METHOD(Event_Datagram, ref) {
    ZEND_PARSE_PARAMETERS_NONE();
    DatagramObject::from(ZEND_THIS)->data.dgram->ref();
    RETURN_OBJ_COPY(Z_OBJ_P(ZEND_THIS));
}

ZEND_METHOD(Event_Datagram, unref) {
    ZEND_PARSE_PARAMETERS_NONE();
    DatagramObject::from(ZEND_THIS)->data.dgram->unref();
    RETURN_OBJ_COPY(Z_OBJ_P(ZEND_THIS));
}
