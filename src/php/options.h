// SPDX-License-Identifier: MIT
#pragma once

#include <string>

extern "C" {
#include "php.h"
}

namespace edges::php {

// Reading an options array (node's `options` objects). Each reader leaves *out alone when
// the option is missing or null, and throws PHP's error naming argument `arg` (and returns
// false) when it has the wrong type or range. `opts` may be null (no options given).

// The option's value (references followed), or null when missing or null.
zval *option_find(HashTable *opts, const char *name);
bool option_bool(HashTable *opts, const char *name, uint32_t arg, bool *out);
// An integer of at least `min`.
bool option_long(HashTable *opts, const char *name, uint32_t arg, zend_long min, zend_long *out);

// A string; `kind` names the option in the message ("option", "tls option").
bool option_string(HashTable *opts, const char *name, uint32_t arg, std::string *out,
                   const char *kind = "option");

}  // namespace edges::php
