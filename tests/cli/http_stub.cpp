// A one-thread HTTP/1.1 stub on 127.0.0.1: reads each request head, sends the canned answer.
#include "tests/cli/http_stub.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <stdexcept>

namespace yeonpyo::cli::testing {
namespace {

constexpr int kPollMs = 50;
constexpr int kHeadTimeoutMs = 5000;

/// Reads up to the blank line that ends a request head; empty when the client gives up.
std::string readHead(int client) {
    std::string head;
    pollfd polled{client, POLLIN, 0};
    while (head.find("\r\n\r\n") == std::string::npos && ::poll(&polled, 1, kHeadTimeoutMs) > 0) {
        char buffer[4096];
        const ssize_t got = ::read(client, buffer, sizeof buffer);
        if (got <= 0)
            return {};
        head.append(buffer, static_cast<std::size_t>(got));
    }
    return head.substr(0, head.find("\r\n\r\n"));
}

/// "/a.html" from "GET /a.html?x=1 HTTP/1.1".
std::string pathOf(const std::string& head) {
    const std::size_t begin = head.find(' ') + 1;
    const std::size_t end = head.find_first_of(" ?", begin);
    return head.substr(begin, end - begin);
}

void sendAll(int client, const std::string& bytes) {
    for (std::size_t sent = 0; sent < bytes.size();) {
        const ssize_t wrote =
            ::send(client, bytes.data() + sent, bytes.size() - sent, MSG_NOSIGNAL);
        if (wrote <= 0)
            return;
        sent += static_cast<std::size_t>(wrote);
    }
}

}  // namespace

HttpStub::HttpStub(std::map<std::string, HttpAnswer> answers)
    : answers_(std::move(answers)), listener_(::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0)) {
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    if (listener_ < 0 || ::bind(listener_, reinterpret_cast<sockaddr*>(&address), length) != 0 ||
        ::listen(listener_, 16) != 0 ||
        ::getsockname(listener_, reinterpret_cast<sockaddr*>(&address), &length) != 0) {
        throw std::runtime_error("the HTTP stub has no port to listen on");
    }
    port_ = ntohs(address.sin_port);
    thread_ = std::thread([this] { serve(); });
}

HttpStub::~HttpStub() {
    stopping_ = true;
    thread_.join();
    for (int client : held_)
        ::close(client);
    ::close(listener_);
}

std::string HttpStub::origin() const {
    return "http://127.0.0.1:" + std::to_string(port_);
}

std::vector<std::string> HttpStub::requests() const {
    const std::lock_guard lock(mutex_);
    return requests_;
}

void HttpStub::serve() {
    pollfd polled{listener_, POLLIN, 0};
    while (!stopping_) {
        if (::poll(&polled, 1, kPollMs) <= 0)
            continue;
        const int client = ::accept4(listener_, nullptr, nullptr, SOCK_CLOEXEC);
        if (client >= 0)
            answer(client);
    }
}

void HttpStub::answer(int client) {
    const std::string head = readHead(client);
    {
        const std::lock_guard lock(mutex_);
        requests_.push_back(head);
    }
    const auto found = answers_.find(pathOf(head));
    const HttpAnswer notFound{httpResponse("404 Not Found", "", "missing"), false};
    const HttpAnswer& reply = found == answers_.end() ? notFound : found->second;
    sendAll(client, reply.bytes);
    if (reply.holdOpen)
        held_.push_back(client);
    else
        ::close(client);
}

std::string httpResponse(const std::string& status, const std::string& headers,
                         const std::string& body) {
    return "HTTP/1.1 " + status + "\r\n" + headers +
           "Content-Length: " + std::to_string(body.size()) + "\r\nConnection: close\r\n\r\n" +
           body;
}

}  // namespace yeonpyo::cli::testing
