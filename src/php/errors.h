// SPDX-License-Identifier: MIT
#pragma once

extern "C" {
#include "php.h"
}

namespace edges::php {

extern zend_class_entry *edges_exception_ce;

void errors_minit();

}  // namespace edges::php
