// SPDX-License-Identifier: MIT
#include "http_headers.h"

#include <cctype>
#include <string>

namespace edges::php {

namespace {

// node drops repeats of these; set-cookie becomes a list; cookie joins with "; ".
bool single_valued(std::string_view n) {
    static const char *const names[] = {
        "age",           "authorization", "content-length", "content-type",        "etag",
        "expires",       "from",          "host",           "if-modified-since",   "if-unmodified-since",
        "last-modified", "location",      "max-forwards",   "proxy-authorization", "referer",
        "retry-after",   "server",        "user-agent"};
    for (const char *s : names)
        if (n == s) return true;
    return false;
}

}  // namespace

void header_add(zval *out, std::string_view name, std::string_view value) {
    char lower[256];
    std::string big;
    char *lname = lower;
    if (name.size() >= sizeof(lower)) {
        big.assign(name);
        lname = big.data();
    }
    for (size_t k = 0; k < name.size(); k++) lname[k] = char(tolower((unsigned char)name[k]));
    std::string_view ln(lname, name.size());
    zval *existing = zend_symtable_str_find(Z_ARRVAL_P(out), ln.data(), ln.size());
    if (ln == "set-cookie") {
        if (!existing) {
            zval list;
            array_init(&list);
            existing = zend_symtable_str_update(Z_ARRVAL_P(out), ln.data(), ln.size(), &list);
        }
        add_next_index_stringl(existing, value.data(), value.size());
    } else if (!existing) {
        zval v;
        ZVAL_STRINGL(&v, value.data(), value.size());
        zend_symtable_str_update(Z_ARRVAL_P(out), ln.data(), ln.size(), &v);
    } else if (!single_valued(ln)) {
        const char *sep = ln == "cookie" ? "; " : ", ";
        zend_string *joined = zend_string_concat3(Z_STRVAL_P(existing), Z_STRLEN_P(existing), sep, 2,
                                                  value.data(), value.size());
        zval_ptr_dtor(existing);
        ZVAL_STR(existing, joined);
    }
}

}  // namespace edges::php
