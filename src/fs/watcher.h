// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>

#include "../core/error.h"
#include "../core/handle.h"

struct event;

namespace edges::fs {

class Watcher;

class WatcherHandler {
public:
    virtual ~WatcherHandler() = default;
    // Something happened to `name`, relative to the watched directory ("" for the watched
    // path itself, "sub/file.php" deeper when recursive). `mask`: inotify's IN_* bits.
    virtual void on_change(Watcher &, const std::string &name, uint32_t mask) = 0;
    // The kernel's event queue overflowed: events were lost (the watch goes on).
    virtual void on_overflow(Watcher &) {}
};

// inotify on a file or a directory, recursive on request: directories created later
// under a recursive watch are watched too. Active (keeps the loop alive, as node's
// fs.watch does) from watch() until close().
class Watcher final : public Handle {
public:
    Watcher(Loop &loop, WatcherHandler *handler) : Handle(loop), handler_(handler) {}

    Error watch(const std::string &path, bool recursive);
    void close();
    bool watching() const { return fd_ >= 0; }

private:
    ~Watcher() override;
    void on_dispose() override;
    static void on_readable(int fd, short what, void *arg) noexcept;
    // Watches the directories below `rel` (relative to the root); `report`: on_change for
    // each entry found (a directory that came after the watch started).
    void add(const std::string &rel, bool report);

    WatcherHandler *handler_;
    int fd_ = -1;
    event *ev_ = nullptr;
    std::string root_;
    bool recursive_ = false;
    bool is_dir_ = false;
    std::unordered_map<int, std::string> dirs_;  // watch descriptor -> directory relative to the root
};

}  // namespace edges::fs
