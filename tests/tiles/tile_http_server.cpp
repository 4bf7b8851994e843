// Test helper: request parsing and canned answers over QTcpSocket.
#include "tests/tiles/tile_http_server.h"

#include <QTcpSocket>

namespace yeonpyo::testing {
namespace {

/// Parses the head of a request once it is complete; false while it is not.
bool parseHead(const QByteArray& data, HttpRequest& request) {
    const qsizetype end = data.indexOf("\r\n\r\n");
    if (end < 0)
        return false;
    const QList<QByteArray> lines = data.left(end).split('\n');
    const QList<QByteArray> first = lines.front().trimmed().split(' ');
    request.method = first.value(0);
    request.path = first.value(1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0)
            request.headers[lines[i].left(colon).trimmed().toLower()] =
                lines[i].mid(colon + 1).trimmed();
    }
    return true;
}

QByteArray serialise(const HttpResponse& response) {
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + " Test\r\n";
    for (const auto& [name, value] : response.headers)
        out += name + ": " + value + "\r\n";
    if (response.sendContentLength)
        out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    out += "Connection: close\r\n\r\n";
    return out + response.body;
}

}  // namespace

TileHttpServer::TileHttpServer(Handler handler) : handler_(std::move(handler)) {
    server_.listen(QHostAddress::LocalHost);
    connect(&server_, &QTcpServer::newConnection, this, &TileHttpServer::accept);
}

QString TileHttpServer::url(const QString& path) const {
    return QStringLiteral("http://127.0.0.1:%1%2").arg(port()).arg(path);
}

void TileHttpServer::accept() {
    while (QTcpSocket* socket = server_.nextPendingConnection()) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
            HttpRequest request;
            if (socket->property("answered").toBool() || !parseHead(socket->peek(1 << 16), request))
                return;
            socket->setProperty("answered", true);
            requests_.append(request);
            const HttpResponse response = handler_(request);
            if (response.silent)
                return;
            socket->write(serialise(response));
            socket->disconnectFromHost();
        });
    }
}

}  // namespace yeonpyo::testing
