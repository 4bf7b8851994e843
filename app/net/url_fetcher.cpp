// Blocking http(s) download for the CLI's URL inputs, built on QNetworkAccessManager.
#include "app/net/url_fetcher.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#include <memory>

namespace yeonpyo::net {
namespace {

bool isWebUrl(const QUrl& url) {
    return url.isValid() &&
           (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https")) &&
           !url.host().isEmpty();
}

Error failure(const QUrl& url, const QString& why) {
    return Error{
        QStringLiteral("%1 could not be fetched: %2.").arg(displayUrl(url), why).toStdString()};
}

/// What went wrong, in words that never repeat the URL.
QString networkProblem(QNetworkReply::NetworkError error) {
    switch (error) {
        case QNetworkReply::ConnectionRefusedError:
            return QStringLiteral("the connection was refused");
        case QNetworkReply::RemoteHostClosedError:
            return QStringLiteral("the server closed the connection");
        case QNetworkReply::HostNotFoundError:
            return QStringLiteral("the host was not found");
        case QNetworkReply::TimeoutError:
            return QStringLiteral("the connection timed out");
        case QNetworkReply::SslHandshakeFailedError:
            return QStringLiteral("the secure connection could not be set up");
        case QNetworkReply::TooManyRedirectsError:
            return QStringLiteral("it redirects too many times");
        case QNetworkReply::ProtocolUnknownError:
            return QStringLiteral("it redirects to a location that is not http(s)");
        default:
            return QStringLiteral("the network request failed (Qt network error %1)")
                .arg(static_cast<int>(error));
    }
}

}  // namespace

QByteArray userAgent() {
    return QByteArrayLiteral("Yeonpyo/") + YEONPYO_VERSION +
           " (+https://github.com/yeonpyo/yeonpyo)";
}

QString displayUrl(const QUrl& url) {
    return url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment).toString();
}

Result<QByteArray> fetchUrl(const QUrl& url, const FetchLimits& limits) {
    if (!isWebUrl(url))
        return Error{
            QStringLiteral("%1 is not an http or https URL.").arg(displayUrl(url)).toStdString()};
    QNetworkAccessManager manager;
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setMaximumRedirectsAllowed(limits.maxRedirects);
    request.setTransferTimeout(static_cast<int>(limits.timeout.count()));
    std::unique_ptr<QNetworkReply> reply(manager.get(request));

    QEventLoop loop;
    bool tooLarge = false;
    bool unsafeRedirect = false;
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(reply.get(), &QNetworkReply::downloadProgress, &loop,
                     [&](qint64 received, qint64 total) {
                         if (received > limits.maxBytes || total > limits.maxBytes) {
                             tooLarge = true;
                             reply->abort();
                         }
                     });
    QObject::connect(reply.get(), &QNetworkReply::redirected, &loop, [&](const QUrl& target) {
        if (!isWebUrl(target)) {
            unsafeRedirect = true;
            reply->abort();
        }
    });
    QTimer::singleShot(limits.timeout, &loop, [&] { reply->abort(); });
    if (!reply->isFinished())
        loop.exec();

    if (tooLarge)
        return failure(url, QStringLiteral("it is larger than %1 MB").arg(limits.maxBytes >> 20));
    if (unsafeRedirect)
        return failure(url, QStringLiteral("it redirects to a location that is not http(s)"));
    if (reply->error() == QNetworkReply::OperationCanceledError) {
        return failure(
            url, QStringLiteral("no answer within %1 seconds").arg(limits.timeout.count() / 1000));
    }
    // The status first: Qt's error strings spell out the whole URL, password and query included.
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 400)
        return failure(url, QStringLiteral("the server answered HTTP %1").arg(status));
    if (reply->error() != QNetworkReply::NoError)
        return failure(url, networkProblem(reply->error()));
    return reply->readAll();
}

}  // namespace yeonpyo::net
