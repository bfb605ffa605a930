// SPDX-License-Identifier: MIT
#include "process.h"

#include <errno.h>
#include <event2/event.h>
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>

#include "loop.h"
#include "valgrind.h"
#include "signal.h"

extern char **environ;

namespace edges {

namespace {

int open_pidfd(pid_t pid) {
    if (under_valgrind()) {  // the SIGCHLD fallback serves
        errno = ENOSYS;
        return -1;
    }
#ifdef SYS_pidfd_open
    int fd = int(syscall(SYS_pidfd_open, pid, 0));
    if (fd >= 0) fcntl(fd, F_SETFD, FD_CLOEXEC);
    return fd;
#else
    (void)pid;
    errno = ENOSYS;
    return -1;
#endif
}

// Children without a pidfd (kernels before 5.3), polled on each SIGCHLD.
thread_local std::vector<Process *> polled;
thread_local SignalWatcher *sigchld_watcher = nullptr;

void on_sigchld(SignalWatcher &w, int, void *) noexcept { poll_children(w.loop()); }

// Closes what spawn() opened when it fails.
struct Fds {
    int ours[3] = {-1, -1, -1};
    int theirs[3] = {-1, -1, -1};
    ~Fds() {
        for (int fd : ours)
            if (fd >= 0) ::close(fd);
        for (int fd : theirs)
            if (fd >= 0) ::close(fd);
    }
};

Error spawn_error(int err, const std::string &file) { return Error::from_errno(err, "spawn", file); }

}  // namespace

void poll_children(Loop &) noexcept {
    std::vector<Process *> now = polled;
    for (Process *p : now) p->reap();
}

Error Process::resolve(const std::string &file, const char *path, std::string *out) {
    if (file.empty()) return spawn_error(ENOENT, file);
    if (file.find('/') != std::string::npos) {
        // Checked here, not left to posix_spawn(): where it cannot share memory with the
        // child (valgrind makes it a fork), a failed exec only shows as exit status 127.
        struct stat st;
        if (::stat(file.c_str(), &st) != 0) return spawn_error(errno, file);
        if (S_ISDIR(st.st_mode) || ::access(file.c_str(), X_OK) != 0) return spawn_error(EACCES, file);
        *out = file;
        return Error{};
    }
    std::string dirs = path ? path : "/usr/local/bin:/usr/bin:/bin";
    bool denied = false;
    size_t start = 0;
    while (start <= dirs.size()) {
        size_t end = dirs.find(':', start);
        if (end == std::string::npos) end = dirs.size();
        std::string dir = dirs.substr(start, end - start);
        std::string candidate = (dir.empty() ? std::string(".") : dir) + "/" + file;
        struct stat st;
        if (::stat(candidate.c_str(), &st) == 0 && S_ISREG(st.st_mode)) {
            if (::access(candidate.c_str(), X_OK) == 0) {
                *out = candidate;
                return Error{};
            }
            denied = true;
        }
        start = end + 1;
    }
    return spawn_error(denied ? EACCES : ENOENT, file);
}

Error Process::spawn(const SpawnOptions &o, int pipes[3]) {
    for (int i = 0; i < 3; i++) pipes[i] = -1;
    if (pid_ >= 0 || disposed()) return Error{EINVAL, "spawn EINVAL: the process was started already"};

    // The environment and PATH the child will have.
    std::vector<char *> envp;
    const char *path = o.replace_env ? nullptr : getenv("PATH");
    bool own_env = o.replace_env || !o.env.empty();
    if (own_env) {
        for (const std::string &kv : o.env) {
            envp.push_back(const_cast<char *>(kv.c_str()));
            if (kv.compare(0, 5, "PATH=") == 0) path = kv.c_str() + 5;
        }
        if (!o.replace_env) {
            // Ours, but for the names the options set.
            for (char **e = environ; *e; e++) {
                const char *eq = strchr(*e, '=');
                size_t n = eq ? size_t(eq - *e) + 1 : strlen(*e);
                bool overridden = false;
                for (const std::string &kv : o.env) overridden |= kv.compare(0, n, *e, n) == 0;
                if (!overridden) envp.push_back(*e);
            }
        }
        envp.push_back(nullptr);
    }
    std::string exe;
    Error err = resolve(o.file, path, &exe);
    if (err) return err;
    if (!o.cwd.empty()) {
        // Checked here to say what is wrong: posix_spawn() would only say ENOENT.
        struct stat st;
        int e = ::stat(o.cwd.c_str(), &st) != 0 ? errno
                : !S_ISDIR(st.st_mode)          ? ENOTDIR
                : ::access(o.cwd.c_str(), X_OK) ? errno
                                                : 0;
        if (e) return Error::from_errno(e, "spawn", o.file + ": cwd " + o.cwd);
    }

    Fds fds;
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    for (int i = 0; i < 3; i++) {
        if (o.stdio[i] == SpawnOptions::Stdio::kPipe) {
            int sv[2];
            if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv) < 0) {
                int e = errno;
                posix_spawn_file_actions_destroy(&fa);
                return spawn_error(e, o.file);
            }
            fds.ours[i] = sv[0];
            fds.theirs[i] = sv[1];
            fcntl(sv[0], F_SETFL, fcntl(sv[0], F_GETFL) | O_NONBLOCK);  // ours only: theirs stays blocking
            posix_spawn_file_actions_adddup2(&fa, sv[1], i);            // the dup is not close-on-exec
        } else if (o.stdio[i] == SpawnOptions::Stdio::kIgnore) {
            posix_spawn_file_actions_addopen(&fa, i, "/dev/null", i == 0 ? O_RDONLY : O_WRONLY, 0);
        }
    }
    for (const auto &cf : o.fds) posix_spawn_file_actions_adddup2(&fa, cf.second, cf.first);
    posix_spawnattr_t attr;
    posix_spawnattr_init(&attr);
    sigset_t none, all;
    sigemptyset(&none);
    sigfillset(&all);
    sigdelset(&all, SIGKILL);
    sigdelset(&all, SIGSTOP);
    posix_spawnattr_setsigmask(&attr, &none);    // what the loop blocks, the child must not
    posix_spawnattr_setsigdefault(&attr, &all);  // nor ignore what we ignore (SIGPIPE)
    short flags = POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF;
    if (o.detached) flags |= POSIX_SPAWN_SETSID;
    posix_spawnattr_setflags(&attr, flags);
    if (!o.cwd.empty()) posix_spawn_file_actions_addchdir_np(&fa, o.cwd.c_str());

    std::vector<char *> argv;
    argv.push_back(const_cast<char *>(o.file.c_str()));
    for (const std::string &a : o.args) argv.push_back(const_cast<char *>(a.c_str()));
    argv.push_back(nullptr);
    pid_t pid;
    int rc = posix_spawn(&pid, exe.c_str(), &fa, &attr, argv.data(), own_env ? envp.data() : environ);
    posix_spawn_file_actions_destroy(&fa);
    posix_spawnattr_destroy(&attr);
    if (rc != 0) return spawn_error(rc, o.file);

    pid_ = pid;
    for (int i = 0; i < 3; i++) {
        pipes[i] = fds.ours[i];
        fds.ours[i] = -1;
    }
    pidfd_ = open_pidfd(pid);
    if (pidfd_ >= 0) {
        ev_ = event_new(loop().base(), pidfd_, EV_READ | EV_PERSIST, on_pidfd, this);
        event_add(ev_, nullptr);
    } else {
        polled.push_back(this);
        if (!sigchld_watcher) {
            sigchld_watcher = new SignalWatcher(loop(), on_sigchld, nullptr);
            sigchld_watcher->start(SIGCHLD);
        }
        // It may be gone already, before the watcher existed: look once from the loop (not
        // here: the owner is still setting up its pipes).
        loop().next_tick(Task{[](void *arg, bool cancelled) {
                                  if (!cancelled) poll_children(*static_cast<Loop *>(arg));
                              },
                              &loop()});
    }
    if (!exited_) set_active(true);
    return Error{};
}

bool Process::reap() {
    if (exited_ || pid_ < 0) return exited_;
    int status = 0;
    pid_t r;
    do {
        r = ::waitpid(pid_, &status, WNOHANG);
    } while (r < 0 && errno == EINTR);
    if (r == 0) return false;  // still running
    exited_ = true;
    if (ev_) {
        event_free(ev_);
        ev_ = nullptr;
    }
    if (pidfd_ >= 0) {
        ::close(pidfd_);
        pidfd_ = -1;
    }
    polled.erase(std::remove(polled.begin(), polled.end(), this), polled.end());
    if (polled.empty() && sigchld_watcher) {
        sigchld_watcher->dispose();
        sigchld_watcher = nullptr;
    }
    set_active(false);
    int code = -1, signo = -1;
    if (r > 0 && WIFEXITED(status)) {
        code = WEXITSTATUS(status);
    } else if (r > 0 && WIFSIGNALED(status)) {
        signo = WTERMSIG(status);
    }
    // r < 0: someone else reaped it (a waitpid(-1) in user code): we cannot know how it ended.
    if (handler_) handler_->on_exit(*this, code, signo);
    return true;
}

void Process::on_pidfd(int, short, void *arg) noexcept { static_cast<Process *>(arg)->reap(); }

Error Process::kill(int signo) {
    if (pid_ < 0 || exited_) return Error::from_errno(ESRCH, "kill");
    if (::kill(pid_, signo) < 0) return Error::from_errno(errno, "kill");
    return Error{};
}

Process::~Process() {
    if (ev_) event_free(ev_);
    if (pidfd_ >= 0) ::close(pidfd_);
}

void Process::on_dispose() {
    // Only at request shutdown does the owner go before its child: the process is ending
    // too, and init reaps what it leaves.
    handler_ = nullptr;
    polled.erase(std::remove(polled.begin(), polled.end(), this), polled.end());
}

}  // namespace edges
