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

const QString kNotWebRedirect =
    QStringLiteral("it redirects to an address that is not http or https");

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
            return kNotWebRedirect;
        default:
            return QStringLiteral("the network request failed (Qt network error %1)")
                .arg(static_cast<int>(error));
    }
}

/// Why a download was stopped before it finished, if it was.
enum class Refusal { None, TooLarge, UnsafeRedirect };

/// Runs until the reply finishes or times out; aborts it as soon as it breaks a limit: a body
/// announced (Content-Length) or received larger than the limit, or a redirect off the web.
Refusal waitFor(QNetworkReply& reply, const FetchLimits& limits) {
    QEventLoop loop;
    Refusal refusal = Refusal::None;
    const auto refuse = [&](Refusal why) {
        refusal = why;
        reply.abort();
    };
    QObject::connect(&reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(&reply, &QNetworkReply::metaDataChanged, &loop, [&] {
        const QVariant announced = reply.header(QNetworkRequest::ContentLengthHeader);
        if (announced.isValid() && announced.toLongLong() > limits.maxBytes)
            refuse(Refusal::TooLarge);
    });
    // Every arrival, unlike downloadProgress, which Qt holds back when it comes soon after the
    // last one (and the body stays unread until the end, so all of it is available).
    QObject::connect(&reply, &QNetworkReply::readyRead, &loop, [&] {
        if (reply.bytesAvailable() > limits.maxBytes)
            refuse(Refusal::TooLarge);
    });
    QObject::connect(&reply, &QNetworkReply::redirected, &loop, [&](const QUrl& target) {
        if (!isWebUrl(target))
            refuse(Refusal::UnsafeRedirect);
    });
    QTimer::singleShot(limits.timeout, &loop, [&] { reply.abort(); });
    if (!reply.isFinished())
        loop.exec();
    return refusal;
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
    const Refusal refusal = waitFor(*reply, limits);

    if (refusal == Refusal::TooLarge)
        return failure(url, QStringLiteral("it is larger than %1 MB").arg(limits.maxBytes >> 20));
    if (refusal == Refusal::UnsafeRedirect)
        return failure(url, kNotWebRedirect);
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
