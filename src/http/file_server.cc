// SPDX-License-Identifier: MIT
#include "file_server.h"

#include <errno.h>
#include <fcntl.h>
#include <linux/openat2.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#include "../core/text.h"
#include "../core/valgrind.h"
#include "encoding.h"
#include "mime.h"
#include "parser.h"

namespace edges::http {

namespace {

constexpr std::string_view kTextPlain = "text/plain; charset=utf-8";

int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// How a request path maps into the root.
enum class PathResult { kOk, kBadRequest, kForbidden, kHidden };

// Decodes the path of a request target (or, when !url, takes a file path as it is: no query,
// no percent-decoding) into a relative path of clean segments: no "..", no ".", no empty
// segment, no byte that could change how the file system reads it.
PathResult resolve_path(std::string_view target, FileServerOptions::Dotfiles dotfiles, std::string *rel,
                        bool *trailing_slash, bool url = true) {
    size_t end = url ? target.find_first_of("?#") : std::string_view::npos;
    if (end != std::string_view::npos) target = target.substr(0, end);
    if (target.empty() || target[0] != '/') return PathResult::kBadRequest;
    *trailing_slash = target.back() == '/';
    rel->clear();
    std::string segment;
    bool hidden = false;
    auto finish_segment = [&]() -> PathResult {
        if (segment.empty() || segment == ".") {
            segment.clear();
            return PathResult::kOk;
        }
        if (segment == "..") return PathResult::kForbidden;
        if (segment[0] == '.') {
            if (dotfiles == FileServerOptions::Dotfiles::kDeny) return PathResult::kForbidden;
            if (dotfiles == FileServerOptions::Dotfiles::kIgnore) hidden = true;
        }
        if (!rel->empty()) rel->push_back('/');
        rel->append(segment);
        segment.clear();
        return PathResult::kOk;
    };
    for (size_t i = 1; i <= target.size(); i++) {
        if (i == target.size() || target[i] == '/') {
            PathResult r = finish_segment();
            if (r != PathResult::kOk) return r;
            continue;
        }
        char c = target[i];
        if (c == '%' && url) {
            if (i + 2 >= target.size()) return PathResult::kBadRequest;  // fewer than two hex digits follow
            int hi = hex_value(target[i + 1]), lo = hex_value(target[i + 2]);
            if (hi < 0 || lo < 0) return PathResult::kBadRequest;
            c = char(hi * 16 + lo);
            i += 2;
            // An encoded separator would let a segment hold a path: refused, as nginx does.
            if (c == '/' || c == '\\' || c == '\0') return PathResult::kForbidden;
        } else if (c == '\\' || c == '\0') {
            return PathResult::kForbidden;
        }
        segment.push_back(c);
    }
    return hidden ? PathResult::kHidden : PathResult::kOk;
}

std::string etag_of(const struct stat &st, const char *suffix) {
    char buf[64];
    snprintf(buf, sizeof(buf), "\"%llx-%llx%s\"", (unsigned long long)st.st_mtim.tv_sec,
             (unsigned long long)st.st_size, suffix);
    return buf;
}

bool is_text(std::string_view type) { return is_text_type(type); }

}  // namespace

// ---- dates, ranges, entity tags

std::string format_http_date(int64_t t) {
    time_t tt = time_t(t);
    tm g;
    gmtime_r(&tt, &g);
    char buf[40];
    size_t n = strftime(buf, sizeof(buf), "%a, %d %b %Y %H:%M:%S GMT", &g);
    return std::string(buf, n);
}

int64_t parse_http_date(std::string_view s) {
    std::string str(trim_ows(s));
    static const char *const kFormats[] = {
        "%a, %d %b %Y %H:%M:%S GMT",  // IMF-fixdate
        "%A, %d-%b-%y %H:%M:%S GMT",  // RFC 850
        "%a %b %e %H:%M:%S %Y",       // asctime
    };
    for (const char *f : kFormats) {
        tm t{};
        const char *end = strptime(str.c_str(), f, &t);
        if (end && *end == '\0') return int64_t(timegm(&t));
    }
    return -1;
}

ByteRange parse_range(std::string_view header, uint64_t size) {
    ByteRange r;
    header = trim_ows(header);
    if (header.size() < 6 || !equals_ci(header.substr(0, 6), "bytes=")) return r;
    std::string_view spec = trim_ows(header.substr(6));
    if (spec.find(',') != std::string_view::npos) return r;  // several ranges: the whole file
    size_t dash = spec.find('-');
    if (dash == std::string_view::npos) return r;
    auto number = [](std::string_view s, uint64_t *out) {
        s = trim_ows(s);
        if (s.empty() || s.size() > 19) return false;
        uint64_t v = 0;
        for (char c : s) {
            if (c < '0' || c > '9') return false;
            v = v * 10 + uint64_t(c - '0');
        }
        *out = v;
        return true;
    };
    std::string_view a = spec.substr(0, dash), b = spec.substr(dash + 1);
    uint64_t first, last;
    if (trim_ows(a).empty()) {
        // "-N": the last N bytes.
        uint64_t n;
        if (!number(b, &n)) return r;
        if (n == 0 || size == 0) {
            r.result = ByteRange::Result::kUnsatisfiable;
            return r;
        }
        first = n >= size ? 0 : size - n;
        last = size - 1;
    } else {
        if (!number(a, &first)) return r;
        if (trim_ows(b).empty()) {
            last = size ? size - 1 : 0;
        } else {
            if (!number(b, &last)) return r;
            if (last < first) return r;  // invalid: ignored
        }
        if (first >= size) {
            r.result = ByteRange::Result::kUnsatisfiable;
            return r;
        }
        if (last >= size) last = size - 1;
    }
    r.result = ByteRange::Result::kRange;
    r.first = first;
    r.last = last;
    return r;
}

bool etag_matches(std::string_view list, std::string_view etag) {
    auto opaque = [](std::string_view t) {
        t = trim_ows(t);
        if (t.size() >= 2 && t[0] == 'W' && t[1] == '/') t.remove_prefix(2);
        return t;
    };
    std::string_view mine = opaque(etag);
    if (trim_ows(list) == "*") return true;
    size_t start = 0;
    for (size_t i = 0; i <= list.size(); i++) {
        if (i != list.size() && list[i] != ',') continue;
        if (opaque(list.substr(start, i - start)) == mine) return true;
        start = i + 1;
    }
    return false;
}

// ---- the server

FileServer::FileServer(FileServerOptions options, const MimeTypes &mime)
    : options_(std::move(options)), mime_(mime), have_openat2_(!under_valgrind()) {}

FileServer::~FileServer() {
    if (root_fd_ >= 0) ::close(root_fd_);
}

Error FileServer::open() {
    root_fd_ = ::open(options_.root.c_str(), O_PATH | O_DIRECTORY | O_CLOEXEC);
    if (root_fd_ < 0) return Error::from_errno(errno, "open", options_.root);
    char *real = realpath(options_.root.c_str(), nullptr);
    if (!real) return Error::from_errno(errno, "realpath", options_.root);
    root_real_ = real;
    free(real);
    return Error{};
}

int FileServer::open_beneath(const std::string &rel) {
    const char *path = rel.empty() ? "." : rel.c_str();
    constexpr int kFlags = O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK;  // O_NONBLOCK: a FIFO never blocks
    if (have_openat2_) {
        open_how how{};
        how.flags = kFlags;
        how.resolve = RESOLVE_BENEATH | RESOLVE_NO_MAGICLINKS;
        long fd = syscall(SYS_openat2, root_fd_, path, &how, sizeof(how));
        if (fd >= 0) return int(fd);
        if (errno == ENOSYS) {
            have_openat2_ = false;  // an old kernel (or valgrind): resolve, then check where it went
        } else if (errno != EXDEV) {
            return -errno;
        }
        // EXDEV: a link leads out of the root, or is absolute (RESOLVE_BENEATH refuses those even
        // when they point back inside): resolved as usual below, served only if it lands inside.
    }
    int fd = ::openat(root_fd_, path, kFlags);
    if (fd < 0) return -errno;
    char link[64], target[4096];
    snprintf(link, sizeof(link), "/proc/self/fd/%d", fd);
    ssize_t n = readlink(link, target, sizeof(target) - 1);
    if (n < 0) {
        ::close(fd);
        return -EACCES;
    }
    std::string_view real(target, size_t(n));
    bool inside = real == root_real_ ||
                  (real.size() > root_real_.size() && real.substr(0, root_real_.size()) == root_real_ &&
                   (root_real_ == "/" || real[root_real_.size()] == '/'));
    if (!inside) {
        ::close(fd);
        return -EXDEV;
    }
    return fd;
}

namespace {

// The cached representation for an open descriptor: `old` itself (the new descriptor closed)
// when the file is the same one, unchanged; else a new entry that owns `fd`.
std::shared_ptr<CachedFile> reuse_or_make(int fd, const struct stat &st, const char *suffix,
                                          const std::shared_ptr<CachedFile> &old) {
    if (old && old->dev == st.st_dev && old->ino == st.st_ino && uint64_t(st.st_size) == old->size &&
        old->mtime_s == st.st_mtim.tv_sec && old->mtime_ns == st.st_mtim.tv_nsec) {
        ::close(fd);
        return old;
    }
    auto f = std::make_shared<CachedFile>();
    f->file = std::make_shared<SharedFile>(fd);
    f->size = uint64_t(st.st_size);
    f->dev = st.st_dev;
    f->ino = st.st_ino;
    f->mtime_s = st.st_mtim.tv_sec;
    f->mtime_ns = st.st_mtim.tv_nsec;
    f->etag = etag_of(st, suffix);
    return f;
}

}  // namespace

std::shared_ptr<CachedFile> FileServer::open_representation(const std::string &rel, const char *suffix,
                                                            const std::shared_ptr<CachedFile> &old) {
    int fd = open_beneath(rel);
    if (fd < 0) return nullptr;
    struct stat st;
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        return nullptr;
    }
    return reuse_or_make(fd, st, suffix, old);
}

std::shared_ptr<FileEntry> FileServer::load(const std::string &rel, const FileEntry *old) {
    auto e = std::make_shared<FileEntry>();
    int fd = open_beneath(rel);
    if (fd < 0) {
        e->kind = fd == -EXDEV || fd == -EACCES || fd == -ELOOP || fd == -EPERM ? FileEntry::Kind::kForbidden
                                                                                : FileEntry::Kind::kMissing;
        return e;
    }
    struct stat st;
    if (fstat(fd, &st) != 0) {
        ::close(fd);
        return e;
    }
    if (S_ISDIR(st.st_mode)) {
        ::close(fd);
        e->kind = FileEntry::Kind::kDirectory;
        return e;
    }
    if (!S_ISREG(st.st_mode)) {
        ::close(fd);  // devices, FIFOs, sockets: never served
        e->kind = FileEntry::Kind::kForbidden;
        return e;
    }
    e->kind = FileEntry::Kind::kFile;
    static const std::shared_ptr<CachedFile> kNone;
    e->plain = reuse_or_make(fd, st, "", old ? old->plain : kNone);
    std::string_view type = mime_.lookup(rel);
    e->content_type = std::string(type);
    if (is_text(type)) e->content_type += "; charset=utf-8";
    e->last_modified = format_http_date(st.st_mtim.tv_sec);
    if (options_.precompressed) {
        e->brotli = open_representation(rel + ".br", "-br", old ? old->brotli : kNone);
        e->gzip = open_representation(rel + ".gz", "-gz", old ? old->gzip : kNone);
    }
    return e;
}

std::shared_ptr<const FileEntry> FileServer::lookup(const std::string &rel, uint64_t now_us) {
    uint64_t valid_us = options_.cache_valid_ms * 1000;
    if (options_.cache_max == 0) {
        auto e = load(rel, nullptr);
        e->checked_us = now_us;
        return e;
    }
    auto it = cache_.find(rel);
    if (it != cache_.end() && now_us - it->second->checked_us < valid_us) return it->second;
    auto e = load(rel, it != cache_.end() ? it->second.get() : nullptr);
    e->checked_us = now_us;
    if (it != cache_.end()) {
        it->second = e;
        return e;
    }
    if (cache_.size() >= options_.cache_max) {
        // Full: the stale entries go; when none is, an arbitrary one (the hash's first).
        for (auto i = cache_.begin(); i != cache_.end();) {
            if (now_us - i->second->checked_us >= valid_us) {
                i = cache_.erase(i);
            } else {
                ++i;
            }
        }
        if (cache_.size() >= options_.cache_max) cache_.erase(cache_.begin());
    }
    cache_.emplace(rel, e);
    return e;
}

void FileServer::answer(const RequestHead &req, uint64_t now_us, FileAnswer *out, std::string_view path) {
    out->mine = false;
    bool get = req.method == HTTP_GET, head = req.method == HTTP_HEAD;
    auto status = [&](int code, std::string_view text) {
        out->mine = true;
        out->status = code;
        out->body = text;
        out->add("Content-Type", kTextPlain);
    };
    if (!get && !head) {
        if (options_.fallthrough) return;
        status(405, "Method Not Allowed\n");
        out->add("Allow", "GET, HEAD");
        return;
    }
    std::string rel;
    bool slash = false;
    bool named = !path.empty();
    std::string named_path;
    if (named && path[0] != '/') {
        named_path.reserve(path.size() + 1);
        named_path.push_back('/');
        named_path.append(path);
        path = named_path;
    }
    switch (resolve_path(named ? path : req.url(), options_.dotfiles, &rel, &slash, !named)) {
        case PathResult::kBadRequest:
            status(400, "Bad Request\n");
            return;
        case PathResult::kForbidden:
            status(403, "Forbidden\n");
            return;
        case PathResult::kHidden:
            if (!options_.fallthrough) status(404, "Not Found\n");
            return;
        case PathResult::kOk:
            break;
    }
    std::shared_ptr<const FileEntry> e = lookup(rel, now_us);
    if (e->kind == FileEntry::Kind::kDirectory) {
        if (!slash && !named) {  // a named directory has no URL to redirect to: its index
            if (!options_.redirect) {
                if (!options_.fallthrough) status(404, "Not Found\n");
                return;
            }
            std::string_view target = req.url();
            size_t q = target.find('?');
            std::string &location = out->scratch[1];
            location.assign(target.substr(0, q));
            location += '/';
            if (q != std::string_view::npos) location.append(target.substr(q));
            status(301, "Moved Permanently\n");
            out->add("Location", location);
            return;
        }
        std::shared_ptr<const FileEntry> found;
        for (const std::string &index : options_.index) {
            std::shared_ptr<const FileEntry> i = lookup(rel.empty() ? index : rel + "/" + index, now_us);
            if (i->kind == FileEntry::Kind::kFile) {
                found = i;
                break;
            }
        }
        if (!found) {
            if (!options_.fallthrough) status(404, "Not Found\n");
            return;
        }
        e = found;
    } else if (e->kind == FileEntry::Kind::kForbidden) {
        status(403, "Forbidden\n");
        return;
    } else if (e->kind == FileEntry::Kind::kMissing || slash) {
        if (!options_.fallthrough) status(404, "Not Found\n");
        return;
    }

    // A file: which representation, then conditionals and range.
    out->mine = true;
    out->entry = e;
    const CachedFile *rep = e->plain.get();
    std::string_view coding;
    bool varies = e->brotli || e->gzip;
    if (varies) {
        std::string_view accept;
        if (req.find("accept-encoding", &accept)) {
            Coding c = negotiate_coding(accept, bool(e->brotli), bool(e->gzip));
            if (c == Coding::kBrotli) {
                rep = e->brotli.get();
                coding = "br";
            } else if (c == Coding::kGzip) {
                rep = e->gzip.get();
                coding = "gzip";
            }
        }
    }
    std::string &cache_control = out->scratch[2];
    cache_control = "public, max-age=" + std::to_string(options_.max_age_s);
    auto common = [&]() {
        if (options_.etag) out->add("ETag", rep->etag);
        if (options_.last_modified) out->add("Last-Modified", e->last_modified);
        out->add("Cache-Control", cache_control);
        if (varies) out->add("Vary", "Accept-Encoding");
    };
    std::string_view v;
    bool not_modified = false;
    if (options_.etag && req.find("if-none-match", &v)) {
        not_modified = etag_matches(v, rep->etag);
    } else if (options_.last_modified && req.find("if-modified-since", &v)) {
        int64_t since = parse_http_date(v);
        not_modified = since >= 0 && rep->mtime_s <= since;
    }
    if (not_modified) {
        out->status = 304;
        common();
        return;
    }
    out->add("Content-Type", e->content_type);
    out->add("Accept-Ranges", "bytes");
    if (!coding.empty()) out->add("Content-Encoding", coding);
    common();
    out->file = std::shared_ptr<const CachedFile>(e, rep);
    out->offset = 0;
    out->length = rep->size;
    out->status = 200;
    if (!get || !req.find("range", &v)) return;
    std::string_view if_range;
    if (req.find("if-range", &if_range)) {
        if_range = trim_ows(if_range);
        bool fresh = if_range.size() >= 1 && (if_range[0] == '"' || if_range.substr(0, 2) == "W/")
                         ? if_range == rep->etag  // strong comparison: a weak tag never matches
                         : parse_http_date(if_range) == rep->mtime_s;
        if (!fresh) return;
    }
    ByteRange r = parse_range(v, rep->size);
    if (r.result == ByteRange::Result::kNone) return;
    std::string &content_range = out->scratch[0];
    if (r.result == ByteRange::Result::kUnsatisfiable) {
        out->file.reset();
        out->length = 0;
        out->status = 416;
        out->body = "Range Not Satisfiable\n";
        content_range = "bytes */" + std::to_string(rep->size);
        out->add("Content-Range", content_range);
        // The Content-Type above names the file: the body is text.
        for (size_t i = 0; i < out->header_count; i++)
            if (out->headers[i].name == "Content-Type") out->headers[i].value = kTextPlain;
        return;
    }
    out->status = 206;
    out->offset = r.first;
    out->length = r.last - r.first + 1;
    content_range =
        "bytes " + std::to_string(r.first) + "-" + std::to_string(r.last) + "/" + std::to_string(rep->size);
    out->add("Content-Range", content_range);
}

}  // namespace edges::http
