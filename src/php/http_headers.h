// SPDX-License-Identifier: MIT
#pragma once

extern "C" {
#include "php.h"
}

#include <cstddef>
#include <string_view>

namespace edges::php {

// Adds one received header to a node-style headers array: the name lowercased, repeats of
// single-valued headers dropped, set-cookie as a list, cookie joined with "; ", others with ", ".
void header_add(zval *headers, std::string_view name, std::string_view value);

// $msg->headers and $msg->rawHeaders of a parsed head (a request's or a response's).
template <class Head>
void headers_array(const Head &h, zval *out) {
    array_init_size(out, uint32_t(h.header_count()));
    for (size_t i = 0; i < h.header_count(); i++) header_add(out, h.name(i), h.value(i));
}

template <class Head>
void raw_headers_array(const Head &h, zval *out) {
    array_init_size(out, uint32_t(h.header_count() * 2));
    for (size_t i = 0; i < h.header_count(); i++) {
        add_next_index_stringl(out, h.name(i).data(), h.name(i).size());
        add_next_index_stringl(out, h.value(i).data(), h.value(i).size());
    }
}

}  // namespace edges::php
