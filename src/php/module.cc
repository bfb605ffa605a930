// SPDX-License-Identifier: MIT
// Must come first, or PHP rejects the module ("Invalid library (maybe not a PHP library)").
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

extern "C" {
#include "php.h"
#include "ext/standard/info.h"
#include "zend_execute.h"
#include "zend_gc.h"
#include "php_edges.h"
}

#include "emitter.h"
#include "errors.h"
#include "loop.h"
#include "object.h"
#include "loop_state.h"
#include "timer.h"
#include "lifecycle.h"

namespace edges::php {
void socket_minit();
void socket_server_minit();
void datagram_minit();
void http_request_minit();
void http_response_minit();
void http_server_minit();
void http_server_rshutdown();
void http_client_minit();
void promise_minit();
void watcher_minit();
void dns_minit();
void promise_rshutdown();
void http_client_rshutdown();
void websocket_minit();
void websocket_server_minit();
void signal_minit();
void process_minit();
void process_rshutdown();
void http_file_server_minit();
void postgres_minit();
void serve_minit();
void postgres_rshutdown();
}  // namespace edges::php

#include "../core/versions.h"
#include "file.h"
#include "pipe.h"
#include "tls.h"

namespace edges::php {}  // namespace edges::php

#include "cluster.h"

ZEND_DECLARE_MODULE_GLOBALS(edges)

PHP_INI_BEGIN()
STD_PHP_INI_ENTRY("edges.grace", "30", PHP_INI_ALL, OnUpdateReal, grace, zend_edges_globals, edges_globals)
STD_PHP_INI_ENTRY("edges.pidfile", "", PHP_INI_SYSTEM, OnUpdateString, pidfile, zend_edges_globals,
                  edges_globals)
STD_PHP_INI_ENTRY("edges.max_requests", "0", PHP_INI_SYSTEM, OnUpdateLong, max_requests, zend_edges_globals,
                  edges_globals)
STD_PHP_INI_ENTRY("edges.max_memory", "0", PHP_INI_SYSTEM, OnUpdateLong, max_memory, zend_edges_globals,
                  edges_globals)
PHP_INI_END()

namespace edges::php {
const zend_function_entry *module_functions();
}

using namespace edges::php;

static user_opcode_handler_t previous_exit_handler;

// exit() anywhere in the main script means "do not start the loop afterwards";
// PHP leaves no other trace of it once the script has unwound.
static int on_exit_opcode(zend_execute_data *execute_data) {
    EDGES_G(autorun_disabled) = true;
    return previous_exit_handler ? previous_exit_handler(execute_data) : ZEND_USER_OPCODE_DISPATCH;
}

static PHP_GINIT_FUNCTION(edges) {
#if defined(COMPILE_DL_EDGES) && defined(ZTS)
    ZEND_TSRMLS_CACHE_UPDATE();
#endif
    memset(edges_globals, 0, sizeof(*edges_globals));
}

static PHP_MINIT_FUNCTION(edges) {
    REGISTER_INI_ENTRIES();
    errors_minit();
    emitter_minit();
    loop_minit();
    timer_minit();
    socket_minit();
    socket_server_minit();
    datagram_minit();
    http_request_minit();
    http_response_minit();
    http_server_minit();
    http_client_minit();
    promise_minit();
    watcher_minit();
    dns_minit();
    websocket_minit();
    websocket_server_minit();
    signal_minit();
    process_minit();
    cluster_minit();
    file_minit();
    file_stream_minit();
    file_watcher_minit();
    pipe_minit();
    http_file_server_minit();
    postgres_minit();
    serve_minit();
    previous_exit_handler = zend_get_user_opcode_handler(ZEND_EXIT);
    zend_set_user_opcode_handler(ZEND_EXIT, on_exit_opcode);
    return SUCCESS;
}

static PHP_MSHUTDOWN_FUNCTION(edges) {
    UNREGISTER_INI_ENTRIES();
    zend_set_user_opcode_handler(ZEND_EXIT, previous_exit_handler);
    return SUCCESS;
}

static PHP_RINIT_FUNCTION(edges) {
#if defined(COMPILE_DL_EDGES) && defined(ZTS)
    ZEND_TSRMLS_CACHE_UPDATE();
#endif
    EDGES_G(bailout_pending) = false;
    EDGES_G(exit_pending) = false;
    EDGES_G(autorun_disabled) = false;
    EDGES_G(shutting_down) = false;
    loop_register_autorun();
    lifecycle_rinit();
    cluster_rinit();
    return SUCCESS;
}

static PHP_RSHUTDOWN_FUNCTION(edges) {
    postgres_rshutdown();
    lifecycle_rshutdown();
    cluster_rshutdown();
    process_rshutdown();
    http_server_rshutdown();
    http_client_rshutdown();
    promise_rshutdown();
    loop_rshutdown();
    file_rshutdown();
    tls_rshutdown();
    release_loop_refs();
    // What the loop held is garbage now, often in cycles (a socket and the closures of its
    // listeners): collect them, as a debug PHP does at shutdown. A release PHP frees no
    // object still alive then, so without this they would only be reclaimed by the exit.
    // Freeing one cycle can drop the last outside reference into another (a WebSocket
    // server held by a client it had): run again while a run collects something.
    for (int runs = 0; gc_enabled() && runs < 8 && gc_collect_cycles() > 0; runs++) {
    }
    return SUCCESS;
}

// After zend_deactivate() has freed every object: their free_obj handlers
// dispose of core handles, so the loop must outlive them.
static ZEND_MODULE_POST_ZEND_DEACTIVATE_D(edges) {
    destroy_loop();
    return SUCCESS;
}

static PHP_MINFO_FUNCTION(edges) {
    php_info_print_table_start();
    php_info_print_table_header(2, "edges support", "enabled");
    php_info_print_table_row(2, "Version", PHP_EDGES_VERSION);
    for (const auto &row : edges::build_information())
        php_info_print_table_row(2, row.first.c_str(), row.second.c_str());
    php_info_print_table_row(2, "Event\\Postgres",
                             zend_hash_str_exists(&module_registry, ZEND_STRL("pgsql"))
                                 ? "available (pgsql extension loaded)"
                                 : "needs the pgsql extension (not loaded)");
    php_info_print_table_end();
    DISPLAY_INI_ENTRIES();
}

zend_module_entry edges_module_entry = {
    STANDARD_MODULE_HEADER,
    "edges",
    nullptr, /* functions: set in get_module (C++ cannot name them in a constant initializer here) */
    PHP_MINIT(edges),
    PHP_MSHUTDOWN(edges),
    PHP_RINIT(edges),
    PHP_RSHUTDOWN(edges),
    PHP_MINFO(edges),
    PHP_EDGES_VERSION,
    PHP_MODULE_GLOBALS(edges),
    PHP_GINIT(edges),
    nullptr,
    ZEND_MODULE_POST_ZEND_DEACTIVATE_N(edges),
    STANDARD_MODULE_PROPERTIES_EX,
};

#ifdef COMPILE_DL_EDGES
#ifdef ZTS
ZEND_TSRMLS_CACHE_DEFINE()
#endif
extern "C" {
ZEND_DLEXPORT zend_module_entry *get_module() {
    edges_module_entry.functions = module_functions();
    return &edges_module_entry;
}
}
#endif
