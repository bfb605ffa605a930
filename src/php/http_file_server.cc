// SPDX-License-Identifier: MIT
// Event\HTTP\FileServer around the core's http::FileServer.
#include "../http/file_server.h"

#include "../core/text.h"
#include "../http/mime.h"
#include "errors.h"
#include "http_message.h"
#include "loop_state.h"
#include "object.h"
#include "options.h"

extern "C" {
#include "zend_exceptions.h"
#include "http_file_server_arginfo.h"
}

namespace edges::php {

zend_class_entry *edges_http_file_server_ce;

namespace {

zend_object_handlers file_server_handlers;

struct FileServerData {
    edges::http::FileServer *server;  // owned
    zend_string *root;
};
using FileServerObject = Object<FileServerData>;

zend_object *fs_create(zend_class_entry *ce) { return FileServerObject::create(ce, &file_server_handlers); }

void fs_free(zend_object *obj) {
    FileServerData &d = FileServerObject::from(obj)->data;
    delete d.server;
    d.server = nullptr;
    if (d.root) zend_string_release(d.root);
    zend_object_std_dtor(obj);
}

bool fs_props(zend_object *obj, zend_string *name, zval *rv) {
    if (!zend_string_equals_literal(name, "root")) return false;
    FileServerData &d = FileServerObject::from(obj)->data;
    if (d.root) {
        ZVAL_STR_COPY(rv, d.root);
    } else {
        ZVAL_EMPTY_STRING(rv);
    }
    return true;
}

bool index_name_ok(zval *v) {
    return Z_TYPE_P(v) == IS_STRING && Z_STRLEN_P(v) > 0 && !memchr(Z_STRVAL_P(v), '/', Z_STRLEN_P(v)) &&
           !memchr(Z_STRVAL_P(v), '\0', Z_STRLEN_P(v)) && strcmp(Z_STRVAL_P(v), "..") != 0;
}

bool parse_options(HashTable *opts, edges::http::FileServerOptions *o) {
    zval *index = zend_hash_str_find_deref(opts, ZEND_STRL("index"));
    if (index && Z_TYPE_P(index) != IS_NULL) {
        o->index.clear();
        if (Z_TYPE_P(index) == IS_FALSE) {
            // no index files
        } else if (Z_TYPE_P(index) == IS_STRING && index_name_ok(index)) {
            o->index.emplace_back(Z_STRVAL_P(index), Z_STRLEN_P(index));
        } else if (Z_TYPE_P(index) == IS_ARRAY) {
            zval *v;
            ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(index), v) {
                ZVAL_DEREF(v);
                if (!index_name_ok(v)) {
                    zend_argument_value_error(2, "option 'index' must hold file names (no '/')");
                    return false;
                }
                o->index.emplace_back(Z_STRVAL_P(v), Z_STRLEN_P(v));
            }
            ZEND_HASH_FOREACH_END();
        } else {
            zend_argument_value_error(2, "option 'index' must be a file name, a list of them, or false");
            return false;
        }
    }
    if (!option_bool(opts, "etag", 2, &o->etag) || !option_bool(opts, "lastModified", 2, &o->last_modified) ||
        !option_bool(opts, "precompressed", 2, &o->precompressed) ||
        !option_bool(opts, "fallthrough", 2, &o->fallthrough) ||
        !option_bool(opts, "redirect", 2, &o->redirect))
        return false;
    zval *dot = zend_hash_str_find_deref(opts, ZEND_STRL("dotfiles"));
    if (dot && Z_TYPE_P(dot) != IS_NULL) {
        using D = edges::http::FileServerOptions::Dotfiles;
        if (Z_TYPE_P(dot) == IS_STRING && zend_string_equals_literal(Z_STR_P(dot), "ignore")) {
            o->dotfiles = D::kIgnore;
        } else if (Z_TYPE_P(dot) == IS_STRING && zend_string_equals_literal(Z_STR_P(dot), "allow")) {
            o->dotfiles = D::kAllow;
        } else if (Z_TYPE_P(dot) == IS_STRING && zend_string_equals_literal(Z_STR_P(dot), "deny")) {
            o->dotfiles = D::kDeny;
        } else {
            zend_argument_value_error(2, "option 'dotfiles' must be 'ignore', 'allow' or 'deny'");
            return false;
        }
    }
    zend_long max_age = 0, valid = 1000, max = 1024;
    if (!option_long(opts, "maxAge", 2, 0, &max_age) || !option_long(opts, "cacheValid", 2, 0, &valid) ||
        !option_long(opts, "cacheMax", 2, 0, &max))
        return false;
    o->max_age_s = max_age;
    o->cache_valid_ms = uint64_t(valid);
    o->cache_max = size_t(max);
    return true;
}

}  // namespace

void http_file_server_minit() {
    edges_http_file_server_ce = register_class_Event_HTTP_FileServer();
    edges_http_file_server_ce->create_object = fs_create;
    init_handlers(file_server_handlers, XtOffsetOf(FileServerObject, std), fs_free, nullptr);
    file_server_handlers.get_gc = zend_std_get_gc;
    VirtualProperties<fs_props>::install(file_server_handlers);
}

}  // namespace edges::php

using namespace edges::php;

ZEND_METHOD(Event_HTTP_FileServer, __construct) {
    zend_string *root;
    HashTable *opts = nullptr;
    ZEND_PARSE_PARAMETERS_START(1, 2)
        Z_PARAM_PATH_STR(root)
        Z_PARAM_OPTIONAL
        Z_PARAM_ARRAY_HT(opts)
    ZEND_PARSE_PARAMETERS_END();
    FileServerData &d = FileServerObject::from(ZEND_THIS)->data;
    if (d.server) {
        zend_throw_error(nullptr, "Event\\HTTP\\FileServer is constructed already");
        RETURN_THROWS();
    }
    edges::http::FileServerOptions o;
    o.root.assign(ZSTR_VAL(root), ZSTR_LEN(root));
    if (opts && !parse_options(opts, &o)) RETURN_THROWS();
    auto *server = new edges::http::FileServer(std::move(o), edges::http::MimeTypes::system());
    edges::Error err = server->open();
    if (err) {
        delete server;
        zend_argument_value_error(1, "must be a readable directory: %s", err.message.c_str());
        RETURN_THROWS();
    }
    d.server = server;
    d.root = zend_string_copy(root);
}

ZEND_METHOD(Event_HTTP_FileServer, handle) {
    zend_object *req, *res;
    zend_string *path = nullptr;
    ZEND_PARSE_PARAMETERS_START(2, 3)
        Z_PARAM_OBJ_OF_CLASS(req, edges_http_request_ce)
        Z_PARAM_OBJ_OF_CLASS(res, edges_http_response_ce)
        Z_PARAM_OPTIONAL
        Z_PARAM_STR_OR_NULL(path)
    ZEND_PARSE_PARAMETERS_END();
    if (path && ZSTR_LEN(path) == 0) {
        zend_argument_value_error(3, "must be a file path or null, not empty");
        RETURN_THROWS();
    }
    FileServerData &d = FileServerObject::from(ZEND_THIS)->data;
    if (!d.server) {
        zend_throw_error(nullptr, "Event\\HTTP\\FileServer was not constructed");
        RETURN_THROWS();
    }
    if (http_response_started(res)) {
        zend_throw_error(nullptr, "Cannot serve a file: the response has started already");
        RETURN_THROWS();
    }
    edges::http::FileAnswer a;
    d.server->answer(http_request_head(req), loop().now_us(), &a,
                     path ? std::string_view(ZSTR_VAL(path), ZSTR_LEN(path)) : std::string_view());
    if (!a.mine) RETURN_FALSE;
    if (path && http_response_has_header(res, "content-type")) {
        // A file the application named goes out as the type it said (X-Sendfile keeps it too).
        size_t kept = 0;
        for (size_t i = 0; i < a.header_count; i++)
            if (!edges::equals_ci(a.headers[i].name, "Content-Type")) a.headers[kept++] = a.headers[i];
        a.header_count = kept;
    }
    edges::SharedFilePtr file;
    if (a.file) file = a.file->file;
    http_response_send_prepared(res, a.status, a.headers, a.header_count, a.file ? &file : nullptr, a.offset,
                                a.length, a.body);
    RETURN_TRUE;
}
