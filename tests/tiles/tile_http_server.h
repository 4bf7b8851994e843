// Test helper: a tiny HTTP/1.1 server on 127.0.0.1 that answers tile requests as a test says.
#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QPair>
#include <QTcpServer>

#include <functional>

namespace yeonpyo::testing {

/// A request as the server read it; header names lower-cased.
struct HttpRequest {
    QByteArray method;
    QByteArray path;
    QMap<QByteArray, QByteArray> headers;
};

/// How to answer one request.
struct HttpResponse {
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers = {};
    QByteArray body = {};
    bool sendContentLength = true;  ///< false: the body ends when the connection closes.
    bool silent = false;            ///< Never answer (a server that hangs).
};

/// Serves each request with the handler's answer, one request per connection, in the test's
/// thread (the test must run an event loop, e.g. QTest::qWaitFor). Records every request.
class TileHttpServer : public QObject {
    Q_OBJECT
public:
    using Handler = std::function<HttpResponse(const HttpRequest&)>;

    explicit TileHttpServer(Handler handler);
    /// The port it listens on (chosen by the system).
    quint16 port() const { return server_.serverPort(); }
    /// "http://127.0.0.1:<port>" followed by path.
    QString url(const QString& path) const;
    const QList<HttpRequest>& requests() const { return requests_; }

private:
    void accept();

    Handler handler_;
    QTcpServer server_;
    QList<HttpRequest> requests_;
};

}  // namespace yeonpyo::testing
