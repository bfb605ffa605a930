// SPDX-License-Identifier: MIT
// The bridge from Event\Postgres to PHP's pgsql extension: its functions looked up once, by
// name, and called directly.
#include "pg_api.h"

extern "C" {
#include "zend_exceptions.h"
}

namespace edges::php::pg {

namespace {

const char *const kNames[] = {
    "pg_connect",         "pg_connect_poll",      "pg_socket",
    "pg_send_query",      "pg_send_query_params", "pg_flush",
    "pg_connection_busy", "pg_connection_status", "pg_get_result",
    "pg_result_status",   "pg_fetch_all",         "pg_num_fields",
    "pg_field_name",      "pg_field_type_oid",    "pg_result_error_field",
    "pg_last_error",      "pg_unescape_bytea",    "pg_close",
};
static_assert(sizeof(kNames) / sizeof(kNames[0]) == kFnCount, "one name per Fn, in order");

zend_function *functions[kFnCount];
Constants consts;
bool looked_up, found;

bool read_constant(const char *name, zend_long *out) {
    zval *c = zend_get_constant_str(name, strlen(name));
    if (!c || Z_TYPE_P(c) != IS_LONG) return false;
    *out = Z_LVAL_P(c);
    return true;
}

bool look_up() {
    for (int i = 0; i < kFnCount; i++) {
        functions[i] = static_cast<zend_function *>(
            zend_hash_str_find_ptr(EG(function_table), kNames[i], strlen(kNames[i])));
        if (!functions[i]) return false;
    }
    Constants &c = consts;
    return read_constant("PGSQL_CONNECT_ASYNC", &c.connect_async) &&
           read_constant("PGSQL_CONNECT_FORCE_NEW", &c.connect_force_new) &&
           read_constant("PGSQL_POLLING_FAILED", &c.polling_failed) &&
           read_constant("PGSQL_POLLING_READING", &c.polling_reading) &&
           read_constant("PGSQL_POLLING_WRITING", &c.polling_writing) &&
           read_constant("PGSQL_POLLING_OK", &c.polling_ok) &&
           read_constant("PGSQL_CONNECTION_BAD", &c.connection_bad) &&
           read_constant("PGSQL_EMPTY_QUERY", &c.empty_query) &&
           read_constant("PGSQL_COMMAND_OK", &c.command_ok) &&
           read_constant("PGSQL_TUPLES_OK", &c.tuples_ok) &&
           read_constant("PGSQL_STATUS_STRING", &c.status_string) &&
           read_constant("PGSQL_DIAG_SQLSTATE", &c.diag_sqlstate) &&
           read_constant("PGSQL_DIAG_MESSAGE_PRIMARY", &c.diag_message_primary) &&
           read_constant("PGSQL_DIAG_MESSAGE_DETAIL", &c.diag_message_detail) &&
           read_constant("PGSQL_DIAG_MESSAGE_HINT", &c.diag_message_hint);
}

}  // namespace

bool available() {
    // Functions live for the whole process (extensions load at startup): look once.
    if (!looked_up) {
        found = look_up();
        looked_up = true;
    }
    if (!found)
        zend_throw_error(nullptr,
                         "Event\\Postgres needs PHP's pgsql extension, which is not loaded "
                         "(Debian: apt install php8.2-pgsql; or extension=pgsql in php.ini)");
    return found;
}

const Constants &constants() { return consts; }

void call(Fn fn, zval *ret, uint32_t argc, zval *argv) {
    ZVAL_UNDEF(ret);
    // pgsql reports through notices and warnings what edges reports as exceptions (and
    // some that mean nothing here: "Cannot set connection to blocking mode" on a connection
    // the server closed): neither error_reporting nor an application's error handler (one
    // that throws ErrorException, say) sees them. An EH_THROW in force still throws.
    zval handler;
    ZVAL_COPY_VALUE(&handler, &EG(user_error_handler));
    ZVAL_UNDEF(&EG(user_error_handler));
    int level = EG(error_reporting);
    EG(error_reporting) = 0;
    zend_call_known_function(functions[fn], nullptr, nullptr, ret, argc, argv, nullptr);
    EG(error_reporting) = level;
    ZVAL_COPY_VALUE(&EG(user_error_handler), &handler);
    if (EG(exception)) {
        zval_ptr_dtor(ret);
        ZVAL_UNDEF(ret);
    }
}

void call1(Fn fn, zval *ret, zval *a) { call(fn, ret, 1, a); }

void call2(Fn fn, zval *ret, zval *a, zval *b) {
    zval args[2];
    ZVAL_COPY_VALUE(&args[0], a);
    ZVAL_COPY_VALUE(&args[1], b);
    call(fn, ret, 2, args);
}

zend_long as_long(zval *v) {
    switch (Z_TYPE_P(v)) {
        case IS_LONG:
            return Z_LVAL_P(v);
        case IS_TRUE:
            return 1;
        case IS_FALSE:
            return 0;
        default:
            return -1;
    }
}

}  // namespace edges::php::pg
