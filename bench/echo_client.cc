// SPDX-License-Identifier: MIT
// Load generator for the TCP echo benchmark: C connections, each sending one
// S-byte message and waiting for its echo before sending the next (ping-pong),
// for D seconds. Prints "messages <n> seconds <s> rate <msg/s>".
//   echo_client <port> <connections> <message bytes> <seconds>
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
#include <string>
#include <vector>

static double now() {
    timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

int main(int argc, char **argv) {
    if (argc < 5) {
        fprintf(stderr, "usage: echo_client port connections bytes seconds\n");
        return 2;
    }
    int port = atoi(argv[1]), conns = atoi(argv[2]);
    size_t size = size_t(atol(argv[3]));
    double seconds = atof(argv[4]);
    std::string msg(size, 'm');
    std::vector<size_t> pending(conns, 0);
    int ep = epoll_create1(0);
    std::vector<int> fds;
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
        if (write(fds[i], msg.data(), size) != ssize_t(size)) return 1;
        pending[i] = size;
    }
    std::vector<char> buf(1 << 16);
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
                if (write(fds[i], msg.data(), size) != ssize_t(size)) return 1;
                pending[i] = size;
            }
        }
    }
    double took = now() - start;
    printf("messages %ld seconds %.2f rate %.0f\n", messages, took, double(messages) / took);
    return 0;
}
