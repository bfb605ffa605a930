// SPDX-License-Identifier: MIT
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

namespace edges {

class Loop;

// A piece of work for the pool: run() on a pool thread (blocking calls, no loop state, no
// PHP), then done() on the loop's thread. `cancelled`: the loop went away first (run() may
// or may not have happened); done() must then only free what it owns.
struct Work {
    virtual ~Work() = default;
    virtual void run() = 0;
    virtual void done(bool cancelled) = 0;
};

// A fixed pool of threads (libuv's model): work waits in one queue, finished work goes
// back to the loop through its eventfd (Loop::wake) and its done() runs there, in the
// order the work finished. Work in flight keeps the loop alive.
class ThreadPool {
public:
    // EDGES_THREADPOOL_SIZE, else 4 (1 to 128).
    static size_t configured_size();

    ThreadPool(Loop &loop, size_t threads);
    // Waits for the work that runs now, then cancels the rest (done(true)).
    ~ThreadPool();
    ThreadPool(const ThreadPool &) = delete;
    ThreadPool &operator=(const ThreadPool &) = delete;

    // From the loop's thread. The pool owns `w` until done() (which may delete it).
    void submit(Work *w);
    size_t size() const { return threads_.size(); }
    // On the loop's thread, after a wake: runs done() of finished work.
    void deliver();
    // Waits for the work that runs now, then cancels everything not delivered yet
    // (done(true)); the threads stay for later work. For request shutdown: afterwards no
    // pool thread touches memory the loop's side is about to free.
    void cancel_all();

private:
    void worker() noexcept;

    Loop &loop_;
    std::mutex mu_;
    std::condition_variable cv_;
    std::deque<Work *> todo_;
    std::condition_variable idle_;  // running_ dropped to 0
    std::deque<Work *> finished_;
    size_t running_ = 0;
    std::vector<std::thread> threads_;
    bool stop_ = false;
};

}  // namespace edges
