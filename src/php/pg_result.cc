// SPDX-License-Identifier: MIT
// Results of Event\Postgres queries: typed rows, and errors as Event\PostgresException.
#include "pg_result.h"

#include <cmath>
#include <string>
#include <unordered_map>
#include <vector>

#include "errors.h"
#include "pg_api.h"

extern "C" {
#include "zend_exceptions.h"
}

namespace edges::php {

void postgres_exception(zval *out, const char *sqlstate, zend_string *message, zend_string *detail,
                        zend_string *hint) {
    object_init_ex(out, edges_postgres_exception_ce);
    zend_object *o = Z_OBJ_P(out);
    zend_update_property_str(zend_ce_exception, o, ZEND_STRL("message"), message);
    // Exception::$code is untyped: the SQLSTATE string, as PDOException's.
    zend_update_property_string(zend_ce_exception, o, ZEND_STRL("code"), sqlstate);
    zend_update_property_string(edges_postgres_exception_ce, o, ZEND_STRL("sqlState"), sqlstate);
    if (detail) zend_update_property_str(edges_postgres_exception_ce, o, ZEND_STRL("detail"), detail);
    if (hint) zend_update_property_str(edges_postgres_exception_ce, o, ZEND_STRL("hint"), hint);
}

void postgres_exception(zval *out, const char *sqlstate, const char *message) {
    zend_string *m = zend_string_init(message, strlen(message), false);
    postgres_exception(out, sqlstate, m);
    zend_string_release(m);
}

namespace pg {

namespace {

// Type OIDs (pg_type.dat; fixed since PostgreSQL 7).
constexpr zend_long kBool = 16, kBytea = 17, kInt8 = 20, kInt2 = 21, kInt4 = 23, kOid = 26, kFloat4 = 700,
                    kFloat8 = 701;

enum class Conv : uint8_t { kNone, kInt, kFloat, kBool, kBytea };

Conv conversion_for(zend_long oid) {
    switch (oid) {
        case kInt2:
        case kInt4:
        case kInt8:
        case kOid:
            return Conv::kInt;
        case kFloat4:
        case kFloat8:
            return Conv::kFloat;
        case kBool:
            return Conv::kBool;
        case kBytea:
            return Conv::kBytea;
        default:
            return Conv::kNone;
    }
}

double to_double(zend_string *s) {
    if (zend_string_equals_literal(s, "NaN")) return NAN;
    if (zend_string_equals_literal(s, "Infinity")) return INFINITY;
    if (zend_string_equals_literal(s, "-Infinity")) return -INFINITY;
    return zend_strtod(ZSTR_VAL(s), nullptr);
}

void convert(zval *v, Conv conv) {
    if (Z_TYPE_P(v) != IS_STRING) return;  // NULL stays null
    zend_string *s = Z_STR_P(v);
    zval out;
    switch (conv) {
        case Conv::kInt:
            ZVAL_LONG(&out, ZEND_STRTOL(ZSTR_VAL(s), nullptr, 10));
            break;
        case Conv::kFloat:
            ZVAL_DOUBLE(&out, to_double(s));
            break;
        case Conv::kBool:
            ZVAL_BOOL(&out, ZSTR_LEN(s) == 1 && ZSTR_VAL(s)[0] == 't');
            break;
        case Conv::kBytea:
            call1(kUnescapeBytea, &out, v);
            if (Z_TYPE(out) != IS_STRING) {
                zval_ptr_dtor(&out);
                return;
            }
            break;
        case Conv::kNone:
            return;
    }
    zval_ptr_dtor(v);
    ZVAL_COPY_VALUE(v, &out);
}

}  // namespace

void result_rows(zval *result, zval *rows) {
    call1(kFetchAll, rows, result);
    if (Z_TYPE_P(rows) != IS_ARRAY) {
        zval_ptr_dtor(rows);
        array_init(rows);
        return;
    }
    if (zend_hash_num_elements(Z_ARRVAL_P(rows)) == 0) return;
    zval n;
    call1(kNumFields, &n, result);
    zend_long fields = as_long(&n);
    // Column name => conversion; with repeated names the last column wins, as in the rows.
    std::vector<std::pair<zend_string *, Conv>> columns;
    for (zend_long i = 0; i < fields; i++) {
        zval idx, oid, name;
        ZVAL_LONG(&idx, i);
        call2(kFieldTypeOid, &oid, result, &idx);
        Conv conv = Z_TYPE(oid) == IS_LONG     ? conversion_for(Z_LVAL(oid))
                    : Z_TYPE(oid) == IS_STRING ? conversion_for(ZEND_STRTOL(Z_STRVAL(oid), nullptr, 10))
                                               : Conv::kNone;
        zval_ptr_dtor(&oid);
        call2(kFieldName, &name, result, &idx);
        if (Z_TYPE(name) != IS_STRING) {
            zval_ptr_dtor(&name);
            continue;
        }
        bool replaced = false;
        for (auto &c : columns) {
            if (zend_string_equals(c.first, Z_STR(name))) {
                c.second = conv;
                replaced = true;
            }
        }
        if (replaced) {
            zval_ptr_dtor(&name);
        } else {
            columns.emplace_back(Z_STR(name), conv);
        }
    }
    bool any = false;
    for (auto &c : columns) any |= c.second != Conv::kNone;
    if (any) {
        zval *row;
        ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(rows), row) {
            if (Z_TYPE_P(row) != IS_ARRAY) continue;
            SEPARATE_ARRAY(row);
            for (auto &c : columns) {
                if (c.second == Conv::kNone) continue;
                if (zval *v = zend_hash_find(Z_ARRVAL_P(row), c.first)) convert(v, c.second);
            }
        }
        ZEND_HASH_FOREACH_END();
    }
    for (auto &c : columns) zend_string_release(c.first);
}

void result_exception(zval *result, zval *out, const char *fallback_state, const char *fallback_message) {
    const Constants &k = constants();
    auto field = [result](zend_long which, zval *v) {
        zval f;
        ZVAL_LONG(&f, which);
        call2(kResultErrorField, v, result, &f);
    };
    zval state, primary, detail, hint;
    field(k.diag_sqlstate, &state);
    field(k.diag_message_primary, &primary);
    field(k.diag_message_detail, &detail);
    field(k.diag_message_hint, &hint);
    // libpq's own failures (the connection lost) come without a SQLSTATE or a primary message.
    bool from_server = Z_TYPE(state) == IS_STRING && Z_STRLEN(state) == 5;
    const char *sqlstate = from_server ? Z_STRVAL(state) : fallback_state;
    zend_string *message = from_server && Z_TYPE(primary) == IS_STRING
                               ? zend_string_copy(Z_STR(primary))
                               : zend_string_init(fallback_message, strlen(fallback_message), false);
    postgres_exception(out, sqlstate, message, Z_TYPE(detail) == IS_STRING ? Z_STR(detail) : nullptr,
                       Z_TYPE(hint) == IS_STRING ? Z_STR(hint) : nullptr);
    zend_string_release(message);
    zval_ptr_dtor(&state);
    zval_ptr_dtor(&primary);
    zval_ptr_dtor(&detail);
    zval_ptr_dtor(&hint);
}

}  // namespace pg
}  // namespace edges::php
