// SPDX-License-Identifier: MIT
#include "signal.h"

#include <errno.h>
#include <event2/event.h>
#include <signal.h>
#include <string.h>

#include <algorithm>
#include <cstdlib>

#include "loop.h"

namespace edges {

namespace {

struct SignalName {
    int signo;
    const char *name;
};

// The signals of signal(7) on Linux; SIGIOT, SIGCLD and SIGPOLL are aliases.
constexpr SignalName kSignals[] = {
    {SIGHUP, "SIGHUP"},   {SIGINT, "SIGINT"},       {SIGQUIT, "SIGQUIT"}, {SIGILL, "SIGILL"},
    {SIGTRAP, "SIGTRAP"}, {SIGABRT, "SIGABRT"},     {SIGBUS, "SIGBUS"},   {SIGFPE, "SIGFPE"},
    {SIGKILL, "SIGKILL"}, {SIGUSR1, "SIGUSR1"},     {SIGSEGV, "SIGSEGV"}, {SIGUSR2, "SIGUSR2"},
    {SIGPIPE, "SIGPIPE"}, {SIGALRM, "SIGALRM"},     {SIGTERM, "SIGTERM"}, {SIGSTKFLT, "SIGSTKFLT"},
    {SIGCHLD, "SIGCHLD"}, {SIGCONT, "SIGCONT"},     {SIGSTOP, "SIGSTOP"}, {SIGTSTP, "SIGTSTP"},
    {SIGTTIN, "SIGTTIN"}, {SIGTTOU, "SIGTTOU"},     {SIGURG, "SIGURG"},   {SIGXCPU, "SIGXCPU"},
    {SIGXFSZ, "SIGXFSZ"}, {SIGVTALRM, "SIGVTALRM"}, {SIGPROF, "SIGPROF"}, {SIGWINCH, "SIGWINCH"},
    {SIGIO, "SIGIO"},     {SIGPWR, "SIGPWR"},       {SIGSYS, "SIGSYS"},   {SIGIOT, "SIGIOT"},
    {SIGCHLD, "SIGCLD"},  {SIGIO, "SIGPOLL"},
};

}  // namespace

int signal_number(const std::string &name) {
    if (name.empty()) return 0;
    if (name.find_first_not_of("0123456789") == std::string::npos) {
        long n = strtol(name.c_str(), nullptr, 10);
        return n > 0 && n < NSIG ? int(n) : 0;
    }
    std::string full = name.compare(0, 3, "SIG") == 0 ? name : "SIG" + name;
    for (const SignalName &s : kSignals)
        if (full == s.name) return s.signo;
    return 0;
}

std::string signal_name(int signo) {
    for (const SignalName &s : kSignals)
        if (s.signo == signo) return s.name;
    return "SIG" + std::to_string(signo);
}

SignalRegistry::~SignalRegistry() {
    for (auto &e : entries_)
        if (e.second.ev) event_free(e.second.ev);  // restores the disposition libevent found
}

Error SignalRegistry::add(SignalWatcher *w, int signo) {
    if (signo <= 0 || signo >= NSIG || signo == SIGKILL || signo == SIGSTOP)
        return Error{EINVAL, "signal EINVAL: " + signal_name(signo) + " cannot be caught"};
    Entry &e = entries_[signo];
    if (!e.ev) {
        e.ev = evsignal_new(loop_.base(), signo, on_signal, this);
        if (!e.ev || evsignal_add(e.ev, nullptr) != 0) {
            if (e.ev) event_free(e.ev);
            entries_.erase(signo);
            return Error::from_errno(errno ? errno : EINVAL, "signal", signal_name(signo));
        }
    }
    e.watchers.push_back(w);
    return Error{};
}

void SignalRegistry::remove(SignalWatcher *w, int signo) {
    auto it = entries_.find(signo);
    if (it == entries_.end()) return;
    auto &list = it->second.watchers;
    list.erase(std::remove(list.begin(), list.end(), w), list.end());
    if (list.empty()) {
        event_free(it->second.ev);  // the last one: the signal gets its old disposition back
        entries_.erase(it);
    }
}

size_t SignalRegistry::count(int signo) const {
    auto it = entries_.find(signo);
    return it == entries_.end() ? 0 : it->second.watchers.size();
}

void SignalRegistry::on_signal(int signo, short, void *arg) noexcept {
    auto *self = static_cast<SignalRegistry *>(arg);
    auto it = self->entries_.find(signo);
    if (it == self->entries_.end()) return;
    // A callback may stop or start watchers (even this signal's entry may go): call
    // those registered now, each only while it still is.
    std::vector<SignalWatcher *> snapshot = it->second.watchers;
    for (SignalWatcher *w : snapshot) w->pin();
    for (SignalWatcher *w : snapshot) {
        auto cur = self->entries_.find(signo);
        if (cur == self->entries_.end()) break;
        auto &list = cur->second.watchers;
        if (w->disposed() || std::find(list.begin(), list.end(), w) == list.end()) continue;
        w->cb_(*w, signo, w->data_);
    }
    for (SignalWatcher *w : snapshot) w->unpin();
}

Error SignalWatcher::start(int signo) {
    if (disposed()) return Error{EINVAL, "signal EINVAL: the watcher is closed"};
    stop();
    Error err = loop().signals().add(this, signo);
    if (err) return err;
    signo_ = signo;
    set_active(true);
    return Error{};
}

void SignalWatcher::stop() {
    if (!signo_) return;
    loop().signals().remove(this, signo_);
    signo_ = 0;
    set_active(false);
}

}  // namespace edges
