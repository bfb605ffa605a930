// SPDX-License-Identifier: MIT
#pragma once

extern "C" {
#include "php.h"
}

namespace edges::php {

// An Event\PostgresException: code and sqlState `sqlstate`, the message, DETAIL and HINT
// (null when absent).
void postgres_exception(zval *out, const char *sqlstate, zend_string *message, zend_string *detail = nullptr,
                        zend_string *hint = nullptr);
void postgres_exception(zval *out, const char *sqlstate, const char *message);

namespace pg {

// The rows of a PGSQL_TUPLES_OK result as a list of column => value arrays, values typed
// (int, float, bool, binary bytea, null; text for the rest).
void result_rows(zval *result, zval *rows);

// The Event\PostgresException for an error result: the server's SQLSTATE and messages, or
// the fallbacks when libpq made the result itself.
void result_exception(zval *result, zval *out, const char *fallback_state, const char *fallback_message);

}  // namespace pg
}  // namespace edges::php
