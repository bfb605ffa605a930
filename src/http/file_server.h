// SPDX-License-Identifier: MIT
#pragma once

#include <sys/types.h>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "../core/error.h"
#include "../core/shared_file.h"
#include "response.h"

namespace edges::http {

class RequestHead;
class MimeTypes;

struct FileServerOptions {
    std::string root;
    std::vector<std::string> index{"index.html"};  // tried in order for a directory
    bool etag = true;
    bool last_modified = true;
    bool precompressed = true;  // serve "x.br" / "x.gz" next to "x" when the client takes them
    bool fallthrough = true;    // a missing file or another method: not ours (else 404 / 405)
    bool redirect = true;       // "/dir" -> 301 "/dir/"
    enum class Dotfiles { kIgnore, kAllow, kDeny } dotfiles = Dotfiles::kIgnore;
    int64_t max_age_s = 0;           // Cache-Control: public, max-age=N
    uint64_t cache_valid_ms = 1000;  // how long a descriptor and its stat are used without a look
    size_t cache_max = 1024;         // entries in the open-file cache; 0: no cache
};

// One representation of a file (the file itself, or its .br/.gz sibling), open.
struct CachedFile {
    SharedFilePtr file;
    uint64_t size = 0;
    dev_t dev = 0;
    ino_t ino = 0;
    int64_t mtime_s = 0;
    long mtime_ns = 0;
    std::string etag;  // strong: "<mtime hex>-<size hex>[-br|-gz]"
};

// What a path resolved to, kept in the open-file cache (nginx's open_file_cache).
struct FileEntry {
    enum class Kind { kFile, kDirectory, kMissing, kForbidden };
    Kind kind = Kind::kMissing;
    std::shared_ptr<CachedFile> plain, brotli, gzip;
    std::string last_modified;  // HTTP date of the file's mtime
    std::string content_type;
    uint64_t checked_us = 0;  // loop time of the last look at the disk
};

// How to answer a request. Header values point into `entry` and `scratch`: keep the answer
// where it is until the response is sent.
struct FileAnswer {
    bool mine = false;  // false: not the server's to answer (the application goes on)
    int status = 200;
    static constexpr size_t kMaxHeaders = 12;
    HeaderView headers[kMaxHeaders];
    size_t header_count = 0;
    std::shared_ptr<const CachedFile> file;  // the body, for 200 and 206
    uint64_t offset = 0, length = 0;
    std::string_view body;  // else this (an error's text, a redirect's)
    std::shared_ptr<const FileEntry> entry;
    std::string scratch[3];  // Content-Range, Location, Cache-Control values

    void add(std::string_view name, std::string_view value) {
        if (header_count < kMaxHeaders) headers[header_count++] = {name, value};
    }
};

// Static files under a root, as nginx serves them: GET and HEAD, ETag and Last-Modified with
// 304s, one byte range (206, 416), an index file for directories, precompressed siblings
// chosen by Accept-Encoding, and an open-file cache. Nothing outside the root is ever read:
// "..", encoded slashes or backslashes and NUL bytes in the path are refused with 403, and
// the file is opened with openat2(RESOLVE_BENEATH), so a symbolic link that leads out of the
// root is refused (403) too; links inside the root are followed.
class FileServer {
public:
    FileServer(FileServerOptions options, const MimeTypes &mime);
    ~FileServer();
    FileServer(const FileServer &) = delete;
    FileServer &operator=(const FileServer &) = delete;

    // Opens the root; an error when it is not a readable directory.
    Error open();

    // Decides the answer to a request (now_us: the loop's clock, for the cache). Opens and
    // stats the file on a cache miss (the metadata calls nginx makes too; the bytes go by
    // sendfile). With `path` (a file path below the root, taken as it is: not percent-decoded,
    // no query; the leading '/' optional), that file answers instead of the request's path
    // (X-Sendfile); the request still decides the method, conditionals and range.
    void answer(const RequestHead &req, uint64_t now_us, FileAnswer *out, std::string_view path = {});

    // For tests and the bench: entries cached now.
    size_t cached() const { return cache_.size(); }
    const FileServerOptions &options() const { return options_; }

private:
    std::shared_ptr<const FileEntry> lookup(const std::string &rel, uint64_t now_us);
    std::shared_ptr<FileEntry> load(const std::string &rel, const FileEntry *old);
    // Opens rel beneath the root: a descriptor, or -errno (-EXDEV: it leads outside).
    int open_beneath(const std::string &rel);
    std::shared_ptr<CachedFile> open_representation(const std::string &rel, const char *suffix,
                                                    const std::shared_ptr<CachedFile> &old);

    FileServerOptions options_;
    const MimeTypes &mime_;
    int root_fd_ = -1;
    std::string root_real_;  // the root's real path (for kernels without openat2)
    bool have_openat2_ = true;
    std::unordered_map<std::string, std::shared_ptr<FileEntry>> cache_;
};

// Parses an HTTP date (IMF-fixdate, RFC 850 or asctime); -1 when it is none.
int64_t parse_http_date(std::string_view s);
// IMF-fixdate of a Unix time.
std::string format_http_date(int64_t t);

// A single byte range of a representation of `size` bytes (RFC 9110 14.1.2).
struct ByteRange {
    enum class Result { kNone, kRange, kUnsatisfiable } result = Result::kNone;
    uint64_t first = 0, last = 0;  // included
};
// kNone for what is not one valid bytes range (several ranges, bad syntax): the whole
// representation is sent.
ByteRange parse_range(std::string_view header, uint64_t size);

// If-None-Match against an entity tag (weak comparison, "*" matches any).
bool etag_matches(std::string_view if_none_match, std::string_view etag);

}  // namespace edges::http
