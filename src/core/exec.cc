// SPDX-License-Identifier: MIT
#include "exec.h"

#include "loop.h"
#include "signal.h"
#include "timer.h"

namespace edges {

Exec::Exec(Loop &loop, ExecOptions options, ExecHandler *handler)
    : loop_(loop), options_(std::move(options)), handler_(handler) {}

Exec::~Exec() {
    if (timer_) timer_->dispose();
    for (Stream *&s : pipes_) {
        if (s) s->dispose();
        s = nullptr;
    }
    if (process_) process_->dispose();
}

Exec *Exec::start(Loop &loop, ExecOptions options, ExecHandler *handler) {
    auto *e = new Exec(loop, std::move(options), handler);
    SpawnOptions &so = e->options_.spawn;
    so.stdio[0] = e->options_.input.empty() ? SpawnOptions::Stdio::kIgnore : SpawnOptions::Stdio::kPipe;
    so.stdio[1] = so.stdio[2] = SpawnOptions::Stdio::kPipe;
    e->process_ = new Process(loop, e);
    int fds[3];
    Error err = e->process_->spawn(so, fds);
    if (err) {
        e->result_.failure = ExecResult::Failure::kSpawn;
        e->result_.error = err;
        e->exited_ = true;
        e->maybe_done();
        return e;
    }
    for (int i = 0; i < 3; i++) {
        if (fds[i] < 0) continue;
        e->pipes_[i] = new Stream(loop, e);
        e->pipes_[i]->adopt(fds[i], SocketAddress());
        if (i > 0) e->pipes_[i]->resume();
    }
    if (e->pipes_[0]) {
        e->pipes_[0]->write(e->options_.input.data(), e->options_.input.size());
        e->pipes_[0]->end();
        e->pipes_[0]->resume();  // to see the child close it
    }
    if (e->options_.timeout_ms) {
        e->timer_ = new Timer(loop, on_timeout, e);
        e->timer_->start(e->options_.timeout_ms * 1000, 0);
    }
    return e;
}

std::string Exec::command_line() const {
    std::string cmd = options_.spawn.file;
    for (const std::string &a : options_.spawn.args) cmd += " " + a;
    return cmd;
}

void Exec::kill_child() {
    if (result_.killed || exited_) return;
    result_.killed = true;
    process_->kill(options_.kill_signal);
}

void Exec::on_data(Stream &s, const char *data, size_t len) {
    std::string *into = &s == pipes_[1] ? &result_.out : &s == pipes_[2] ? &result_.err : nullptr;
    if (!into) return;  // the child wrote to its stdin: nothing to keep
    size_t room = options_.max_buffer > into->size() ? options_.max_buffer - into->size() : 0;
    into->append(data, std::min(len, room));
    if (len > room && result_.failure == ExecResult::Failure::kNone) {
        result_.failure = ExecResult::Failure::kMaxBuffer;
        result_.error = Error{
            ENOBUFS, std::string(&s == pipes_[1] ? "stdout" : "stderr") + " maxBuffer length exceeded (" +
                         std::to_string(options_.max_buffer) + " bytes): " + command_line()};
        kill_child();
    }
}

void Exec::on_close(Stream &s, bool) {
    for (Stream *&p : pipes_) {
        if (p == &s) {
            p->dispose();
            p = nullptr;
        }
    }
    maybe_done();
}

void Exec::on_exit(Process &, int code, int signo) {
    exited_ = true;
    result_.code = code;
    result_.signo = signo;
    if (timer_) timer_->cancel();
    if (result_.failure == ExecResult::Failure::kNone) {
        if (signo > 0) {
            result_.failure = result_.killed ? ExecResult::Failure::kTimeout : ExecResult::Failure::kSignal;
            result_.error = Error{
                128 + signo, "Command failed: " + command_line() + " (killed by " + signal_name(signo) + ")"};
        } else if (code != 0) {
            result_.failure = ExecResult::Failure::kExitCode;
            result_.error = Error{
                code, "Command failed: " + command_line() + " (exit code " + std::to_string(code) + ")"};
        }
    }
    maybe_done();
}

void Exec::on_timeout(Timer &, void *arg) noexcept {
    auto *e = static_cast<Exec *>(arg);
    if (e->exited_) return;
    if (e->result_.failure == ExecResult::Failure::kNone) {
        e->result_.failure = ExecResult::Failure::kTimeout;
        e->result_.error =
            Error{ETIMEDOUT, "Command timed out after " + std::to_string(e->options_.timeout_ms) +
                                 " ms: " + e->command_line()};
    }
    e->kill_child();
}

void Exec::maybe_done() {
    if (reported_ || !exited_ || pipes_[1] || pipes_[2]) return;
    reported_ = true;
    // From the loop, never inside start() or a stream callback still on the stack.
    loop_.next_tick(Task{done_task, this});
}

void Exec::done_task(void *arg, bool cancelled) noexcept {
    auto *e = static_cast<Exec *>(arg);
    if (!cancelled && e->handler_) e->handler_->on_done(*e, e->result_);
    delete e;
}

void Exec::abandon() {
    handler_ = nullptr;
    if (reported_) return;  // the queued report deletes it (cancelled or not)
    kill_child();
    delete this;
}

}  // namespace edges
