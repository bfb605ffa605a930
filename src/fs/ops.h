// SPDX-License-Identifier: MIT
#pragma once

#include <sys/types.h>

#include <cstdint>
#include <string>
#include <vector>

#include "../core/threadpool.h"

namespace edges {
class Loop;
}

namespace edges::fs {

struct Stat {
    uint64_t dev = 0, ino = 0, nlink = 0, uid = 0, gid = 0, rdev = 0, size = 0, blksize = 0, blocks = 0;
    uint32_t mode = 0;
    double atime = 0, mtime = 0, ctime = 0;  // seconds, with nanoseconds as fraction
    bool is_file = false, is_dir = false, is_symlink = false;
};

// A failed call, as node reports it: "ENOENT: No such file or directory, open '/srv/x'".
struct FsError {
    int code = 0;  // errno
    const char *syscall = "";
    std::string path;
    std::string dest;  // rename's, copyFile's target

    explicit operator bool() const { return code != 0; }
    std::string message() const;
};

enum class OpKind {
    kNone,  // nothing to do: delivers `error` (set beforehand) from the loop
    kReadFile,
    kWriteFile,
    kAppendFile,
    kStat,
    kLstat,
    kUnlink,
    kRename,
    kMkdir,
    kRm,
    kReaddir,
    kRealpath,
    kCopyFile,
    kTruncate,
    kOpen,
    kRead,
    kWrite,
    kFstat,
    kSync,
    kClose,
};

// One file system call (or a few: readFile opens, reads and closes) run on the loop's
// thread pool, its outcome reported on the loop's thread. Never touches the loop or PHP
// while on the pool.
struct Op final : public Work {
    using Done = void (*)(Op &op, bool cancelled);

    OpKind kind;
    // Arguments
    std::string path, path2;    // path2: rename's and copyFile's target
    std::string data;           // what writeFile, appendFile and write() write, unless:
    const char *ext = nullptr;  // bytes the submitter keeps alive and unchanged until done
    size_t ext_len = 0;
    int64_t position = -1;   // read()/write(): -1 for the file's own position
    size_t length = 0;       // read(): how much; truncate(): the new size
    char *into = nullptr;    // read(): a buffer of `length` bytes the submitter keeps, else `bytes`
    int flags = 0;           // open(): O_* flags
    int mode = 0666;         // open() with O_CREAT, mkdir()
    bool recursive = false;  // mkdir(), rm()
    bool force = false;      // rm(): a missing path is no error
    bool exclusive = false;  // copyFile(): fail when the target exists
    int fd = -1;             // handle operations
    // Results
    FsError error;
    std::string bytes;               // readFile, read, realpath
    Stat st;                         // stat, lstat, fstat
    std::vector<std::string> names;  // readdir
    int64_t count = 0;               // write: bytes written; read into `into`: bytes read
    int result_fd = -1;              // open
    bool ran = false;                // run() happened (a cancelled op may not have run)
    // Done: on the loop's thread; the op is deleted after it returns.
    Done on_done = nullptr;
    void *user = nullptr;

    explicit Op(OpKind k) : kind(k) {}
    const char *wdata() const { return ext ? ext : data.data(); }
    size_t wlen() const { return ext ? ext_len : data.size(); }
    void run() override;
    void done(bool cancelled) override;
};

// Submits an op to the loop's pool; on_done comes from the loop, never inside this call.
void submit(Loop &loop, Op *op);

// fopen-style flags ("r", "r+", "w", "wx", "w+", "a", "ax", "a+") as O_* flags; -1 when
// they are none of those.
int parse_flags(const std::string &flags);

// The calls themselves (what run() does), for tests and for code already on a pool thread.
void execute(Op &op);
FsError stat_path(const std::string &path, bool follow, Stat *out);

}  // namespace edges::fs
