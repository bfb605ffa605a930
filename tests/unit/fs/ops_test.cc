// SPDX-License-Identifier: MIT
#include "fs/ops.h"

#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <string>
#include <thread>
#include <vector>

#include "core/loop.h"
#include "core/threadpool.h"

namespace edges::fs {
namespace {

class TempDir {
public:
    TempDir() {
        char tmpl[] = "/tmp/edges-ops-XXXXXX";
        path_ = mkdtemp(tmpl);
    }
    ~TempDir() { std::system(("rm -rf " + path_).c_str()); }
    std::string operator/(const std::string &name) const { return path_ + "/" + name; }
    const std::string &path() const { return path_; }

private:
    std::string path_;
};

Op run(OpKind kind, const std::string &path, const std::string &path2 = {}) {
    Op op(kind);
    op.path = path;
    op.path2 = path2;
    execute(op);
    return op;
}

TEST(FsOps, ParsesNodeFlags) {
    EXPECT_EQ(parse_flags("r"), O_RDONLY);
    EXPECT_EQ(parse_flags("w"), O_WRONLY | O_CREAT | O_TRUNC);
    EXPECT_EQ(parse_flags("wx"), O_WRONLY | O_CREAT | O_EXCL);
    EXPECT_EQ(parse_flags("a+"), O_RDWR | O_CREAT | O_APPEND);
    EXPECT_EQ(parse_flags("rw"), -1);
    EXPECT_EQ(parse_flags(""), -1);
}

TEST(FsOps, WritesReadsAndReportsErrorsAsNodeDoes) {
    TempDir d;
    Op w(OpKind::kWriteFile);
    w.path = d / "f";
    w.data = "hello";
    execute(w);
    EXPECT_FALSE(w.error);
    Op r = run(OpKind::kReadFile, d / "f");
    EXPECT_EQ(r.bytes, "hello");
    Op missing = run(OpKind::kReadFile, d / "none");
    EXPECT_EQ(missing.error.code, ENOENT);
    EXPECT_EQ(missing.error.message(), "ENOENT: No such file or directory, open '" + d / "none" + "'");
    EXPECT_EQ(run(OpKind::kReadFile, d.path()).error.code, EISDIR);
    EXPECT_EQ(run(OpKind::kReadFile, d / "f/x").error.code, ENOTDIR);
    Op ren = run(OpKind::kRename, d / "none", d / "other");
    EXPECT_EQ(ren.error.message(),
              "ENOENT: No such file or directory, rename '" + d / "none" + "' -> '" + d / "other" + "'");
}

TEST(FsOps, ReadsAFileBiggerThanOneBuffer) {
    TempDir d;
    std::string big(300000, 'x');
    for (size_t i = 0; i < big.size(); i++) big[i] = char('a' + i % 26);
    Op w(OpKind::kWriteFile);
    w.path = d / "big";
    w.ext = big.data();  // written from the caller's bytes, no copy
    w.ext_len = big.size();
    execute(w);
    ASSERT_FALSE(w.error);
    EXPECT_EQ(run(OpKind::kReadFile, d / "big").bytes, big);
}

TEST(FsOps, MakesAndRemovesTrees) {
    TempDir d;
    Op m(OpKind::kMkdir);
    m.path = d / "a/b/c";
    m.mode = 0777;
    execute(m);
    EXPECT_EQ(m.error.code, ENOENT);
    m.error = {};
    m.recursive = true;
    execute(m);
    EXPECT_FALSE(m.error);
    execute(m);  // again: no error, as mkdir -p
    EXPECT_FALSE(m.error);
    Op rm(OpKind::kRm);
    rm.path = d / "a";
    execute(rm);
    EXPECT_EQ(rm.error.code, EISDIR);
    rm.error = {};
    rm.recursive = true;
    execute(rm);
    EXPECT_FALSE(rm.error);
    struct stat st;
    EXPECT_NE(stat((d / "a").c_str(), &st), 0);
    rm.error = {};
    execute(rm);
    EXPECT_EQ(rm.error.code, ENOENT);
    rm.error = {};
    rm.force = true;
    execute(rm);
    EXPECT_FALSE(rm.error);
}

TEST(FsOps, ReaddirIsSortedWithoutDots) {
    TempDir d;
    for (const char *n : {"c", "a", "b"}) close(open((d / n).c_str(), O_CREAT | O_WRONLY, 0644));
    Op r = run(OpKind::kReaddir, d.path());
    EXPECT_EQ(r.names, (std::vector<std::string>{"a", "b", "c"}));
}

TEST(FsOps, CopiesExclusivelyWhenAsked) {
    TempDir d;
    Op w(OpKind::kWriteFile);
    w.path = d / "src";
    w.data = "data";
    execute(w);
    Op c = run(OpKind::kCopyFile, d / "src", d / "dst");
    EXPECT_FALSE(c.error);
    EXPECT_EQ(run(OpKind::kReadFile, d / "dst").bytes, "data");
    Op x(OpKind::kCopyFile);
    x.path = d / "src";
    x.path2 = d / "dst";
    x.exclusive = true;
    execute(x);
    EXPECT_EQ(x.error.code, EEXIST);
}

TEST(FsOps, ReadsIntoTheCallersBuffer) {
    TempDir d;
    Op w(OpKind::kWriteFile);
    w.path = d / "f";
    w.data = "0123456789";
    execute(w);
    int fd = open((d / "f").c_str(), O_RDONLY);
    char buf[4];
    Op r(OpKind::kRead);
    r.fd = fd;
    r.into = buf;
    r.length = sizeof(buf);
    r.position = 3;
    execute(r);
    EXPECT_EQ(r.count, 4);
    EXPECT_EQ(std::string(buf, 4), "3456");
    close(fd);
}

// Work that records where it ran.
struct Probe : Work {
    std::atomic<int> *ran;
    std::thread::id loop_thread, run_thread, done_thread;
    bool cancelled = false;
    int *done_count;
    void run() override {
        run_thread = std::this_thread::get_id();
        (*ran)++;
    }
    void done(bool c) override {
        cancelled = c;
        done_thread = std::this_thread::get_id();
        (*done_count)++;
    }
};

TEST(ThreadPool, RunsWorkOffTheLoopAndDeliversOnIt) {
    Loop loop;
    std::atomic<int> ran{0};
    int done = 0;
    std::vector<std::unique_ptr<Probe>> probes;
    for (int i = 0; i < 50; i++) {
        probes.emplace_back(new Probe);
        probes.back()->ran = &ran;
        probes.back()->done_count = &done;
        loop.pool().submit(probes.back().get());
    }
    EXPECT_TRUE(loop.alive());  // work in flight keeps it running
    loop.run();
    EXPECT_EQ(done, 50);
    for (auto &p : probes) {
        EXPECT_NE(p->run_thread, std::this_thread::get_id());
        EXPECT_EQ(p->done_thread, std::this_thread::get_id());
        EXPECT_FALSE(p->cancelled);
    }
    EXPECT_EQ(loop.pool().size(), ThreadPool::configured_size());
}

TEST(ThreadPool, CancelAllWaitsAndCancels) {
    Loop loop;
    std::atomic<int> ran{0};
    int done = 0;
    std::vector<std::unique_ptr<Probe>> probes;
    for (int i = 0; i < 20; i++) {
        probes.emplace_back(new Probe);
        probes.back()->ran = &ran;
        probes.back()->done_count = &done;
        loop.pool().submit(probes.back().get());
    }
    loop.pool().cancel_all();
    EXPECT_EQ(done, 20);
    for (auto &p : probes) EXPECT_TRUE(p->cancelled);
    EXPECT_FALSE(loop.alive());
}

TEST(ThreadPool, SizeFromTheEnvironment) {
    setenv("EDGES_THREADPOOL_SIZE", "7", 1);
    EXPECT_EQ(ThreadPool::configured_size(), 7u);
    setenv("EDGES_THREADPOOL_SIZE", "0", 1);
    EXPECT_EQ(ThreadPool::configured_size(), 1u);
    setenv("EDGES_THREADPOOL_SIZE", "100000", 1);
    EXPECT_EQ(ThreadPool::configured_size(), 128u);
    unsetenv("EDGES_THREADPOOL_SIZE");
    EXPECT_EQ(ThreadPool::configured_size(), 4u);
}

TEST(FsSubmit, AnOpComesBackOnTheLoop) {
    Loop loop;
    TempDir d;
    auto *op = new Op(OpKind::kStat);
    op->path = d.path();
    static bool was_dir;
    static int calls;
    calls = 0;
    op->on_done = [](Op &o, bool cancelled) {
        was_dir = !cancelled && o.st.is_dir;
        calls++;
    };
    submit(loop, op);
    EXPECT_EQ(calls, 0);  // never inside submit
    loop.run();
    EXPECT_EQ(calls, 1);
    EXPECT_TRUE(was_dir);
}

}  // namespace
}  // namespace edges::fs
