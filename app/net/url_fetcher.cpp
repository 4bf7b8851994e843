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
    if (reply->error() != QNetworkReply::NoError)
        return failure(url, reply->errorString());
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 400)
        return failure(url, QStringLiteral("the server answered HTTP %1").arg(status));
    return reply->readAll();
}

}  // namespace yeonpyo::net
