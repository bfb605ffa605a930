// SPDX-License-Identifier: MIT
#include "errors.h"

extern "C" {
#include "zend_exceptions.h"
#include "errors_arginfo.h"
}

namespace edges::php {

zend_class_entry *edges_exception_ce;

void errors_minit() { edges_exception_ce = register_class_Event_Exception(zend_ce_exception); }

}  // namespace edges::php
