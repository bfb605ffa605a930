// SPDX-License-Identifier: MIT
#include "errors.h"

#include "../core/error.h"
#include "emitter.h"
#include "file.h"

extern "C" {
#include "zend_exceptions.h"
#include "errors_arginfo.h"
}

namespace edges::php {

zend_class_entry *edges_exception_ce;
zend_class_entry *edges_socket_exception_ce;
zend_class_entry *edges_dns_exception_ce;
zend_class_entry *edges_http_exception_ce;
zend_class_entry *edges_websocket_exception_ce;
zend_class_entry *edges_process_exception_ce;
zend_class_entry *edges_tls_exception_ce;
zend_class_entry *edges_postgres_exception_ce;

static zend_class_entry *class_for(const edges::Error &error) {
    return error.dns ? edges_dns_exception_ce : edges_socket_exception_ce;
}

void make_exception(zval *out, const edges::Error &error) {
    if (error.tls) {
        object_init_ex(out, edges_tls_exception_ce);
        zend_update_property_stringl(zend_ce_exception, Z_OBJ_P(out), ZEND_STRL("message"),
                                     error.message.data(), error.message.size());
        zend_update_property_stringl(zend_ce_exception, Z_OBJ_P(out), ZEND_STRL("code"), error.name.data(),
                                     error.name.size());
        return;
    }
    object_init_ex(out, class_for(error));
    zend_update_property_stringl(zend_ce_exception, Z_OBJ_P(out), ZEND_STRL("message"), error.message.data(),
                                 error.message.size());
    zend_update_property_long(zend_ce_exception, Z_OBJ_P(out), ZEND_STRL("code"), error.code);
}

void throw_error(const edges::Error &error) {
    if (error.tls) {
        zval ex;
        make_exception(&ex, error);
        zend_throw_exception_object(&ex);
        return;
    }
    zend_throw_exception(class_for(error), error.message.c_str(), error.code);
}

void emit_error(zend_object *obj, const edges::Error &error) {
    zval ex;
    make_exception(&ex, error);
    emit_held(obj, str_error, 1, &ex);
    zval_ptr_dtor(&ex);
}

void make_errno_exception(zval *out, zend_class_entry *ce, const edges::Error &error) {
    object_init_ex(out, ce);
    zend_update_property_stringl(zend_ce_exception, Z_OBJ_P(out), ZEND_STRL("message"), error.message.data(),
                                 error.message.size());
    // Exception::$code is untyped: a string, as PDOException's SQLSTATE.
    zend_update_property_string(zend_ce_exception, Z_OBJ_P(out), ZEND_STRL("code"),
                                edges::errno_name(error.code));
}

void errors_minit() {
    edges_exception_ce = register_class_Event_Exception(zend_ce_exception);
    edges_socket_exception_ce = register_class_Event_SocketException(edges_exception_ce);
    edges_dns_exception_ce = register_class_Event_DnsException(edges_exception_ce);
    edges_websocket_exception_ce = register_class_Event_WebSocketException(edges_exception_ce);
    edges_http_exception_ce = register_class_Event_HttpException(edges_exception_ce);
    edges_process_exception_ce = register_class_Event_ProcessException(edges_exception_ce);
    edges_file_exception_ce = register_class_Event_FileException(edges_exception_ce);
    edges_tls_exception_ce = register_class_Event_TLSException(edges_exception_ce);
    edges_postgres_exception_ce = register_class_Event_PostgresException(edges_exception_ce);
}

}  // namespace edges::php
