// SPDX-License-Identifier: MIT
// Load generator for bench/tcp-echo and bench/websocket: C connections, each
// sending one S-byte message and waiting for its whole echo before the next
// (ping-pong), for D seconds. With "ws", each connection first does the
// WebSocket handshake and messages are masked binary frames (as a client must
// send them); the echo is an unmasked frame. Prints
// "messages <n> seconds <s> rate <msg/s>".
//   echo_client <port> <connections> <message bytes> <seconds> [ws]
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

// A masked binary frame carrying `size` bytes.
static std::string ws_frame(size_t size) {
    std::string f;
    f.push_back(char(0x82));
    if (size < 126) {
        f.push_back(char(0x80 | size));
    } else if (size < 65536) {
        f.push_back(char(0x80 | 126));
        f.push_back(char(size >> 8));
        f.push_back(char(size & 0xff));
    } else {
        f.push_back(char(0x80 | 127));
        for (int s = 56; s >= 0; s -= 8) f.push_back(char((uint64_t(size) >> s) & 0xff));
    }
    const char key[4] = {0x11, 0x22, 0x33, 0x44};
    f.append(key, 4);
    for (size_t i = 0; i < size; i++) f.push_back(char('m' ^ key[i & 3]));
    return f;
}

static bool ws_handshake(int fd) {
    const char *req =
        "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
        "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n";
    if (write(fd, req, strlen(req)) < 0) return false;
    std::string head;
    char c;
    while (head.size() < 4 || head.compare(head.size() - 4, 4, "\r\n\r\n") != 0) {
        if (read(fd, &c, 1) != 1) return false;  // byte by byte: nothing past the head is consumed
        head.push_back(c);
    }
    return head.compare(0, 12, "HTTP/1.1 101") == 0;
}

static bool write_all(int fd, const std::string &data) {
    size_t off = 0;
    while (off < data.size()) {
        ssize_t w = write(fd, data.data() + off, data.size() - off);
        if (w < 0 && errno == EAGAIN) continue;
        if (w < 0) return false;
        off += size_t(w);
    }
    return true;
}

int main(int argc, char **argv) {
    if (argc < 5) {
        fprintf(stderr, "usage: echo_client port connections bytes seconds [ws]\n");
        return 2;
    }
    int port = atoi(argv[1]), conns = atoi(argv[2]);
    size_t size = size_t(atol(argv[3]));
    double seconds = atof(argv[4]);
    bool ws = argc > 5 && !strcmp(argv[5], "ws");
    std::string msg = ws ? ws_frame(size) : std::string(size, 'm');
    size_t echo_len = ws ? size + (size < 126 ? 2 : size < 65536 ? 4 : 10) : size;

    int ep = epoll_create1(0);
    std::vector<int> fds;
    std::vector<size_t> pending(conns, echo_len);
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
        if (ws && !ws_handshake(fd)) {
            fprintf(stderr, "WebSocket handshake failed\n");
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
    for (int fd : fds)
        if (!write_all(fd, msg)) return 1;
    std::vector<char> buf(1 << 20);
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
                if (!write_all(fds[i], msg)) return 1;
                pending[i] = echo_len;
            }
        }
    }
    double took = now() - start;
    printf("messages %ld seconds %.2f rate %.0f\n", messages, took, double(messages) / took);
    return 0;
}
