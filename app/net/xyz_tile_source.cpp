// XYZ tile downloads: a newest-first queue, guarded requests (host, deadline, size) and caching.
#include "app/net/xyz_tile_source.h"

#include <QLoggingCategory>
#include <QNetworkDiskCache>
#include <QNetworkReply>
#include <QStandardPaths>
#include <QTimer>

#include <algorithm>

#include "app/net/url_fetcher.h"

Q_LOGGING_CATEGORY(lcTiles, "yeonpyo.net.tiles")

namespace yeonpyo::net {
namespace {

using Clock = std::chrono::steady_clock;

/// Tiles asked for but not yet requested; older ones (scrolled away) are forgotten first.
constexpr std::size_t kMaxWaiting = 96;
/// A tile that failed is not asked for again before this.
constexpr std::chrono::seconds kRetryAfter{60};
constexpr int kMaxRedirects = 3;

QString defaultCacheDirectory() {
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) +
           QStringLiteral("/tiles");
}

/// Why a reply failed, in words that never repeat its URL (Qt's own messages do, query and all).
QString failureReason(const QNetworkReply& reply, std::chrono::milliseconds timeout) {
    const int status = reply.attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 300)
        return QStringLiteral("the server answered HTTP %1").arg(status);
    switch (reply.error()) {
        case QNetworkReply::ConnectionRefusedError:
            return QStringLiteral("the server refused the connection");
        case QNetworkReply::HostNotFoundError:
            return QStringLiteral("the server's name was not found");
        case QNetworkReply::OperationCanceledError:
        case QNetworkReply::TimeoutError:
            return QStringLiteral("no answer within %1 seconds").arg(timeout.count() / 1000.0);
        case QNetworkReply::SslHandshakeFailedError:
            return QStringLiteral("the secure connection could not be established");
        case QNetworkReply::RemoteHostClosedError:
            return QStringLiteral("the server closed the connection");
        default:
            return QStringLiteral("network error %1").arg(static_cast<int>(reply.error()));
    }
}

}  // namespace

Result<std::unique_ptr<XyzTileSource>> XyzTileSource::create(const XyzTileSettings& settings) {
    auto parsed = TileUrlTemplate::parse(settings.urlTemplate);
    if (!parsed)
        return parsed.error();
    if (settings.minZoom < 0 || settings.maxZoom > render::kMaxTileZoom ||
        settings.minZoom > settings.maxZoom) {
        return Error{QStringLiteral("Tile levels must lie between 0 and %1, the first not above "
                                    "the last.")
                         .arg(render::kMaxTileZoom)
                         .toStdString()};
    }
    XyzTileSettings checked = settings;
    if (checked.attribution.trimmed().isEmpty())
        checked.attribution = QStringLiteral("Tiles: %1").arg(parsed->hosts().front());
    return std::unique_ptr<XyzTileSource>(new XyzTileSource(checked, std::move(parsed).value()));
}

XyzTileSource::XyzTileSource(const XyzTileSettings& settings, TileUrlTemplate urlTemplate)
    : settings_(settings), template_(std::move(urlTemplate)), decoded_(settings.maxMemoryBytes) {
    settings_.maxConcurrentRequests = std::max(1, settings_.maxConcurrentRequests);
    auto cache = std::make_unique<QNetworkDiskCache>();
    cache->setCacheDirectory(settings_.cacheDirectory.isEmpty() ? defaultCacheDirectory()
                                                                : settings_.cacheDirectory);
    cache->setMaximumCacheSize(settings_.maxCacheBytes);
    manager_.setCache(cache.release());  // the manager owns its cache
    manager_.setRedirectPolicy(QNetworkRequest::UserVerifiedRedirectPolicy);
}

XyzTileSource::~XyzTileSource() {
    for (QNetworkReply* reply : manager_.findChildren<QNetworkReply*>())
        reply->disconnect(this);
}

QString XyzTileSource::cacheDirectory() const {
    return static_cast<const QNetworkDiskCache*>(manager_.cache())->cacheDirectory();
}

qint64 XyzTileSource::cacheBound() const {
    return static_cast<const QNetworkDiskCache*>(manager_.cache())->maximumCacheSize();
}

std::optional<QImage> XyzTileSource::tile(const render::TileId& id, render::TileFetch fetch) {
    if (!id.isValid() || id.z < settings_.minZoom || id.z > settings_.maxZoom)
        return std::nullopt;
    if (auto image = decoded_.find(id))
        return image;
    if (fetch == render::TileFetch::IfMissing)
        enqueue(id);
    return std::nullopt;
}

void XyzTileSource::enqueue(const render::TileId& id) {
    const std::uint64_t key = id.key();
    const auto failed = failedUntil_.find(key);
    if (failed != failedUntil_.end()) {
        if (Clock::now() < failed->second)
            return;
        failedUntil_.erase(failed);
    }
    const auto waiting = std::find(waiting_.begin(), waiting_.end(), id);
    if (waiting != waiting_.end()) {
        waiting_.erase(waiting);  // asked again: move to the front
    } else if (!wanted_.insert(key).second) {
        return;  // downloading
    }
    waiting_.push_front(id);
    if (waiting_.size() > kMaxWaiting) {
        wanted_.erase(waiting_.back().key());
        waiting_.pop_back();
    }
    // Requests start after the frame that asked for them has been painted.
    if (!startScheduled_) {
        startScheduled_ = true;
        QMetaObject::invokeMethod(this, &XyzTileSource::startWaiting, Qt::QueuedConnection);
    }
}

void XyzTileSource::startWaiting() {
    startScheduled_ = false;
    while (running_ < settings_.maxConcurrentRequests && !waiting_.empty()) {
        const render::TileId id = waiting_.front();
        waiting_.pop_front();
        start(id);
    }
}

void XyzTileSource::start(const render::TileId& id) {
    QNetworkRequest request(template_.urlFor(id));
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::PreferCache);
    request.setMaximumRedirectsAllowed(kMaxRedirects);
    request.setTransferTimeout(static_cast<int>(settings_.timeout.count()));
    QNetworkReply* reply = manager_.get(request);
    ++running_;

    auto refusal = std::make_shared<QString>();
    const auto stop = [reply, refusal](const QString& why) {
        if (refusal->isEmpty())
            *refusal = why;
        reply->abort();
    };
    const qint64 maxBytes = settings_.maxTileBytes;
    const QString tooLarge = QStringLiteral("it is larger than %1 KB").arg(maxBytes / 1024);
    connect(reply, &QNetworkReply::redirected, this, [this, reply, stop](const QUrl& target) {
        if (template_.allows(target)) {
            emit reply->redirectAllowed();
        } else {
            stop(QStringLiteral("it redirects to %1, which is not the configured tile server")
                     .arg(displayUrl(target)));
        }
    });
    connect(reply, &QNetworkReply::metaDataChanged, this, [reply, stop, maxBytes, tooLarge] {
        if (reply->header(QNetworkRequest::ContentLengthHeader).toLongLong() > maxBytes)
            stop(tooLarge);
    });
    connect(reply, &QNetworkReply::downloadProgress, this,
            [stop, maxBytes, tooLarge](qint64 received, qint64) {
                if (received > maxBytes)
                    stop(tooLarge);
            });
    QTimer::singleShot(settings_.timeout, reply, [stop, this] {
        stop(QStringLiteral("no answer within %1 seconds").arg(settings_.timeout.count() / 1000.0));
    });
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, id, refusal] { finish(reply, id, *refusal); });
}

void XyzTileSource::finish(QNetworkReply* reply, const render::TileId& id, const QString& refusal) {
    reply->deleteLater();
    --running_;
    wanted_.erase(id.key());
    const QString shown = displayUrl(reply->request().url());
    if (!refusal.isEmpty()) {
        fail(id, shown, refusal);
    } else if (reply->error() != QNetworkReply::NoError ||
               reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() >= 300) {
        fail(id, shown, failureReason(*reply, settings_.timeout));
    } else if (const auto image = decodeTile(reply->readAll())) {
        decoded_.insert(id, *image);
        emit tileArrived(id.z, id.x, id.y);
    } else {
        fail(id, shown, QStringLiteral("the answer is not a tile image"));
    }
    startWaiting();
}

std::optional<QImage> XyzTileSource::decodeTile(const QByteArray& bytes) const {
    if (bytes.size() > settings_.maxTileBytes)
        return std::nullopt;
    return render::decodeTileImage(bytes);
}

void XyzTileSource::fail(const render::TileId& id, const QString& url, const QString& why) {
    failedUntil_[id.key()] = Clock::now() + kRetryAfter;
    const QString message =
        QStringLiteral("The map tile %1 could not be loaded: %2.").arg(url, why);
    qCWarning(lcTiles).noquote() << message;
    emit tileFailed(message);
}

}  // namespace yeonpyo::net
