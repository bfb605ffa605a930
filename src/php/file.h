// SPDX-License-Identifier: MIT
#pragma once

extern "C" {
#include "php.h"
}

namespace edges::fs {
struct FsError;
}

namespace edges::php {

extern zend_class_entry *edges_file_ce;
extern zend_class_entry *edges_file_exception_ce;

// An Event\FileException for a failed file system call: the errno name as its code,
// node's message, and syscall, path and errno as properties.
void make_file_exception(zval *out, const edges::fs::FsError &error);

// File::createReadStream() and createWriteStream() (file_stream.cc): the new stream in
// return_value, or PHP's error for a bad option. `opts` may be null.
void file_create_read_stream(zval *return_value, zend_string *path, HashTable *opts);
void file_create_write_stream(zval *return_value, zend_string *path, HashTable *opts);

// File::watch() (file_watcher.cc): the new Event\File\Watcher in return_value, or a
// FileException thrown.
void file_watch(zval *return_value, zend_string *path, bool recursive, bool persistent, zval *listener);

void file_minit();
void file_watcher_minit();
void file_stream_minit();
// Before the request's objects go: waits for the calls running on the pool, drops the rest.
void file_rshutdown();

}  // namespace edges::php
