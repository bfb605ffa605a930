dnl SPDX-License-Identifier: MIT
PHP_ARG_ENABLE([edges],
  [whether to enable edges],
  [AS_HELP_STRING([--enable-edges], [Enable edges: node-style event loop, sockets and HTTP for PHP])],
  [no])

PHP_ARG_ENABLE([edges-dev],
  [whether to build edges with -Werror],
  [AS_HELP_STRING([--enable-edges-dev], [edges: treat warnings as errors (CI)])],
  [no], [no])

PHP_ARG_ENABLE([edges-asan],
  [whether to build edges with AddressSanitizer],
  [AS_HELP_STRING([--enable-edges-asan], [edges: build with -fsanitize=address,undefined])],
  [no], [no])

if test "$PHP_EDGES" != "no"; then
  PHP_REQUIRE_CXX()
  PHP_CXX_COMPILE_STDCXX(17, mandatory, PHP_EDGES_STDCXX)

  PKG_CHECK_MODULES([LIBEVENT], [libevent_core >= 2.1 libevent_extra >= 2.1])
  PKG_CHECK_MODULES([ZLIB], [zlib])
  PKG_CHECK_MODULES([BROTLIENC], [libbrotlienc libbrotlidec])
  PKG_CHECK_MODULES([OPENSSL], [openssl >= 3.0])
  PHP_EVAL_INCLINE($OPENSSL_CFLAGS)
  PHP_EVAL_LIBLINE($OPENSSL_LIBS, EDGES_SHARED_LIBADD)
  PHP_EVAL_INCLINE($BROTLIENC_CFLAGS)
  PHP_EVAL_LIBLINE($BROTLIENC_LIBS, EDGES_SHARED_LIBADD)
  PHP_EVAL_INCLINE($ZLIB_CFLAGS)
  PHP_EVAL_LIBLINE($ZLIB_LIBS, EDGES_SHARED_LIBADD)
  PHP_EVAL_INCLINE($LIBEVENT_CFLAGS)
  PHP_EVAL_LIBLINE($LIBEVENT_LIBS, EDGES_SHARED_LIBADD)
  dnl The file system's thread pool (src/core/threadpool.cc).
  EDGES_SHARED_LIBADD="$EDGES_SHARED_LIBADD -lpthread"

  EDGES_COMMON_FLAGS="-Wall -Wextra -DZEND_ENABLE_STATIC_TSRMLS_CACHE=1"
  if test "$PHP_EDGES_DEV" != "no"; then
    EDGES_COMMON_FLAGS="$EDGES_COMMON_FLAGS -Werror"
  fi
  if test "$PHP_EDGES_ASAN" != "no"; then
    EDGES_COMMON_FLAGS="$EDGES_COMMON_FLAGS -fsanitize=address,undefined -fno-omit-frame-pointer"
    EDGES_SHARED_LIBADD="$EDGES_SHARED_LIBADD -fsanitize=address,undefined"
  fi
  dnl PHP's headers trip -Wextra's unused-parameter in C++ (ZEND_METHOD's return_value and friends).
  EDGES_CXX_FLAGS="$EDGES_COMMON_FLAGS $PHP_EDGES_STDCXX -Wno-unused-parameter -Wno-missing-field-initializers"

  EDGES_CORE_SOURCES="src/core/handle.cc src/core/loop.cc src/core/timer.cc src/core/error.cc src/core/address.cc \
    src/core/stream.cc src/core/listener.cc src/core/datagram.cc src/core/signal.cc src/core/process.cc src/core/fd_watcher.cc src/core/dns.cc \
    src/core/exec.cc src/core/notify.cc src/core/versions.cc src/core/threadpool.cc src/core/tls.cc src/fs/ops.cc src/fs/watcher.cc src/cluster/channel.cc src/cluster/worker.cc \
    src/cluster/primary.cc src/http/parser.cc src/http/response.cc src/http/server.cc \
    src/http/mime.cc src/http/encoding.cc src/http/file_server.cc src/http/compressor.cc \
    src/http/url.cc src/http/response_parser.cc src/http/decompressor.cc src/http/client.cc \
    src/websocket/frame.cc src/websocket/utf8.cc src/websocket/deflate.cc src/websocket/session.cc"
  EDGES_PHP_SOURCES="src/php/module.cc src/php/invoke.cc src/php/callback.cc src/php/errors.cc \
    src/php/emitter.cc src/php/loop.cc src/php/timer.cc src/php/functions.cc src/php/address.cc src/php/endpoint.cc \
    src/php/readable.cc src/php/socket.cc src/php/socket_server.cc src/php/datagram.cc src/php/http_server.cc src/php/http_request.cc src/php/http_headers.cc src/php/http_client.cc src/php/promise.cc src/php/watcher.cc src/php/dns.cc \
    src/php/http_response.cc src/php/websocket.cc src/php/websocket_server.cc src/php/signal.cc \
    src/php/process.cc src/php/lifecycle.cc src/php/cluster.cc src/php/file.cc \
    src/php/file_stream.cc src/php/file_watcher.cc src/php/pipe.cc src/php/http_file_server.cc src/php/options.cc src/php/tls.cc \
    src/php/pg_api.cc src/php/pg_result.cc src/php/postgres.cc src/php/postgres_conn.cc src/php/postgres_tx.cc src/php/serve.cc"

  dnl llhttp (node's parser): Debian's node-llhttp ships its C sources, compiled into the module.
  AC_MSG_CHECKING([for llhttp sources])
  LLHTTP_SRC=""
  for d in /usr/share/llhttp /usr/local/share/llhttp; do
    if test -f "$d/llhttp.c"; then LLHTTP_SRC=$d; break; fi
  done
  LLHTTP_INC=""
  for d in /usr/share/include/llhttp /usr/include/llhttp /usr/local/include; do
    if test -f "$d/llhttp.h"; then LLHTTP_INC=$d; break; fi
  done
  if test -z "$LLHTTP_SRC" || test -z "$LLHTTP_INC"; then
    AC_MSG_ERROR([llhttp not found: apt-get install node-llhttp])
  fi
  AC_MSG_RESULT([$LLHTTP_SRC])
  PHP_ADD_INCLUDE($LLHTTP_INC)
  EDGES_LLHTTP_FLAGS="-I$LLHTTP_SRC -I$LLHTTP_INC -w"

  PHP_NEW_EXTENSION(edges, [src/http/llhttp_llhttp.c src/http/llhttp_api.c src/http/llhttp_http.c], $ext_shared,, $EDGES_LLHTTP_FLAGS, cxx)
  PHP_ADD_SOURCES_X(PHP_EXT_DIR(edges), $EDGES_CORE_SOURCES $EDGES_PHP_SOURCES, $EDGES_CXX_FLAGS, shared_objects_edges, yes)
  PHP_ADD_BUILD_DIR($ext_builddir/src/core, 1)
  PHP_ADD_BUILD_DIR($ext_builddir/src/fs, 1)
  PHP_ADD_BUILD_DIR($ext_builddir/src/cluster, 1)
  PHP_ADD_BUILD_DIR($ext_builddir/src/php, 1)
  PHP_ADD_INCLUDE($ext_srcdir/src/php)
  PHP_SUBST(EDGES_SHARED_LIBADD)
  PHP_ADD_MAKEFILE_FRAGMENT
fi
