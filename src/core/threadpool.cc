// SPDX-License-Identifier: MIT
#include "threadpool.h"

#include <pthread.h>
#include <signal.h>
#include <stdlib.h>

#include "loop.h"

namespace edges {

size_t ThreadPool::configured_size() {
    const char *v = getenv("EDGES_THREADPOOL_SIZE");
    long n = v && *v ? strtol(v, nullptr, 10) : 4;
    if (n < 1) n = 1;
    if (n > 128) n = 128;
    return size_t(n);
}

ThreadPool::ThreadPool(Loop &loop, size_t threads) : loop_(loop) {
    // The loop's thread takes every signal: pool threads start with them all blocked.
    sigset_t all, old;
    sigfillset(&all);
    pthread_sigmask(SIG_SETMASK, &all, &old);
    for (size_t i = 0; i < threads; i++) threads_.emplace_back([this] { worker(); });
    pthread_sigmask(SIG_SETMASK, &old, nullptr);
}

ThreadPool::~ThreadPool() {
    {
        std::lock_guard<std::mutex> lock(mu_);
        stop_ = true;
    }
    cv_.notify_all();
    for (std::thread &t : threads_) t.join();
    for (Work *w : finished_) w->done(true);
    for (Work *w : todo_) w->done(true);
}

void ThreadPool::submit(Work *w) {
    loop_.adjust_alive(+1);  // work in flight keeps the loop alive
    {
        std::lock_guard<std::mutex> lock(mu_);
        todo_.push_back(w);
    }
    cv_.notify_one();
}

void ThreadPool::worker() noexcept {
    for (;;) {
        Work *w;
        {
            std::unique_lock<std::mutex> lock(mu_);
            cv_.wait(lock, [this] { return stop_ || !todo_.empty(); });
            if (stop_) return;
            w = todo_.front();
            todo_.pop_front();
            running_++;
        }
        w->run();
        bool first;
        {
            std::lock_guard<std::mutex> lock(mu_);
            first = finished_.empty();
            finished_.push_back(w);
            if (--running_ == 0) idle_.notify_all();
        }
        if (first) loop_.wake();  // one wake-up for a batch: deliver() takes all there is
    }
}

void ThreadPool::cancel_all() {
    std::deque<Work *> todo, finished;
    {
        std::unique_lock<std::mutex> lock(mu_);
        todo.swap(todo_);
        idle_.wait(lock, [this] { return running_ == 0; });
        finished.swap(finished_);
    }
    for (Work *w : finished) {
        loop_.adjust_alive(-1);
        w->done(true);
    }
    for (Work *w : todo) {
        loop_.adjust_alive(-1);
        w->done(true);
    }
}

void ThreadPool::deliver() {
    std::deque<Work *> ready;
    {
        std::lock_guard<std::mutex> lock(mu_);
        ready.swap(finished_);
    }
    for (Work *w : ready) {
        loop_.adjust_alive(-1);
        w->done(false);
    }
}

}  // namespace edges
