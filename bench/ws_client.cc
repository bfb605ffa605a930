// SPDX-License-Identifier: MIT
// Load generator for bench/websocket: C WebSocket connections, each sending one
// S-byte binary message (masked, as clients must) and waiting for its echo
// before the next, for D seconds. Prints "messages <n> seconds <s> rate <msg/s>".
//   ws_client <port> <connections> <message bytes> <seconds>
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

static double now() {
    timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

int main(int argc, char **argv) {
    if (argc < 5) {
        fprintf(stderr, "usage: ws_client port connections bytes seconds\n");
        return 2;
    }
    int port = atoi(argv[1]), conns = atoi(argv[2]);
    size_t size = size_t(atol(argv[3]));
    double seconds = atof(argv[4]);
    // One masked frame, reused: header, mask key, masked payload.
    std::string frame;
    frame.push_back(char(0x82));
    if (size < 126) {
        frame.push_back(char(0x80 | size));
    } else if (size < 65536) {
        frame.push_back(char(0x80 | 126));
        frame.push_back(char(size >> 8));
        frame.push_back(char(size & 0xff));
    } else {
        frame.push_back(char(0x80 | 127));
        for (int s = 56; s >= 0; s -= 8) frame.push_back(char((uint64_t(size) >> s) & 0xff));
    }
    const char key[4] = {0x11, 0x22, 0x33, 0x44};
    frame.append(key, 4);
    for (size_t i = 0; i < size; i++) frame.push_back(char('m' ^ key[i & 3]));
    size_t echo_len = size + (size < 126 ? 2 : size < 65536 ? 4 : 10);  // server frames are not masked

    int ep = epoll_create1(0);
    std::vector<int> fds;
    std::vector<size_t> pending(conns, 0);
    std::vector<char> buf(1 << 20);
    for (int i = 0; i < conns; i++) {
        int fd = socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in sa{};
        sa.sin_family = AF_INET;
        sa.sin_port = htons(uint16_t(port));
        inet_pton(AF_INET, "127.0.0.1", &sa.sin_addr);
        if (connect(fd, reinterpret_cast<sockaddr *>(&sa), sizeof(sa)) < 0) {
            perror("connect");
            return 1;
        }
        int one = 1;
        setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one));
        const char *req =
            "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
            "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n";
        if (write(fd, req, strlen(req)) < 0) return 1;
        std::string head;
        while (head.find("\r\n\r\n") == std::string::npos) {
            ssize_t r = read(fd, buf.data(), 4096);
            if (r <= 0) {
                fprintf(stderr, "handshake failed\n");
                return 1;
            }
            head.append(buf.data(), size_t(r));
        }
        if (head.compare(0, 12, "HTTP/1.1 101") != 0) {
            fprintf(stderr, "handshake refused: %s\n", head.c_str());
            return 1;
        }
        fcntl(fd, F_SETFL, O_NONBLOCK);
        epoll_event ev{};
        ev.events = EPOLLIN;
        ev.data.u32 = uint32_t(i);
        epoll_ctl(ep, EPOLL_CTL_ADD, fd, &ev);
        fds.push_back(fd);
    }
    double start = now(), end = start + seconds;
    long messages = 0;
    for (int i = 0; i < conns; i++) {
        if (write(fds[i], frame.data(), frame.size()) != ssize_t(frame.size())) return 1;
        pending[i] = echo_len;
    }
    epoll_event evs[256];
    while (now() < end) {
        int n = epoll_wait(ep, evs, 256, 100);
        for (int k = 0; k < n; k++) {
            int i = int(evs[k].data.u32);
            ssize_t r = read(fds[i], buf.data(), buf.size());
            if (r <= 0) {
                if (r < 0 && errno == EAGAIN) continue;
                fprintf(stderr, "connection %d closed\n", i);
                return 1;
            }
            pending[i] -= size_t(r) > pending[i] ? pending[i] : size_t(r);
            if (pending[i] == 0) {
                messages++;
                size_t off = 0;
                while (off < frame.size()) {
                    ssize_t w = write(fds[i], frame.data() + off, frame.size() - off);
                    if (w < 0 && errno == EAGAIN) continue;
                    if (w < 0) return 1;
                    off += size_t(w);
                }
                pending[i] = echo_len;
            }
        }
    }
    double took = now() - start;
    printf("messages %ld seconds %.2f rate %.0f\n", messages, took, double(messages) / took);
    return 0;
}
