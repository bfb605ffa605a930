// SPDX-License-Identifier: MIT
#pragma once

#include <unistd.h>

#include <memory>

namespace edges {

// An open file that streams send from with sendfile(2) (Stream::send_file), shared by every
// response sending it and by the open-file cache: closed when the last holder lets go.
struct SharedFile {
    const int fd;
    explicit SharedFile(int fd) : fd(fd) {}
    ~SharedFile() { ::close(fd); }
    SharedFile(const SharedFile &) = delete;
    SharedFile &operator=(const SharedFile &) = delete;
};

using SharedFilePtr = std::shared_ptr<const SharedFile>;

}  // namespace edges
