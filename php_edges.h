/* SPDX-License-Identifier: MIT */
#ifndef PHP_EDGES_H
#define PHP_EDGES_H

#define PHP_EDGES_VERSION "0.1.0"

extern zend_module_entry edges_module_entry;
#define phpext_edges_ptr &edges_module_entry

ZEND_BEGIN_MODULE_GLOBALS(edges)
    void *loop;              /* edges::Loop *, created on first use, freed after objects are freed */
    bool bailout_pending;    /* a fatal error escaped a callback: re-raise once the loop has unwound */
    bool exit_pending;       /* exit() ran in a callback: end the process once the loop has unwound */
    bool autorun_disabled;   /* the script ran or stopped the loop itself, exited, or failed */
    bool in_autorun;
    bool shutting_down;      /* request shutdown: the loop's references are being dropped, no callbacks */
    double grace;            /* edges.grace: seconds a graceful stop may take before exit status 1 */
    char *pidfile;           /* edges.pidfile: written at request start, removed at its end */
    zend_long max_requests;  /* edges.max_requests: a cluster worker asks to be replaced after that many */
    zend_long max_memory;    /* edges.max_memory: ... or once its memory (MiB, after a GC run) passes it */
ZEND_END_MODULE_GLOBALS(edges)

ZEND_EXTERN_MODULE_GLOBALS(edges)
#define EDGES_G(v) ZEND_MODULE_GLOBALS_ACCESSOR(edges, v)

#if defined(ZTS) && defined(COMPILE_DL_EDGES)
ZEND_TSRMLS_CACHE_EXTERN()
#endif

#endif
