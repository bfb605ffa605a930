// SPDX-License-Identifier: MIT
// Event\Serve::script(): `edges serve`'s classic mode. A front controller written for php-fpm
// (superglobals, php://input, header(), echo, exit) runs once per request inside this
// long-lived process: for the duration of the script the CLI SAPI's hooks (output, headers,
// request body, $_SERVER) point at the request, PHP's own code parses the query, cookies, form
// and multipart bodies, and afterwards what the script declared or changed is taken back, as a
// request shutdown would (only what a request can add: the process' own state stays).
#include <signal.h>
#include <sys/time.h>

#include <string>
#include <unordered_set>
#include <vector>

#include "cluster.h"
#include "http_message.h"
#include "invoke.h"

extern "C" {
#include "SAPI.h"
#include "ext/session/php_session.h"
#include "ext/standard/basic_functions.h"
#include "main/php_output.h"
#include "main/php_variables.h"
#include "main/rfc1867.h"
#include "php.h"
#include "serve_arginfo.h"
#include "zend_closures.h"
#include "zend_exceptions.h"
#include "zend_smart_str.h"
}

namespace {

// Output is handed to the response in pieces of this size (and on flush()): one chunk per
// echo would cost a chunk header and a method call each.
constexpr size_t kOutputChunk = 64 * 1024;

struct Scope {
    zend_object *res;
    HashTable *server;
    zend_string *body;    // the whole body, or
    zend_object *reader;  // a Closure giving it in pieces as it arrives ('' at its end)
    double timeout;       // seconds of wall-clock time the script may take; 0: no limit
    size_t body_read = 0;
    smart_str out{};
    int output_level = 0;           // output buffers the process had before the script
    bool file_handed_over = false;  // X-Sendfile: the caller sends the file (see hand_over_file)
};
Scope *current = nullptr;
bool limiting = false;    // Event\Serve::limit() is running its callable
bool in_request = false;  // Event\Serve::request() is running its callable

// The response's methods, called as PHP would (they validate what the script gave).
void call_res(const char *method, uint32_t argc, zval *argv) {
    zval rv;
    ZVAL_UNDEF(&rv);
    edges::php::call_method(current->res, method, argc, argv, &rv);
    zval_ptr_dtor(&rv);
}

void hand_output() {
    if (!current->out.s || ZSTR_LEN(current->out.s) == 0) return;
    zval chunk;
    ZVAL_STR(&chunk, smart_str_extract(&current->out));
    call_res("write", 1, &chunk);
    zval_ptr_dtor(&chunk);
}

size_t scope_ub_write(const char *str, size_t len) {
    if (current->file_handed_over) return len;  // the file is the body
    smart_str_appendl(&current->out, str, len);
    if (ZSTR_LEN(current->out.s) >= kOutputChunk) hand_output();
    return len;
}

void scope_flush(void *) {
    // flush() before any output still sends the head, as php-fpm does.
    if (!SG(headers_sent)) sapi_send_headers();
    if (!current->file_handed_over) hand_output();
}

// header() keeps every header (the CLI SAPI's handler drops them).
int scope_header_handler(sapi_header_struct *, sapi_header_op_enum, sapi_headers_struct *) {
    return SAPI_HEADER_ADD;
}

void add_header(zval *headers, const char *line, size_t len) {
    const char *colon = static_cast<const char *>(memchr(line, ':', len));
    if (!colon || colon == line) return;
    const char *value = colon + 1;
    while (value < line + len && (*value == ' ' || *value == '\t')) value++;
    zend_string *name = zend_string_init(line, size_t(colon - line), false);
    zval v;
    ZVAL_STRINGL(&v, value, size_t(line + len - value));
    zval *have = zend_hash_find(Z_ARRVAL_P(headers), name);
    if (!have) {
        zend_hash_add_new(Z_ARRVAL_P(headers), name, &v);
    } else {
        // Set-Cookie and other repeated headers: one entry with every value.
        if (Z_TYPE_P(have) != IS_ARRAY) {
            zval list;
            array_init(&list);
            add_next_index_zval(&list, have);
            ZVAL_COPY_VALUE(have, &list);
        }
        add_next_index_zval(have, &v);
    }
    zend_string_release(name);
}

// Whether the script set an X-Sendfile header.
bool names_file() {
    zend_llist_position pos;
    for (auto *hd =
             static_cast<sapi_header_struct *>(zend_llist_get_first_ex(&SG(sapi_headers).headers, &pos));
         hd;
         hd = static_cast<sapi_header_struct *>(zend_llist_get_next_ex(&SG(sapi_headers).headers, &pos))) {
        if (hd->header_len > 11 && !strncasecmp(hd->header, "X-Sendfile:", 11)) return true;
    }
    return false;
}

// A script whose head names a file (X-Sendfile) hands it to its caller, as a web server in
// front of php-fpm takes it: the headers it set go on the response (X-Sendfile too, for the
// caller to read), its status and everything it writes are dropped (the file server decides
// them), and the response is left unstarted.
void hand_over_file() {
    zend_llist_position pos;
    zval headers;
    array_init(&headers);
    for (auto *hd =
             static_cast<sapi_header_struct *>(zend_llist_get_first_ex(&SG(sapi_headers).headers, &pos));
         hd;
         hd = static_cast<sapi_header_struct *>(zend_llist_get_next_ex(&SG(sapi_headers).headers, &pos))) {
        add_header(&headers, hd->header, hd->header_len);
    }
    zend_string *name;
    zval *value;
    ZEND_HASH_FOREACH_STR_KEY_VAL(Z_ARRVAL(headers), name, value) {
        zval args[2];
        ZVAL_STR(&args[0], name);
        ZVAL_COPY_VALUE(&args[1], value);
        call_res("setHeader", 2, args);
        if (EG(exception)) zend_clear_exception();  // a header the response refuses is left out
    }
    ZEND_HASH_FOREACH_END();
    zval_ptr_dtor(&headers);
    smart_str_free(&current->out);
    current->file_handed_over = true;
}

int scope_send_headers(sapi_headers_struct *h) {
    if (names_file()) {
        hand_over_file();
        return SAPI_HEADER_SENT_SUCCESSFULLY;
    }
    zval args[3];
    ZVAL_LONG(&args[0], h->http_response_code > 0 ? h->http_response_code : 200);
    // header("HTTP/1.1 404 Not Here") gives the reason phrase too.
    const char *reason = "";
    if (h->http_status_line) {
        const char *sp = strchr(h->http_status_line, ' ');
        if (sp) sp = strchr(sp + 1, ' ');
        if (sp) reason = sp + 1;
    }
    ZVAL_STRING(&args[1], reason);
    array_init(&args[2]);
    zend_llist_position pos;
    for (auto *hd = static_cast<sapi_header_struct *>(zend_llist_get_first_ex(&h->headers, &pos)); hd;
         hd = static_cast<sapi_header_struct *>(zend_llist_get_next_ex(&h->headers, &pos))) {
        add_header(&args[2], hd->header, hd->header_len);
    }
    if (h->send_default_content_type) {
        sapi_header_struct def;
        sapi_get_default_content_type_header(&def);
        add_header(&args[2], def.header, def.header_len);
        sapi_free_header(&def);
    }
    call_res("writeHead", 3, args);
    zval_ptr_dtor(&args[1]);
    zval_ptr_dtor(&args[2]);
    return SAPI_HEADER_SENT_SUCCESSFULLY;
}

// PHP takes a read shorter than it asked for as the body's end (sapi_read_post_block), so a
// reader is called until the buffer is full, the body ended or the reader threw (the script
// gets the exception after its read). Its calls may await: the script waits in its Fiber.
size_t read_from_reader(char *buf, size_t count) {
    size_t n = 0;
    while (n < count && !EG(exception)) {
        zval fn, arg, piece;
        ZVAL_OBJ(&fn, current->reader);
        ZVAL_LONG(&arg, zend_long(count - n));
        ZVAL_UNDEF(&piece);
        edges::php::call(&fn, 1, &arg, &piece);
        if (Z_TYPE(piece) == IS_UNDEF) break;  // it threw
        if (Z_TYPE(piece) != IS_STRING) {
            zend_type_error("Event\\Serve::script(): the body reader must return a string, %s returned",
                            zend_zval_type_name(&piece));
            zval_ptr_dtor(&piece);
            break;
        }
        if (Z_STRLEN(piece) == 0) break;  // the end
        size_t take = Z_STRLEN(piece) < count - n ? Z_STRLEN(piece) : count - n;
        memcpy(buf + n, Z_STRVAL(piece), take);
        n += take;
        zval_ptr_dtor(&piece);
    }
    return n;
}

size_t scope_read_post(char *buf, size_t count) {
    if (current->reader) return read_from_reader(buf, count);
    size_t left = ZSTR_LEN(current->body) - current->body_read;
    size_t n = count < left ? count : left;
    memcpy(buf, ZSTR_VAL(current->body) + current->body_read, n);
    current->body_read += n;
    return n;
}

char *scope_read_cookies() { return SG(request_info).cookie_data; }

// $_SERVER: the environment (as php-fpm passes it), then what the request gave.
void scope_register_server_variables(zval *arr) {
    php_import_environment_variables(arr);
    zend_string *key;
    zval *val;
    ZEND_HASH_FOREACH_STR_KEY_VAL(current->server, key, val) {
        if (!key) continue;
        zend_string *s = zval_get_string(val);
        php_register_variable_safe(ZSTR_VAL(key), ZSTR_VAL(s), ZSTR_LEN(s), arr);
        zend_string_release(s);
    }
    ZEND_HASH_FOREACH_END();
}

const char *server_str(const char *name) {
    zval *v = zend_hash_str_find(current->server, name, strlen(name));
    return v && Z_TYPE_P(v) == IS_STRING ? Z_STRVAL_P(v) : nullptr;
}

// Runs a superglobal's own creation function (it reads what SG(request_info) says now).
void make_superglobal(const char *name) {
    auto *ag = static_cast<zend_auto_global *>(zend_hash_str_find_ptr(CG(auto_globals), name, strlen(name)));
    if (ag) ag->auto_global_callback(ag->name);
}

// PHP's header state of one request, as a SAPI's request start makes it: headers_sent() is
// false and header() keeps what it adds (the CLI SAPI's handler drops it) in a list of this
// request's own, status 200. The process' state is put back after.
struct SavedHeaders {
    bool sent;
    sapi_headers_struct headers;
    int (*handler)(sapi_header_struct *, sapi_header_op_enum, sapi_headers_struct *);
};

void enter_headers(SavedHeaders &s) {
    s.sent = SG(headers_sent);
    s.headers = SG(sapi_headers);
    s.handler = sapi_module.header_handler;
    sapi_module.header_handler = scope_header_handler;
    SG(headers_sent) = false;
    zend_llist_init(&SG(sapi_headers).headers, sizeof(sapi_header_struct),
                    reinterpret_cast<llist_dtor_func_t>(sapi_free_header), false);
    SG(sapi_headers).http_response_code = 200;
    SG(sapi_headers).send_default_content_type = true;
    SG(sapi_headers).http_status_line = nullptr;
    SG(sapi_headers).mimetype = nullptr;
}

void leave_headers(SavedHeaders &s) {
    if (SG(sapi_headers).mimetype) efree(SG(sapi_headers).mimetype);
    if (SG(sapi_headers).http_status_line) efree(SG(sapi_headers).http_status_line);
    zend_llist_destroy(&SG(sapi_headers).headers);
    SG(sapi_headers) = s.headers;
    sapi_module.header_handler = s.handler;
    SG(headers_sent) = s.sent;
}

// What the CLI SAPI had, put back after the script.
struct SavedSapi {
    sapi_module_struct module;
    sapi_request_info request;
    SavedHeaders headers;
    int64_t read_post_bytes;
    bool post_read;
    HashTable *uploaded_files;
    int output_flags;
    int output_level;
};

void enter_sapi(SavedSapi &s) {
    s.module = sapi_module;
    s.request = SG(request_info);
    s.read_post_bytes = SG(read_post_bytes);
    s.post_read = SG(post_read);
    s.uploaded_files = SG(rfc1867_uploaded_files);
    s.output_flags = OG(flags);
    s.output_level = php_output_get_level();
    current->output_level = s.output_level;

    sapi_module.ub_write = scope_ub_write;
    sapi_module.flush = scope_flush;
    sapi_module.send_headers = scope_send_headers;
    sapi_module.read_post = scope_read_post;
    sapi_module.read_cookies = scope_read_cookies;
    sapi_module.register_server_variables = scope_register_server_variables;

    enter_headers(s.headers);
    SG(request_info).no_headers = false;
    SG(request_info).headers_only = false;
    SG(read_post_bytes) = 0;
    SG(post_read) = false;
    SG(rfc1867_uploaded_files) = nullptr;
    SG(global_request_time) = 0;
    SG(request_info).request_body = nullptr;
    SG(request_info).post_entry = nullptr;
    SG(request_info).content_type_dup = nullptr;
    SG(request_info).request_method = server_str("REQUEST_METHOD");
    SG(request_info).query_string = const_cast<char *>(server_str("QUERY_STRING"));
    SG(request_info).cookie_data = const_cast<char *>(server_str("HTTP_COOKIE"));
    SG(request_info).content_type = server_str("CONTENT_TYPE");
    if (current->reader) {
        const char *length = server_str("CONTENT_LENGTH");
        SG(request_info).content_length = length ? ZEND_STRTOL(length, nullptr, 10) : -1;
    } else {
        SG(request_info).content_length = zend_long(ZSTR_LEN(current->body));
    }
    SG(request_info).request_uri = const_cast<char *>(server_str("REQUEST_URI"));
    SG(request_info).path_translated = const_cast<char *>(server_str("SCRIPT_FILENAME"));
    SG(request_info).proto_num = 1001;
    SG(request_info).auth_user = nullptr;
    SG(request_info).auth_password = nullptr;
    SG(request_info).auth_digest = nullptr;
    // The CLI flushes after every echo; a request sends what it gathered, or on flush().
    OG(flags) &= ~(PHP_OUTPUT_IMPLICITFLUSH | PHP_OUTPUT_DISABLED);
}

void leave_sapi(SavedSapi &s) {
    if (SG(request_info).request_body) php_stream_close(SG(request_info).request_body);
    if (SG(request_info).content_type_dup) efree(SG(request_info).content_type_dup);
    leave_headers(s.headers);
    if (SG(rfc1867_uploaded_files)) destroy_uploaded_files_hash();
    sapi_module = s.module;
    SG(request_info) = s.request;
    SG(read_post_bytes) = s.read_post_bytes;
    SG(post_read) = s.post_read;
    SG(rfc1867_uploaded_files) = s.uploaded_files;
    OG(flags) = s.output_flags;
    if (OG(output_start_filename)) {
        zend_string_release(OG(output_start_filename));
        OG(output_start_filename) = nullptr;
    }
    OG(output_start_lineno) = 0;
}

// What the engine held before the script, to take back what it added.
struct Marks {
    uint32_t functions, classes, constants;
    std::unordered_set<zend_string *> included;
    std::unordered_set<zend_string *> globals;
    uint32_t autoloaders;
    int error_handlers, exception_handlers;
    zval error_handler, exception_handler;
    HashTable *shutdown_functions;
};

uint32_t autoloader_count() {
    zval fn, rv;
    ZVAL_STRING(&fn, "spl_autoload_functions");
    edges::php::call(&fn, 0, nullptr, &rv);
    zval_ptr_dtor(&fn);
    uint32_t n = Z_TYPE(rv) == IS_ARRAY ? zend_hash_num_elements(Z_ARRVAL(rv)) : 0;
    zval_ptr_dtor(&rv);
    return n;
}

void mark(Marks &m) {
    m.functions = EG(function_table)->nNumUsed;
    m.classes = EG(class_table)->nNumUsed;
    m.constants = EG(zend_constants)->nNumUsed;
    zend_string *key;
    ZEND_HASH_FOREACH_STR_KEY(&EG(included_files), key) { m.included.insert(key); }
    ZEND_HASH_FOREACH_END();
    ZEND_HASH_FOREACH_STR_KEY(&EG(symbol_table), key) {
        if (key) m.globals.insert(key);
    }
    ZEND_HASH_FOREACH_END();
    m.autoloaders = autoloader_count();
    m.error_handlers = zend_stack_count(&EG(user_error_handlers));
    m.exception_handlers = zend_stack_count(&EG(user_exception_handlers));
    ZVAL_COPY(&m.error_handler, &EG(user_error_handler));
    ZVAL_COPY(&m.exception_handler, &EG(user_exception_handler));
    m.shutdown_functions = BG(user_shutdown_function_names);
    BG(user_shutdown_function_names) = nullptr;
}

void pop_handlers(zend_stack *stack, int depth) {
    while (zend_stack_count(stack) > depth) {
        zval *top = static_cast<zval *>(zend_stack_top(stack));
        zval_ptr_dtor(top);
        zend_stack_del_top(stack);
    }
}

void restore_handler(zval *now, zval *saved) {
    zval_ptr_dtor(now);
    ZVAL_COPY_VALUE(now, saved);
    ZVAL_UNDEF(saved);
}

// A session the request left open is written and closed, as PHP's request shutdown does, and
// its id and data are let go: the next client must not find them.
void close_session() {
    if (PS(session_status) == php_session_active) php_session_flush(1);
    zval_ptr_dtor(&PS(http_session_vars));
    ZVAL_UNDEF(&PS(http_session_vars));
    if (PS(id)) {
        zend_string_release(PS(id));
        PS(id) = nullptr;
    }
    if (PS(session_vars)) {
        zend_string_release(PS(session_vars));
        PS(session_vars) = nullptr;
    }
    PS(session_status) = php_session_none;
}

// The session module's request state, as its request shutdown leaves it: a classic script's
// save handler goes too (the script sets it up again).
void take_back_session() {
    close_session();
    if (PS(mod_data) || PS(mod_user_implemented)) {
        zend_try { PS(mod)->s_close(&PS(mod_data)); }
        zend_end_try();
    }
    if (PS(mod_user_class_name)) {
        zend_string_release(PS(mod_user_class_name));
        PS(mod_user_class_name) = nullptr;
    }
    for (zval &name : PS(mod_user_names).names) {
        zval_ptr_dtor(&name);
        ZVAL_UNDEF(&name);
    }
    PS(mod_user_implemented) = false;
    PS(mod_user_is_open) = false;
    PS(mod_data) = nullptr;
}

// Handlers, autoloaders, ini settings, environment, session: what a request changes in place.
void take_back_settings(Marks &m) {
    pop_handlers(&EG(user_error_handlers), m.error_handlers);
    while (zend_stack_count(&EG(user_error_handlers_error_reporting)) > m.error_handlers) {
        zend_stack_del_top(&EG(user_error_handlers_error_reporting));
    }
    pop_handlers(&EG(user_exception_handlers), m.exception_handlers);
    restore_handler(&EG(user_error_handler), &m.error_handler);
    restore_handler(&EG(user_exception_handler), &m.exception_handler);

    zval fn, rv, list;
    ZVAL_STRING(&fn, "spl_autoload_functions");
    edges::php::call(&fn, 0, nullptr, &list);
    zval_ptr_dtor(&fn);
    if (Z_TYPE(list) == IS_ARRAY) {
        uint32_t i = 0;
        zval *loader;
        ZVAL_STRING(&fn, "spl_autoload_unregister");
        ZEND_HASH_FOREACH_VAL(Z_ARRVAL(list), loader) {
            if (i++ < m.autoloaders) continue;
            edges::php::call(&fn, 1, loader, &rv);
            zval_ptr_dtor(&rv);
        }
        ZEND_HASH_FOREACH_END();
        zval_ptr_dtor(&fn);
    }
    zval_ptr_dtor(&list);

    // putenv() keeps the values it replaced in putenv_ht; destroying an entry puts one back.
    zend_hash_clean(&BG(putenv_ht));
    // ini_set(), set_time_limit(), error_reporting() ... as at the end of a request.
    zend_ini_deactivate();

    take_back_session();
}

void take_back_globals(Marks &m) {
    zend_string *key;
    zval *val;
    // Deleting runs destructors, which may touch other globals: collect first.
    std::vector<zend_string *> added;
    ZEND_HASH_FOREACH_STR_KEY_VAL(&EG(symbol_table), key, val) {
        (void)val;
        if (key && !m.globals.count(key)) added.push_back(zend_string_copy(key));
    }
    ZEND_HASH_FOREACH_END();
    for (zend_string *k : added) {
        zend_hash_del(&EG(symbol_table), k);
        zend_string_release(k);
    }
    // The superglobals and $GLOBALS-visible request data start empty for the next one.
    static const char *const request_globals[] = {"_GET", "_POST", "_COOKIE", "_FILES", "_REQUEST"};
    for (const char *name : request_globals) {
        zval *g = zend_hash_str_find(&EG(symbol_table), name, strlen(name));
        if (!g) continue;
        if (Z_TYPE_P(g) == IS_INDIRECT) g = Z_INDIRECT_P(g);
        ZVAL_DEREF(g);
        zval_ptr_dtor(g);
        array_init(g);
    }
    // (_REQUEST has no slot there: PHP builds it into the symbol table only.)
    for (int i : {TRACK_VARS_POST, TRACK_VARS_GET, TRACK_VARS_COOKIE, TRACK_VARS_FILES, TRACK_VARS_SERVER,
                  TRACK_VARS_ENV}) {
        zval_ptr_dtor(&PG(http_globals)[i]);
        ZVAL_UNDEF(&PG(http_globals)[i]);
    }
}

// What a function keeps apart from its code, which OPcache shares between declarations: its
// `static` variables (freed: the next declaration starts from the initial values) and its
// run-time cache (zeroed: it holds the classes it met, which are about to go).
void forget_function_state(zend_function *fn) {
    if (fn->type != ZEND_USER_FUNCTION) return;
    zend_op_array *op = &fn->op_array;
    zend_destroy_static_vars(op);
    if (ZEND_MAP_PTR(op->run_time_cache)) {
        void *cache = RUN_TIME_CACHE(op);
        if (cache) memset(cache, 0, op->cache_size);
    }
}

bool class_in(const std::unordered_set<zend_class_entry *> &classes, zend_class_entry *ce) {
    return classes.count(ce) != 0;
}

// Functions, classes and constants the script declared go, so that it can declare them
// again. Not when an object of one of its classes is still alive somewhere (a static of the
// process' own code, a timer's closure): then the process must be replaced. Returns whether
// everything could be taken back.
bool take_back_declarations(Marks &m) {
    gc_collect_cycles();
    // Bucket order follows declaration, and deleted buckets keep their place: what was
    // declared after the mark sits at positions from it on.
    std::unordered_set<zend_class_entry *> classes;
    for (uint32_t i = m.classes; i < EG(class_table)->nNumUsed; i++) {
        Bucket *b = EG(class_table)->arData + i;
        if (Z_TYPE(b->val) == IS_PTR) classes.insert(static_cast<zend_class_entry *>(Z_PTR(b->val)));
    }
    if (!classes.empty()) {
        for (uint32_t i = 1; i < EG(objects_store).top; i++) {
            zend_object *obj = EG(objects_store).object_buckets[i];
            if (IS_OBJ_VALID(obj) && class_in(classes, obj->ce)) return false;
        }
    }
    for (uint32_t i = EG(zend_constants)->nNumUsed; i-- > m.constants;) {
        Bucket *b = EG(zend_constants)->arData + i;
        if (Z_TYPE(b->val) != IS_UNDEF && b->key) zend_hash_del_bucket(EG(zend_constants), b);
    }
    for (uint32_t i = EG(function_table)->nNumUsed; i-- > m.functions;) {
        Bucket *b = EG(function_table)->arData + i;
        if (Z_TYPE(b->val) == IS_UNDEF) continue;
        forget_function_state(static_cast<zend_function *>(Z_PTR(b->val)));
        zend_hash_del_bucket(EG(function_table), b);
    }
    for (uint32_t i = EG(class_table)->nNumUsed; i-- > m.classes;) {
        Bucket *b = EG(class_table)->arData + i;
        if (Z_TYPE(b->val) == IS_UNDEF) continue;
        zend_class_entry *ce = static_cast<zend_class_entry *>(Z_PTR(b->val));
        // Lookups by name cache the class on the (interned) name string, which outlives it.
        if (ZSTR_HAS_CE_CACHE(ce->name) && ZSTR_VALID_CE_CACHE(ce->name))
            ZSTR_SET_CE_CACHE(ce->name, nullptr);
        zval *method;
        ZEND_HASH_MAP_FOREACH_VAL(&ce->function_table, method) {
            forget_function_state(static_cast<zend_function *>(Z_PTR_P(method)));
        }
        ZEND_HASH_FOREACH_END();
        if (ce->default_static_members_count) zend_cleanup_internal_class_data(ce);
        if (ZEND_MAP_PTR(ce->mutable_data) && ZEND_MAP_PTR_GET_IMM(ce->mutable_data)) {
            zend_cleanup_mutable_class_data(ce);
        }
        zend_hash_del_bucket(EG(class_table), b);
    }
    return true;
}

void take_back_included(Marks &m) {
    std::vector<zend_string *> added;
    zend_string *key;
    ZEND_HASH_FOREACH_STR_KEY(&EG(included_files), key) {
        if (key && !m.included.count(key)) added.push_back(zend_string_copy(key));
    }
    ZEND_HASH_FOREACH_END();
    for (zend_string *k : added) {
        zend_hash_del(&EG(included_files), k);
        zend_string_release(k);
    }
}

// The script itself, at the global scope (its top-level variables are globals, as under
// php-fpm). Returns false after a fatal error (a bailout): the engine's state is not trusted.
// Where the VM stack stood before a call that a fatal error may leave by longjmp (which skips
// the frames' pops): put back after a bailout.
struct VmStackMark {
    zend_execute_data *caller = EG(current_execute_data);
    zend_vm_stack stack = EG(vm_stack);
    zval *top = EG(vm_stack_top);
    zval *end = EG(vm_stack_end);
    void restore() const {
        EG(current_execute_data) = caller;
        EG(vm_stack) = stack;
        EG(vm_stack_top) = top;
        EG(vm_stack_end) = end;
    }
};

bool execute(zend_string *script) {
    const VmStackMark vm;
    zend_execute_data *caller = vm.caller;
    volatile bool bailed = false;
    zend_op_array *volatile op = nullptr;
    zend_try {
        op = compile_filename(ZEND_REQUIRE, script);
        if (op) {
            zval rv;
            ZVAL_UNDEF(&rv);
            // No caller frame: zend_execute then runs it with the global symbol table.
            EG(current_execute_data) = nullptr;
            zend_execute(op, &rv);
            EG(current_execute_data) = caller;
            zval_ptr_dtor(&rv);
        }
    }
    zend_catch { bailed = true; }
    zend_end_try();
    if (op) {
        zend_destroy_static_vars(op);
        destroy_op_array(op);
        efree_size(op, sizeof(zend_op_array));
    }
    if (bailed) vm.restore();
    return !bailed;
}

// Calls fn through edges' invoke path under zend_try; false when a fatal error bailed out of it
// (the VM stack it left is put back, as execute() does).
bool call_guarded(zval *fn, zval *rv) {
    const VmStackMark vm;
    volatile bool bailed = false;
    zend_try { edges::php::call(fn, 0, nullptr, rv); }
    zend_catch { bailed = true; }
    zend_end_try();
    if (bailed) vm.restore();
    return !bailed;
}

// An exception the script let out: exit() ends the request; anything else is PHP's "Uncaught"
// fatal error (logged, and a 500 when nothing was sent), after the script's own handler.
void settle_exception() {
    if (!EG(exception)) return;
    if (zend_is_unwind_exit(EG(exception))) {
        zend_clear_exception();
        return;
    }
    if (Z_TYPE(EG(user_exception_handler)) != IS_UNDEF) zend_user_exception_handler();
    if (!EG(exception)) return;
    // PHP answers 500 itself only with display_errors off; a server answers it either way,
    // dropping what the script had buffered.
    if (!SG(headers_sent)) {
        while (php_output_get_level() > current->output_level) php_output_discard();
        SG(sapi_headers).http_response_code = 500;
    }
    zend_exception_error(EG(exception), E_ERROR);
}

void run_shutdown_functions() {
    if (!BG(user_shutdown_function_names)) return;
    php_call_shutdown_functions();
    settle_exception();
    php_free_shutdown_functions();
}

// A fatal error (memory exhausted, a redeclared function ...) unwinds the script as exit()
// does: PHP's last error tells them apart.
bool fatal_error_since(zend_string *before) {
    bool fatal = EG(exception) && zend_is_unwind_exit(EG(exception)) && PG(last_error_message) &&
                 PG(last_error_message) != before && (PG(last_error_type) & E_FATAL_ERRORS);
    if (before) zend_string_release(before);
    return fatal;
}

// The wall-clock limit of a script (--exec-timeout). PHP's own max_execution_time counts CPU
// time; this is an ITIMER_REAL whose SIGALRM does what PHP's timeout signal does (the script
// stops at its next instruction with PHP's "Maximum execution time" fatal error; a sleep or a
// blocking read is interrupted).
volatile sig_atomic_t exec_timed_out = 0;
struct sigaction saved_alarm_action;
zend_long saved_timeout_seconds = 0;

void on_exec_timeout(int) {
    exec_timed_out = 1;
    zend_atomic_bool_store_ex(&EG(timed_out), true);
    zend_atomic_bool_store_ex(&EG(vm_interrupt), true);
}

void arm_exec_timeout(double seconds) {
    exec_timed_out = 0;
    if (seconds <= 0) return;
    struct sigaction sa {};
    sa.sa_handler = on_exec_timeout;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGALRM, &sa, &saved_alarm_action);
    saved_timeout_seconds = EG(timeout_seconds);
    EG(timeout_seconds) = zend_long(seconds < 1 ? 1 : seconds);  // what PHP's message says
    struct itimerval t {};
    t.it_value.tv_sec = time_t(seconds);
    t.it_value.tv_usec = suseconds_t((seconds - double(time_t(seconds))) * 1e6);
    setitimer(ITIMER_REAL, &t, nullptr);
}

void disarm_exec_timeout(double seconds) {
    if (seconds <= 0) return;
    struct itimerval t {};
    setitimer(ITIMER_REAL, &t, nullptr);
    sigaction(SIGALRM, &saved_alarm_action, nullptr);
    EG(timeout_seconds) = saved_timeout_seconds;
}

// Runs fn; false when a fatal error bailed out of it.
bool without_bailout(void (*fn)()) {
    volatile bool bailed = false;
    zend_try { fn(); }
    zend_catch { bailed = true; }
    zend_end_try();
    return !bailed;
}

void end_output() {
    while (php_output_get_level() > current->output_level) php_output_end();
    if (!SG(headers_sent)) sapi_send_headers();
}

// What is still in the script's output buffers goes out, as at the end of a request.
void finish_response() {
    if (!without_bailout(end_output) || current->file_handed_over) return;
    zval last;
    if (current->out.s) {
        ZVAL_STR(&last, smart_str_extract(&current->out));
    } else {
        ZVAL_NULL(&last);
    }
    call_res("end", 1, &last);
    zval_ptr_dtor(&last);
    if (EG(exception)) zend_clear_exception();  // a closed connection refusing end() is not the script's
}

bool run(zend_string *script) {
    Marks m;
    mark(m);
    SavedSapi saved;
    enter_sapi(saved);
    int exit_status = EG(exit_status);

    make_superglobal("_GET");
    make_superglobal("_COOKIE");
    make_superglobal("_SERVER");
    zval_ptr_dtor(&PG(http_globals)[TRACK_VARS_FILES]);
    ZVAL_UNDEF(&PG(http_globals)[TRACK_VARS_FILES]);
    // A body given whole is read (and a form parsed) as a SAPI does at request start; one
    // given by a reader is not a form (the caller gives forms whole) and is left for
    // php://input to read while it arrives (PHP would read a POST's whole first).
    if (!current->reader && SG(request_info).request_method &&
        !strcmp(SG(request_info).request_method, "POST") && SG(request_info).content_type) {
        sapi_read_post_data();
    }
    make_superglobal("_POST");
    make_superglobal("_FILES");
    make_superglobal("_REQUEST");
    make_superglobal("_ENV");

    zend_string *last_error = PG(last_error_message) ? zend_string_copy(PG(last_error_message)) : nullptr;
    arm_exec_timeout(current->timeout);
    bool executed = execute(script);
    disarm_exec_timeout(current->timeout);
    bool healthy = !fatal_error_since(last_error) && executed;
    if (!healthy && EG(exception)) zend_clear_exception();
    if (healthy) {
        settle_exception();
        healthy = without_bailout(run_shutdown_functions);
    }
    if (!healthy) {
        // After a fatal error PHP calls no more functions: a 504 (over --exec-timeout) or a 500
        // when no byte of the response has gone out (what the script wrote and edges still
        // held is dropped), else the connection is cut after what was sent (the client sees a
        // short response). PHP then runs no more user code in this process: it ends with the
        // error's status once the loop has written this, and a cluster starts another.
        smart_str_free(&current->out);
        bool answered = exec_timed_out ? edges::php::http_response_send_prepared(current->res, 504, nullptr,
                                                                                 0, nullptr, 0, 0, {})
                                       : edges::php::http_response_fail(current->res);
        if (!answered) edges::php::http_response_abort(current->res);
        edges::php::request_exit(255);
    } else {
        finish_response();
    }
    EG(exit_status) = exit_status;
    if (BG(user_shutdown_function_names)) php_free_shutdown_functions();
    BG(user_shutdown_function_names) = m.shutdown_functions;
    bool clean = false;
    if (healthy) {
        take_back_settings(m);
        take_back_globals(m);
        take_back_included(m);
        clean = take_back_declarations(m);
    } else {
        zval_ptr_dtor(&m.error_handler);
        zval_ptr_dtor(&m.exception_handler);
    }
    leave_sapi(saved);
    return healthy && clean;
}

}  // namespace

ZEND_METHOD(Event_Serve, __construct) {}

ZEND_METHOD(Event_Serve, script) {
    zend_string *script;
    HashTable *server;
    zend_string *body = nullptr;
    zend_object *reader = nullptr;
    zend_object *res;
    double timeout = 0;
    ZEND_PARSE_PARAMETERS_START(4, 5)
        Z_PARAM_STR(script)
        Z_PARAM_ARRAY_HT(server)
        Z_PARAM_OBJ_OF_CLASS_OR_STR(reader, zend_ce_closure, body)
        Z_PARAM_OBJ_OF_CLASS(res, edges::php::edges_http_response_ce)
        Z_PARAM_OPTIONAL
        Z_PARAM_DOUBLE(timeout)
    ZEND_PARSE_PARAMETERS_END();
    if (timeout < 0 || timeout > 86400 * 365) {
        zend_argument_value_error(5, "must be between 0 (no limit) and a year of seconds");
        RETURN_THROWS();
    }
    if (current) {
        zend_throw_error(nullptr,
                         "Event\\Serve::script(): a script is running already (one at a time per process)");
        RETURN_THROWS();
    }
    zval *method = zend_hash_str_find(server, "REQUEST_METHOD", sizeof("REQUEST_METHOD") - 1);
    if (!method || Z_TYPE_P(method) != IS_STRING) {
        zend_argument_value_error(2, "must have a string REQUEST_METHOD");
        RETURN_THROWS();
    }
    GC_ADDREF(res);
    if (reader) GC_ADDREF(reader);
    Scope scope{res, server, body, reader, timeout};
    current = &scope;
    bool reusable = run(script);
    smart_str_free(&scope.out);
    current = nullptr;
    if (reader) OBJ_RELEASE(reader);
    OBJ_RELEASE(res);
    if (!reusable && !edges::php::aborting()) {
        edges::php::cluster_retire("a script left state that cannot be taken back (see the log)");
    }
    RETURN_BOOL(reusable);
}

// Event\Serve::limit(): the application modes' --exec-timeout (see the stub).
ZEND_METHOD(Event_Serve, limit) {
    zend_object *res;
    double seconds;
    zend_fcall_info fci;
    zend_fcall_info_cache fcc;
    ZEND_PARSE_PARAMETERS_START(3, 3)
        Z_PARAM_OBJ_OF_CLASS(res, edges::php::edges_http_response_ce)
        Z_PARAM_DOUBLE(seconds)
        Z_PARAM_FUNC(fci, fcc)
    ZEND_PARSE_PARAMETERS_END();
    if (!(seconds > 0) || seconds > 86400 * 365) {
        zend_argument_value_error(2, "must be more than 0 and at most a year of seconds");
        RETURN_THROWS();
    }
    if (current || limiting) {
        zend_throw_error(nullptr, "Event\\Serve::limit(): a limited call or a script is running already");
        RETURN_THROWS();
    }
    GC_ADDREF(res);
    limiting = true;
    zend_string *last_error = PG(last_error_message) ? zend_string_copy(PG(last_error_message)) : nullptr;
    zval rv;
    ZVAL_UNDEF(&rv);
    arm_exec_timeout(seconds);
    bool bailed = !call_guarded(&fci.function_name, &rv);
    disarm_exec_timeout(seconds);
    limiting = false;
    bool fatal = bailed || fatal_error_since(last_error);
    if (!fatal) {
        OBJ_RELEASE(res);
        if (Z_TYPE(rv) == IS_UNDEF) RETURN_THROWS();  // $fn threw: it goes on to the caller
        RETURN_COPY_VALUE(&rv);
    }
    // As for a classic script's fatal error: answered in C (PHP calls no more functions now).
    zval_ptr_dtor(&rv);
    if (EG(exception)) zend_clear_exception();
    bool answered = exec_timed_out
                        ? edges::php::http_response_send_prepared(res, 504, nullptr, 0, nullptr, 0, 0, {})
                        : edges::php::http_response_fail(res);
    if (!answered) edges::php::http_response_abort(res);
    OBJ_RELEASE(res);
    edges::php::request_exit(255);
    RETURN_NULL();
}

// Event\Serve::request(): the application modes' share of a request's PHP state (see the stub).
ZEND_METHOD(Event_Serve, request) {
    zend_fcall_info fci;
    zend_fcall_info_cache fcc;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_FUNC(fci, fcc)
    ZEND_PARSE_PARAMETERS_END();
    if (current || in_request) {
        zend_throw_error(nullptr, "Event\\Serve::request(): a request or a script is running already");
        RETURN_THROWS();
    }
    SavedHeaders saved;
    enter_headers(saved);
    in_request = true;
    edges::php::call(&fci.function_name, 0, nullptr, return_value);
    in_request = false;
    // The session is written with the exception $fn threw (if any) set aside, as PHP's request
    // shutdown would after reporting it.
    zend_exception_save();
    close_session();
    zend_hash_str_del(&EG(symbol_table), "_SESSION", sizeof("_SESSION") - 1);
    zend_exception_restore();
    leave_headers(saved);
    if (Z_ISUNDEF_P(return_value)) {
        if (EG(exception)) RETURN_THROWS();
        ZVAL_NULL(return_value);
    }
}

// Event\Serve::form(): PHP's own parsing of a form body for the application modes (which have
// no request scope): the same code as for $_POST and $_FILES, with uploads registered as such
// while the handler runs.
ZEND_METHOD(Event_Serve, form) {
    zend_string *type;
    zend_string *body;
    zend_fcall_info fci;
    zend_fcall_info_cache fcc;
    ZEND_PARSE_PARAMETERS_START(3, 3)
        Z_PARAM_STR(type)
        Z_PARAM_STR(body)
        Z_PARAM_FUNC(fci, fcc)
    ZEND_PARSE_PARAMETERS_END();
    if (current) {
        zend_throw_error(nullptr, "Event\\Serve::form(): not while a script runs");
        RETURN_THROWS();
    }
    Scope scope{nullptr, nullptr, body, nullptr, 0};
    current = &scope;
    sapi_request_info saved_request = SG(request_info);
    auto saved_read_post = sapi_module.read_post;
    int64_t saved_read_bytes = SG(read_post_bytes);
    bool saved_post_read = SG(post_read);
    HashTable *saved_uploads = SG(rfc1867_uploaded_files);
    zval saved_files, saved_post;
    ZVAL_COPY_VALUE(&saved_files, &PG(http_globals)[TRACK_VARS_FILES]);
    ZVAL_UNDEF(&PG(http_globals)[TRACK_VARS_FILES]);
    ZVAL_COPY_VALUE(&saved_post, &PG(http_globals)[TRACK_VARS_POST]);

    sapi_module.read_post = scope_read_post;
    SG(request_info).request_method = "POST";
    SG(request_info).content_type = ZSTR_VAL(type);
    SG(request_info).content_length = zend_long(ZSTR_LEN(body));
    SG(request_info).request_body = nullptr;
    SG(request_info).post_entry = nullptr;
    SG(request_info).content_type_dup = nullptr;
    SG(read_post_bytes) = 0;
    SG(post_read) = false;
    SG(rfc1867_uploaded_files) = nullptr;
    zval args[2];
    array_init(&args[0]);
    // As PHP's own treat_data: the array is $_POST's slot while it is filled (ext/filter
    // registers the values there, whatever array the handler was given).
    ZVAL_COPY_VALUE(&PG(http_globals)[TRACK_VARS_POST], &args[0]);
    sapi_read_post_data();
    sapi_handle_post(&args[0]);
    ZVAL_COPY_VALUE(&PG(http_globals)[TRACK_VARS_POST], &saved_post);
    if (Z_TYPE(PG(http_globals)[TRACK_VARS_FILES]) == IS_ARRAY) {
        ZVAL_COPY_VALUE(&args[1], &PG(http_globals)[TRACK_VARS_FILES]);
    } else {
        array_init(&args[1]);
    }
    ZVAL_COPY_VALUE(&PG(http_globals)[TRACK_VARS_FILES], &saved_files);
    if (SG(request_info).request_body) php_stream_close(SG(request_info).request_body);
    if (SG(request_info).content_type_dup) efree(SG(request_info).content_type_dup);
    SG(request_info) = saved_request;
    sapi_module.read_post = saved_read_post;
    SG(read_post_bytes) = saved_read_bytes;
    SG(post_read) = saved_post_read;
    current = nullptr;

    // The uploads stay registered while the handler runs; what it did not move goes after.
    HashTable *uploads = SG(rfc1867_uploaded_files);
    edges::php::call(&fci.function_name, 2, args, return_value);
    if (Z_ISUNDEF_P(return_value)) ZVAL_NULL(return_value);
    zval_ptr_dtor(&args[0]);
    zval_ptr_dtor(&args[1]);
    SG(rfc1867_uploaded_files) = uploads;
    if (uploads) destroy_uploaded_files_hash();
    SG(rfc1867_uploaded_files) = saved_uploads;
}

namespace edges::php {

void serve_minit() { register_class_Event_Serve(); }

}  // namespace edges::php
