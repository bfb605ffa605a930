// SPDX-License-Identifier: MIT
#pragma once

extern "C" {
#include "php.h"
}

namespace edges::php::pg {

// PHP's pgsql functions, called as an extension calls another one's: Event\Postgres uses
// the pgsql extension that the system ships (its libpq, its PgSql\Connection objects)
// instead of linking libpq itself, so edges loads without it.
enum Fn {
    kConnect,           // pg_connect(conninfo, flags)
    kConnectPoll,       // pg_connect_poll(link)
    kSocket,            // pg_socket(link)
    kSendQuery,         // pg_send_query(link, sql)
    kSendQueryParams,   // pg_send_query_params(link, sql, params)
    kFlush,             // pg_flush(link)
    kConnectionBusy,    // pg_connection_busy(link): reads what came, then PQisBusy
    kConnectionStatus,  // pg_connection_status(link)
    kGetResult,         // pg_get_result(link)
    kResultStatus,      // pg_result_status(result[, PGSQL_STATUS_STRING])
    kFetchAll,          // pg_fetch_all(result)
    kNumFields,         // pg_num_fields(result)
    kFieldName,         // pg_field_name(result, i)
    kFieldTypeOid,      // pg_field_type_oid(result, i)
    kResultErrorField,  // pg_result_error_field(result, field)
    kLastError,         // pg_last_error(link)
    kUnescapeBytea,     // pg_unescape_bytea(string)
    kClose,             // pg_close([link])
    kFnCount
};

// The pgsql extension's constants edges uses, read from PHP at first use.
struct Constants {
    zend_long connect_async, connect_force_new;
    zend_long polling_failed, polling_reading, polling_writing, polling_ok;
    zend_long connection_bad;
    zend_long empty_query, command_ok, tuples_ok, status_string;
    zend_long diag_sqlstate, diag_message_primary, diag_message_detail, diag_message_hint;
};

// True when the pgsql extension is loaded (its functions and constants found, once); else
// false with an Error thrown that says what to install.
bool available();
const Constants &constants();

// Calls `fn` into *ret (UNDEF when it threw; the exception stays in EG(exception)).
void call(Fn fn, zval *ret, uint32_t argc, zval *argv);
// The same for one argument, two, three.
void call1(Fn fn, zval *ret, zval *a);
void call2(Fn fn, zval *ret, zval *a, zval *b);

// Long/bool results read as integers (false as 0, true as 1); -1 for anything else.
zend_long as_long(zval *v);

}  // namespace edges::php::pg
