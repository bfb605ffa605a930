// SPDX-License-Identifier: MIT
#include "endpoint.h"

#include <sys/un.h>

#include "emitter.h"
#include "errors.h"
#include "object.h"

namespace edges::php {

bool parse_endpoint(zval *target, zval *host, zval *callback, zend_long min_port, const char *default_host,
                    Endpoint *out) {
    out->unix_path = target && Z_TYPE_P(target) == IS_STRING;
    if (out->unix_path) {
        if (!Z_STRLEN_P(target) || Z_STRLEN_P(target) >= sizeof(sockaddr_un::sun_path)) {
            zend_argument_value_error(1, "must be a Unix socket path of 1 to %zu bytes",
                                      sizeof(sockaddr_un::sun_path) - 1);
            return false;
        }
        if (callback) {
            zend_string *fn = get_active_function_or_method_name();
            zend_argument_count_error("%s() takes at most 2 arguments with a Unix socket path", ZSTR_VAL(fn));
            zend_string_release(fn);
            return false;
        }
        callback = host;  // (string $unixPath, ?callable $cb)
        host = nullptr;
        out->host_or_path.assign(Z_STRVAL_P(target), Z_STRLEN_P(target));
    } else if (target && Z_TYPE_P(target) != IS_LONG) {
        zend_argument_type_error(1, "must be of type int|string, %s given", zend_zval_type_name(target));
        return false;
    } else if (target && (Z_LVAL_P(target) < min_port || Z_LVAL_P(target) > 65535)) {
        zend_argument_value_error(1, "must be between " ZEND_LONG_FMT " and 65535", min_port);
        return false;
    }
    if (host && Z_TYPE_P(host) != IS_STRING) {
        zend_argument_type_error(2, "must be of type ?string, %s given", zend_zval_type_name(host));
        return false;
    }
    if (callback && !zend_is_callable(callback, 0, nullptr)) {
        zend_argument_type_error(out->unix_path ? 2 : 3, "must be a valid callback or null");
        return false;
    }
    if (!out->unix_path) {
        out->port = uint16_t(target ? Z_LVAL_P(target) : 0);
        out->host_or_path = host ? std::string(Z_STRVAL_P(host), Z_STRLEN_P(host)) : default_host;
    }
    out->callback = callback;
    return true;
}

bool finish_listen(const edges::Error &err, zend_object *server, bool *holds_loop_ref, zval *on_listening) {
    if (err) {
        throw_error(err);
        return false;
    }
    hold_loop_ref(server, *holds_loop_ref);
    if (on_listening) listeners_add(server, str_listening, on_listening, true);
    emit_deferred(server, str_listening);
    return true;
}

}  // namespace edges::php
