// SPDX-License-Identifier: MIT
#include "options.h"

extern "C" {
#include "zend_exceptions.h"
}

namespace edges::php {

zval *option_find(HashTable *opts, const char *name) {
    if (!opts) return nullptr;
    zval *v = zend_hash_str_find_deref(opts, name, strlen(name));
    return v && Z_TYPE_P(v) != IS_NULL ? v : nullptr;
}

bool option_bool(HashTable *opts, const char *name, uint32_t arg, bool *out) {
    zval *v = option_find(opts, name);
    if (!v) return true;
    if (Z_TYPE_P(v) != IS_TRUE && Z_TYPE_P(v) != IS_FALSE) {
        zend_argument_type_error(arg, "option '%s' must be of type bool, %s given", name,
                                 zend_zval_type_name(v));
        return false;
    }
    *out = Z_TYPE_P(v) == IS_TRUE;
    return true;
}

bool option_long(HashTable *opts, const char *name, uint32_t arg, zend_long min, zend_long *out) {
    zval *v = option_find(opts, name);
    if (!v) return true;
    if (Z_TYPE_P(v) != IS_LONG || Z_LVAL_P(v) < min) {
        zend_argument_value_error(
            arg, "option '%s' must be an integer greater than or equal to " ZEND_LONG_FMT, name, min);
        return false;
    }
    *out = Z_LVAL_P(v);
    return true;
}

bool option_string(HashTable *opts, const char *name, uint32_t arg, std::string *out, const char *kind) {
    zval *v = option_find(opts, name);
    if (!v) return true;
    if (Z_TYPE_P(v) != IS_STRING) {
        zend_argument_type_error(arg, "%s '%s' must be of type string, %s given", kind, name,
                                 zend_zval_type_name(v));
        return false;
    }
    out->assign(Z_STRVAL_P(v), Z_STRLEN_P(v));
    return true;
}

}  // namespace edges::php
