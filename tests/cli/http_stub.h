// HttpStub: a local HTTP server with canned answers per path, recording the requests it got,
// so that URL inputs are tested without the internet.
#pragma once

#include <atomic>
#include <map>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace yeonpyo::cli::testing {

/// What the stub sends for one path: raw response bytes (status line, headers, body), after
/// which it closes the connection, or holds it open until the stub stops.
struct HttpAnswer {
    std::string bytes;
    bool holdOpen = false;
};

class HttpStub {
public:
    /// Answers each request for a path (without the query string) as given, other paths 404.
    explicit HttpStub(std::map<std::string, HttpAnswer> answers);
    ~HttpStub();
    HttpStub(const HttpStub&) = delete;
    HttpStub& operator=(const HttpStub&) = delete;

    int port() const { return port_; }
    /// "http://127.0.0.1:PORT".
    std::string origin() const;
    /// The head (request line and headers) of every request so far.
    std::vector<std::string> requests() const;

private:
    void serve();
    void answer(int client);

    std::map<std::string, HttpAnswer> answers_;
    std::vector<int> held_;
    int listener_ = -1;
    int port_ = 0;
    std::atomic<bool> stopping_{false};
    mutable std::mutex mutex_;
    std::vector<std::string> requests_;
    std::thread thread_;
};

/// A complete response: "HTTP/1.1 " + status ("200 OK"), the extra header lines (each ending
/// with "\r\n"), a Content-Length for the body, and the body.
std::string httpResponse(const std::string& status, const std::string& headers,
                         const std::string& body);

}  // namespace yeonpyo::cli::testing
