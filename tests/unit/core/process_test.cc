// SPDX-License-Identifier: MIT
#include "core/process.h"

#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <string>

#include "core/exec.h"
#include "core/loop.h"

namespace edges {
namespace {

struct Exit : ProcessHandler {
    int code = -2, signo = -2, calls = 0;
    void on_exit(Process &, int c, int s) override {
        code = c;
        signo = s;
        calls++;
    }
};

struct Done : ExecHandler {
    ExecResult result;
    int calls = 0;
    void on_done(Exec &, ExecResult &r) override {
        result = r;
        calls++;
    }
};

TEST(Process, ResolvesInPathAsExecvpDoes) {
    std::string out;
    EXPECT_FALSE(Process::resolve("sh", "/nonexistent:/bin", &out));
    EXPECT_EQ(out, "/bin/sh");
    EXPECT_EQ(Process::resolve("no-such-program-edges", "/bin:/usr/bin", &out).code, ENOENT);
    EXPECT_FALSE(Process::resolve("/bin/sh", "/nonexistent", &out));  // a path: not searched
    EXPECT_EQ(out, "/bin/sh");
    EXPECT_EQ(Process::resolve("./no/such/program", "/bin", &out).code, ENOENT);
    char plain[] = "/tmp/edges-unit-XXXXXX";  // a file that is not executable
    int fd = mkstemp(plain);
    ASSERT_GE(fd, 0);
    ::close(fd);
    EXPECT_EQ(Process::resolve(plain, "/bin", &out).code, EACCES);
    ::unlink(plain);
}

TEST(Process, SpawnsReapsFromTheLoopAndReportsTheExitCode) {
    Loop loop;
    Exit exit;
    auto *p = new Process(loop, &exit);
    SpawnOptions o;
    o.file = "sh";
    o.args = {"-c", "exit 5"};
    o.stdio[0] = o.stdio[1] = o.stdio[2] = SpawnOptions::Stdio::kIgnore;
    int pipes[3];
    ASSERT_FALSE(p->spawn(o, pipes));
    EXPECT_EQ(pipes[0], -1);
    EXPECT_TRUE(loop.alive());  // a running child keeps the loop alive
    loop.run();
    EXPECT_EQ(exit.calls, 1);
    EXPECT_EQ(exit.code, 5);
    EXPECT_EQ(exit.signo, -1);
    EXPECT_TRUE(p->exited());
    EXPECT_EQ(::waitpid(p->pid(), nullptr, WNOHANG), -1);  // reaped: no zombie left
    p->dispose();
}

TEST(Process, ASignalEndsItAndAMissingProgramFailsToSpawn) {
    Loop loop;
    Exit exit;
    auto *p = new Process(loop, &exit);
    SpawnOptions o;
    o.file = "sleep";
    o.args = {"30"};
    o.stdio[0] = o.stdio[1] = o.stdio[2] = SpawnOptions::Stdio::kIgnore;
    int pipes[3];
    ASSERT_FALSE(p->spawn(o, pipes));
    EXPECT_FALSE(p->kill(SIGKILL));
    loop.run();
    EXPECT_EQ(exit.signo, SIGKILL);
    EXPECT_EQ(exit.code, -1);
    EXPECT_EQ(p->kill(SIGTERM).code, ESRCH);
    p->dispose();

    auto *q = new Process(loop, &exit);
    o.file = "/no/such/program";
    EXPECT_EQ(q->spawn(o, pipes).code, ENOENT);
    EXPECT_FALSE(q->active());
    q->dispose();
}

TEST(Exec, CollectsOutputAndReportsFromTheLoop) {
    Loop loop;
    Done done;
    ExecOptions o;
    o.spawn.file = "sh";
    o.spawn.args = {"-c", "cat; echo err >&2; exit 2"};
    o.input = "from stdin";
    Exec::start(loop, o, &done);
    EXPECT_EQ(done.calls, 0);
    loop.run();
    ASSERT_EQ(done.calls, 1);
    EXPECT_EQ(done.result.out, "from stdin");
    EXPECT_EQ(done.result.err, "err\n");
    EXPECT_EQ(done.result.code, 2);
    EXPECT_EQ(done.result.failure, ExecResult::Failure::kExitCode);
}

TEST(Exec, MaxBufferKillsTheChildAndASpawnFailureIsReportedLater) {
    Loop loop;
    Done done;
    ExecOptions o;
    o.spawn.file = "yes";
    o.max_buffer = 1000;
    Exec::start(loop, o, &done);
    loop.run();
    EXPECT_EQ(done.result.failure, ExecResult::Failure::kMaxBuffer);
    EXPECT_EQ(done.result.out.size(), 1000u);
    EXPECT_TRUE(done.result.killed);
    EXPECT_EQ(done.result.signo, SIGTERM);

    Done missing;
    o.spawn.file = "no-such-program-edges";
    Exec::start(loop, o, &missing);
    EXPECT_EQ(missing.calls, 0);  // not inside start()
    loop.run();
    EXPECT_EQ(missing.result.failure, ExecResult::Failure::kSpawn);
    EXPECT_EQ(missing.result.error.code, ENOENT);
}

}  // namespace
}  // namespace edges
