// SPDX-License-Identifier: MIT
#include "ops.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <new>

#include "../core/error.h"
#include "../core/loop.h"

namespace edges::fs {

namespace {

FsError fail(const char *syscall, const std::string &path, const std::string &dest = {}) {
    return FsError{errno, syscall, path, dest};
}

void fill(const struct stat &s, Stat *out) {
    out->dev = s.st_dev;
    out->ino = s.st_ino;
    out->nlink = s.st_nlink;
    out->uid = s.st_uid;
    out->gid = s.st_gid;
    out->rdev = s.st_rdev;
    out->size = uint64_t(s.st_size);
    out->blksize = uint64_t(s.st_blksize);
    out->blocks = uint64_t(s.st_blocks);
    out->mode = s.st_mode;
    out->atime = double(s.st_atim.tv_sec) + double(s.st_atim.tv_nsec) / 1e9;
    out->mtime = double(s.st_mtim.tv_sec) + double(s.st_mtim.tv_nsec) / 1e9;
    out->ctime = double(s.st_ctim.tv_sec) + double(s.st_ctim.tv_nsec) / 1e9;
    out->is_file = S_ISREG(s.st_mode);
    out->is_dir = S_ISDIR(s.st_mode);
    out->is_symlink = S_ISLNK(s.st_mode);
}

// Writes all of data (a short write is not a failure of its own).
bool write_all(int fd, const char *p, size_t n, int64_t position) {
    while (n > 0) {
        ssize_t w = position >= 0 ? ::pwrite(fd, p, n, off_t(position)) : ::write(fd, p, n);
        if (w < 0) {
            if (errno == EINTR) continue;
            return false;
        }
        p += w;
        n -= size_t(w);
        if (position >= 0) position += w;
    }
    return true;
}

FsError read_file(const std::string &path, std::string *out) {
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return fail("open", path);
    struct stat s;
    if (::fstat(fd, &s) == 0 && S_ISREG(s.st_mode) && s.st_size > 0) out->reserve(size_t(s.st_size));
    char buf[65536];
    for (;;) {
        // Straight into the string when its size is known: one copy less for big files.
        size_t room = out->capacity() - out->size();
        ssize_t n;
        if (room >= sizeof(buf)) {
            size_t old = out->size();
            out->resize(old + room);
            n = ::read(fd, &(*out)[old], room);
            out->resize(old + (n > 0 ? size_t(n) : 0));
        } else {
            n = ::read(fd, buf, sizeof(buf));
            if (n > 0) out->append(buf, size_t(n));
        }
        if (n == 0) break;
        if (n < 0) {
            if (errno == EINTR) continue;
            FsError e = fail("read", path);
            ::close(fd);
            return e;
        }
    }
    ::close(fd);
    return FsError{};
}

FsError write_file(const std::string &path, const char *data, size_t len, int flags, int mode) {
    int fd = ::open(path.c_str(), flags | O_CLOEXEC, mode);
    if (fd < 0) return fail("open", path);
    if (!write_all(fd, data, len, -1)) {
        FsError e = fail("write", path);
        ::close(fd);
        return e;
    }
    if (::close(fd) < 0) return fail("close", path);
    return FsError{};
}

FsError mkdir_p(const std::string &path, int mode) {
    if (::mkdir(path.c_str(), mode_t(mode)) == 0) return FsError{};
    if (errno == EEXIST) {
        struct stat s;
        if (::stat(path.c_str(), &s) == 0 && S_ISDIR(s.st_mode)) return FsError{};
        errno = EEXIST;
        return fail("mkdir", path);
    }
    if (errno != ENOENT) return fail("mkdir", path);
    size_t slash = path.find_last_of('/');
    if (slash == std::string::npos || slash == 0) return fail("mkdir", path);
    FsError e = mkdir_p(path.substr(0, slash), mode);
    if (e) return e;
    if (::mkdir(path.c_str(), mode_t(mode)) == 0 || errno == EEXIST) return FsError{};
    return fail("mkdir", path);
}

FsError remove_tree(const std::string &path) {
    struct stat s;
    if (::lstat(path.c_str(), &s) != 0) return fail("rm", path);
    if (!S_ISDIR(s.st_mode)) {
        if (::unlink(path.c_str()) != 0) return fail("rm", path);
        return FsError{};
    }
    DIR *d = opendir(path.c_str());
    if (!d) return fail("rm", path);
    FsError err;
    while (dirent *e = readdir(d)) {
        if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, "..")) continue;
        err = remove_tree(path + "/" + e->d_name);
        if (err) break;
    }
    closedir(d);
    if (err) return err;
    if (::rmdir(path.c_str()) != 0) return fail("rm", path);
    return FsError{};
}

FsError copy_file(const std::string &from, const std::string &to, bool exclusive) {
    int in = ::open(from.c_str(), O_RDONLY | O_CLOEXEC);
    if (in < 0) return fail("copyfile", from, to);
    struct stat s;
    if (::fstat(in, &s) != 0 || S_ISDIR(s.st_mode)) {
        if (S_ISDIR(s.st_mode)) errno = EISDIR;
        FsError e = fail("copyfile", from, to);
        ::close(in);
        return e;
    }
    int out =
        ::open(to.c_str(), O_WRONLY | O_CREAT | O_CLOEXEC | (exclusive ? O_EXCL : O_TRUNC), s.st_mode & 0777);
    if (out < 0) {
        FsError e = fail("copyfile", from, to);
        ::close(in);
        return e;
    }
    FsError err;
    // In the kernel (no copy through user space), falling back to read/write across file systems.
    for (;;) {
        ssize_t n = ::copy_file_range(in, nullptr, out, nullptr, 1 << 30, 0);
        if (n == 0) break;
        if (n > 0) continue;
        if (errno == EINTR) continue;
        if (errno != EXDEV && errno != ENOSYS && errno != EINVAL && errno != EOPNOTSUPP) {
            err = fail("copyfile", from, to);
            break;
        }
        char buf[65536];
        ssize_t r;
        while ((r = ::read(in, buf, sizeof(buf))) > 0 || (r < 0 && errno == EINTR)) {
            if (r > 0 && !write_all(out, buf, size_t(r), -1)) {
                err = fail("copyfile", from, to);
                break;
            }
        }
        if (r < 0 && !err) err = fail("copyfile", from, to);
        break;
    }
    ::close(in);
    if (::close(out) < 0 && !err) err = fail("copyfile", from, to);
    return err;
}

}  // namespace

std::string FsError::message() const {
    std::string m = errno_name(code);
    m += ": ";
    m += strerror(code);
    m += ", ";
    m += syscall;
    if (!path.empty()) m += " '" + path + "'";
    if (!dest.empty()) m += " -> '" + dest + "'";
    return m;
}

FsError stat_path(const std::string &path, bool follow, Stat *out) {
    struct stat s;
    if ((follow ? ::stat(path.c_str(), &s) : ::lstat(path.c_str(), &s)) != 0)
        return fail(follow ? "stat" : "lstat", path);
    fill(s, out);
    return FsError{};
}

int parse_flags(const std::string &f) {
    if (f == "r") return O_RDONLY;
    if (f == "r+") return O_RDWR;
    if (f == "w") return O_WRONLY | O_CREAT | O_TRUNC;
    if (f == "wx" || f == "xw") return O_WRONLY | O_CREAT | O_EXCL;
    if (f == "w+") return O_RDWR | O_CREAT | O_TRUNC;
    if (f == "wx+" || f == "xw+") return O_RDWR | O_CREAT | O_EXCL;
    if (f == "a") return O_WRONLY | O_CREAT | O_APPEND;
    if (f == "ax" || f == "xa") return O_WRONLY | O_CREAT | O_APPEND | O_EXCL;
    if (f == "a+") return O_RDWR | O_CREAT | O_APPEND;
    if (f == "ax+" || f == "xa+") return O_RDWR | O_CREAT | O_APPEND | O_EXCL;
    return -1;
}

void execute(Op &op) {
    switch (op.kind) {
        case OpKind::kNone:
            break;
        case OpKind::kReadFile:
            op.error = read_file(op.path, &op.bytes);
            break;
        case OpKind::kWriteFile:
            op.error = write_file(op.path, op.wdata(), op.wlen(),
                                  op.flags ? op.flags : O_WRONLY | O_CREAT | O_TRUNC, op.mode);
            break;
        case OpKind::kAppendFile:
            op.error = write_file(op.path, op.wdata(), op.wlen(), O_WRONLY | O_CREAT | O_APPEND, op.mode);
            break;
        case OpKind::kStat:
        case OpKind::kLstat:
            op.error = stat_path(op.path, op.kind == OpKind::kStat, &op.st);
            break;
        case OpKind::kUnlink:
            if (::unlink(op.path.c_str()) != 0) op.error = fail("unlink", op.path);
            break;
        case OpKind::kRename:
            if (::rename(op.path.c_str(), op.path2.c_str()) != 0)
                op.error = fail("rename", op.path, op.path2);
            break;
        case OpKind::kMkdir:
            if (op.recursive) {
                op.error = mkdir_p(op.path, op.mode);
            } else if (::mkdir(op.path.c_str(), mode_t(op.mode)) != 0) {
                op.error = fail("mkdir", op.path);
            }
            break;
        case OpKind::kRm: {
            struct stat s;
            if (::lstat(op.path.c_str(), &s) != 0) {
                if (!(op.force && errno == ENOENT)) op.error = fail("rm", op.path);
            } else if (S_ISDIR(s.st_mode) && !op.recursive) {
                errno = EISDIR;  // as node's fs.rm says of a directory without recursive
                op.error = fail("rm", op.path);
            } else {
                op.error = remove_tree(op.path);
            }
            break;
        }
        case OpKind::kReaddir: {
            DIR *d = opendir(op.path.c_str());
            if (!d) {
                op.error = fail("scandir", op.path);
                break;
            }
            while (dirent *e = readdir(d)) {
                if (strcmp(e->d_name, ".") && strcmp(e->d_name, "..")) op.names.emplace_back(e->d_name);
            }
            closedir(d);
            std::sort(op.names.begin(), op.names.end());
            break;
        }
        case OpKind::kRealpath: {
            char *r = ::realpath(op.path.c_str(), nullptr);
            if (!r) {
                op.error = fail("realpath", op.path);
                break;
            }
            op.bytes = r;
            free(r);
            break;
        }
        case OpKind::kCopyFile:
            op.error = copy_file(op.path, op.path2, op.exclusive);
            break;
        case OpKind::kTruncate:
            if (::truncate(op.path.c_str(), off_t(op.length)) != 0) op.error = fail("truncate", op.path);
            break;
        case OpKind::kOpen:
            op.result_fd = ::open(op.path.c_str(), op.flags | O_CLOEXEC, op.mode);
            if (op.result_fd < 0) op.error = fail("open", op.path);
            break;
        case OpKind::kRead: {
            char *buf = op.into;
            if (!buf) {
                op.bytes.resize(op.length);
                buf = &op.bytes[0];
            }
            ssize_t n;
            do {
                n = op.position >= 0 ? ::pread(op.fd, buf, op.length, off_t(op.position))
                                     : ::read(op.fd, buf, op.length);
            } while (n < 0 && errno == EINTR);
            if (n < 0) {
                op.error = fail("read", op.path);
                n = 0;
            }
            op.count = n;
            if (!op.into) op.bytes.resize(size_t(n));
            break;
        }
        case OpKind::kWrite:
            if (!write_all(op.fd, op.wdata(), op.wlen(), op.position)) {
                op.error = fail("write", op.path);
            } else {
                op.count = int64_t(op.wlen());
            }
            break;
        case OpKind::kFstat: {
            struct stat s;
            if (::fstat(op.fd, &s) != 0) {
                op.error = fail("fstat", op.path);
            } else {
                fill(s, &op.st);
            }
            break;
        }
        case OpKind::kSync:
            if (::fsync(op.fd) != 0) op.error = fail("fsync", op.path);
            break;
        case OpKind::kClose:
            if (::close(op.fd) != 0) op.error = fail("close", op.path);
            break;
    }
}

void Op::run() {
    ran = true;
    try {
        execute(*this);
    } catch (const std::bad_alloc &) {  // a buffer too big for this machine
        bytes.clear();
        bytes.shrink_to_fit();
        error = FsError{ENOMEM, kind == OpKind::kReadFile ? "read" : "alloc", path, {}};
    }
}

void Op::done(bool cancelled) {
    if (on_done) on_done(*this, cancelled);
    if (cancelled && kind == OpKind::kOpen && result_fd >= 0) ::close(result_fd);  // nobody will
    delete this;
}

void submit(Loop &loop, Op *op) { loop.pool().submit(op); }

}  // namespace edges::fs
