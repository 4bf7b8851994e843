// XyzTileSource: map tiles downloaded from a tile server (OpenStreetMap by default), cached on
// disk and in memory.
#pragma once

#include <QNetworkAccessManager>
#include <QObject>

#include <chrono>
#include <deque>
#include <memory>
#include <unordered_map>
#include <unordered_set>

#include "app/net/tile_url_template.h"
#include "app/render/tile_cache.h"
#include "app/render/tile_source.h"
#include "core/model/result.h"

class QNetworkReply;

namespace yeonpyo::net {

/// What a tile layer may download and how politely.
struct XyzTileSettings {
    QString urlTemplate = QString::fromUtf8(kOpenStreetMapTileUrl);
    QString attribution = QString::fromUtf8(kOpenStreetMapAttribution);
    int minZoom = 0;
    int maxZoom = 19;
    std::chrono::milliseconds timeout{15000};  ///< Whole request, from asking to the last byte.
    qint64 maxTileBytes = qint64{1} << 20;     ///< A larger answer is cut off and refused.
    int maxConcurrentRequests = 2;
    QString cacheDirectory;                    ///< Empty: "tiles" in the user's cache folder.
    qint64 maxCacheBytes = qint64{200} << 20;  ///< Disk cache bound; oldest tiles go first.
    qint64 maxMemoryBytes = qint64{64} << 20;  ///< Decoded tiles kept in memory.
};

/// Tiles from an XYZ server. tile() answers from memory and queues a download for a missing
/// tile (newest requests first, a few at a time); tileArrived() then asks the view to repaint.
/// Only the template's hosts are contacted (redirects elsewhere are refused), every request
/// carries Yeonpyo's User-Agent, a deadline and a size limit, and answers go through a bounded
/// disk cache. Messages and logs (category yeonpyo.net.tiles) show URLs without query strings.
/// Lives in and is used from one thread with an event loop.
class XyzTileSource : public QObject, public render::TileSource {
    Q_OBJECT
public:
    /// A source for the settings; one sentence when the URL template is refused. Without an
    /// attribution the tiles are credited to the server's host name.
    static Result<std::unique_ptr<XyzTileSource>> create(const XyzTileSettings& settings);
    ~XyzTileSource() override;

    std::optional<QImage> tile(const render::TileId& id, render::TileFetch fetch) override;
    QString attribution() const override { return settings_.attribution; }
    int minZoom() const override { return settings_.minZoom; }
    int maxZoom() const override { return settings_.maxZoom; }
    bool fetching() const override { return !wanted_.empty(); }

    const XyzTileSettings& settings() const { return settings_; }
    const TileUrlTemplate& urlTemplate() const { return template_; }
    /// The disk cache's folder and bound as configured on the network manager.
    QString cacheDirectory() const;
    qint64 cacheBound() const;

signals:
    /// A tile is now at hand: repaint to show it.
    void tileArrived(int z, int x, int y);
    /// A tile could not be had: one sentence for a status bar.
    void tileFailed(const QString& message);

private:
    XyzTileSource(const XyzTileSettings& settings, TileUrlTemplate urlTemplate);
    void enqueue(const render::TileId& id);
    void startWaiting();
    void start(const render::TileId& id);
    void finish(QNetworkReply* reply, const render::TileId& id, const QString& refusal);
    /// The image in an answer within the size limit; std::nullopt otherwise.
    std::optional<QImage> decodeTile(const QByteArray& bytes) const;
    void fail(const render::TileId& id, const QString& url, const QString& why);

    XyzTileSettings settings_;
    TileUrlTemplate template_;
    render::TileMemoryCache decoded_;
    std::deque<render::TileId> waiting_;        ///< Newest first.
    std::unordered_set<std::uint64_t> wanted_;  ///< Waiting or downloading.
    std::unordered_map<std::uint64_t, std::chrono::steady_clock::time_point> failedUntil_;
    int running_ = 0;
    bool startScheduled_ = false;
    QNetworkAccessManager manager_;  ///< Last: its replies go before the state they report to.
};

}  // namespace yeonpyo::net
