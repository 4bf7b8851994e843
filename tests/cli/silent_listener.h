// SilentListener: a local TCP port that counts who connects, to prove that nothing was fetched.
#pragma once

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <stdexcept>

namespace yeonpyo::cli::testing {

/// Listens on 127.0.0.1 at a free port without answering. The kernel completes every handshake
/// into the backlog, so connections are counted even though nobody serves them.
class SilentListener {
public:
    SilentListener() : fd_(::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0)) {
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof address;
        if (fd_ < 0 || ::bind(fd_, reinterpret_cast<sockaddr*>(&address), length) != 0 ||
            ::listen(fd_, 64) != 0 ||
            ::getsockname(fd_, reinterpret_cast<sockaddr*>(&address), &length) != 0) {
            throw std::runtime_error("no local port to listen on");
        }
        port_ = ntohs(address.sin_port);
    }
    ~SilentListener() { ::close(fd_); }
    SilentListener(const SilentListener&) = delete;
    SilentListener& operator=(const SilentListener&) = delete;

    int port() const { return port_; }

    /// Accepts (and closes) every connection made so far; returns how many there were in all.
    int connections() {
        for (int client; (client = ::accept4(fd_, nullptr, nullptr, SOCK_CLOEXEC)) >= 0;) {
            ::close(client);
            ++accepted_;
        }
        return accepted_;
    }

private:
    int fd_;
    int port_ = 0;
    int accepted_ = 0;
};

}  // namespace yeonpyo::cli::testing
