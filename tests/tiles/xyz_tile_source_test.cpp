// Tile downloads from a local test server: arrival and painting, the User-Agent, deadlines, size
// limits, redirects, request limits, the disk cache and its bound, and logs without secrets.
#include <gtest/gtest.h>

#include <QDirIterator>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <optional>

#include "app/net/xyz_tile_source.h"
#include "app/render/map_painter.h"
#include "app/render/tile_layer.h"
#include "tests/tiles/mbtiles_writer.h"
#include "tests/tiles/tile_http_server.h"

namespace yeonpyo::net {
namespace {

using testing::HttpRequest;
using testing::HttpResponse;
using testing::TileHttpServer;

/// A red tile for every request, cacheable for a week as tile servers do.
HttpResponse redTile(const HttpRequest&) {
    return {200,
            {{"Content-Type", "image/png"}, {"Cache-Control", "max-age=604800"}},
            testing::solidTilePng(Qt::red)};
}

class XyzTileSourceTest : public ::testing::Test {
protected:
    /// A source for the server's /{z}/{x}/{y}.png with a private cache and short deadlines.
    std::unique_ptr<XyzTileSource> sourceFor(const TileHttpServer& server,
                                             XyzTileSettings settings = {}) {
        settings.urlTemplate = server.url("/{z}/{x}/{y}.png");
        settings.attribution = QStringLiteral("© Test server");
        settings.cacheDirectory = cache.path();
        if (settings.timeout == XyzTileSettings{}.timeout)
            settings.timeout = std::chrono::milliseconds(3000);
        auto created = XyzTileSource::create(settings);
        EXPECT_TRUE(created.ok()) << created.error().message;
        return created.ok() ? std::move(created).value() : nullptr;
    }

    /// Asks for a tile and waits for it to arrive or fail; the failure message if it failed.
    std::optional<QString> fetch(XyzTileSource& source, const render::TileId& id) {
        QSignalSpy arrived(&source, &XyzTileSource::tileArrived);
        QSignalSpy failed(&source, &XyzTileSource::tileFailed);
        EXPECT_FALSE(source.tile(id, render::TileFetch::IfMissing).has_value());
        EXPECT_TRUE(QTest::qWaitFor([&] { return !arrived.isEmpty() || !failed.isEmpty(); }, 8000));
        if (!failed.isEmpty())
            return failed.front().front().toString();
        return std::nullopt;
    }

    QTemporaryDir cache;
};

TEST_F(XyzTileSourceTest, TilesArriveWithOurUserAgentAndPaint) {
    TileHttpServer server(redTile);
    auto source = sourceFor(server);
    ASSERT_TRUE(source);
    std::shared_ptr<render::TileSource> shared = std::move(source);
    auto& downloads = static_cast<XyzTileSource&>(*shared);
    QSignalSpy arrived(&downloads, &XyzTileSource::tileArrived);

    const geo::MapViewport world({0.0, 0.0}, 1.0, 512, 512);
    render::MapPainter painter(render::theme(render::ThemeKind::Light));
    painter.insertLayer(std::make_unique<render::TileLayer>(shared));
    QImage image(512, 512, QImage::Format_ARGB32_Premultiplied);
    const auto paint = [&] {
        QPainter on(&image);
        painter.paint(on, {}, render::MapFrame{world, 0, std::nullopt, QLocale()});
    };
    QElapsedTimer clock;
    clock.start();
    paint();  // asks for the four tiles without waiting for them
    EXPECT_LT(clock.elapsed(), 1000);
    EXPECT_NE(image.pixelColor(100, 100), QColor(Qt::red));
    ASSERT_TRUE(QTest::qWaitFor([&] { return arrived.size() == 4; }, 8000));
    paint();
    EXPECT_EQ(image.pixelColor(100, 100), QColor(Qt::red));
    EXPECT_EQ(image.pixelColor(400, 300), QColor(Qt::red));

    ASSERT_EQ(server.requests().size(), 4);
    for (const HttpRequest& request : server.requests()) {
        EXPECT_TRUE(request.path.startsWith("/1/")) << request.path.toStdString();
        EXPECT_TRUE(request.headers.value("user-agent").startsWith("Yeonpyo/"))
            << request.headers.value("user-agent").toStdString();
    }
    EXPECT_TRUE(painter.attributions().contains("© Test server"));
}

TEST_F(XyzTileSourceTest, ASilentServerTimesOutWithoutHoldingUpAFrame) {
    TileHttpServer server([](const HttpRequest&) { return HttpResponse{.silent = true}; });
    XyzTileSettings settings;
    settings.timeout = std::chrono::milliseconds(300);
    auto source = sourceFor(server, settings);
    ASSERT_TRUE(source);
    QElapsedTimer clock;
    clock.start();
    const auto failure = fetch(*source, {2, 1, 1});
    ASSERT_TRUE(failure.has_value());
    EXPECT_TRUE(failure->contains("no answer within 0.3 seconds")) << failure->toStdString();
    EXPECT_LT(clock.elapsed(), 3000);
}

TEST_F(XyzTileSourceTest, OversizedTilesAreRefused) {
    const QByteArray huge(3 << 20, 'x');
    for (bool declared : {true, false}) {
        TileHttpServer server([&](const HttpRequest&) {
            HttpResponse response{200, {{"Content-Type", "image/png"}}, huge};
            response.sendContentLength = declared;
            return response;
        });
        XyzTileSettings settings;
        settings.maxTileBytes = 256 * 1024;
        auto source = sourceFor(server, settings);
        ASSERT_TRUE(source);
        const auto failure = fetch(*source, {3, 2, 1});
        ASSERT_TRUE(failure.has_value()) << declared;
        EXPECT_TRUE(failure->contains("larger than 256 KB")) << failure->toStdString();
        EXPECT_FALSE(source->tile({3, 2, 1}, render::TileFetch::IfMissing).has_value());
    }
}

TEST_F(XyzTileSourceTest, RedirectsStayOnTheConfiguredServer) {
    TileHttpServer elsewhere(redTile);
    TileHttpServer server([&](const HttpRequest& request) -> HttpResponse {
        if (request.path.startsWith("/moved/"))
            return redTile(request);
        const QByteArray target =
            request.path.startsWith("/1/")
                ? "/moved" + request.path
                : "http://localhost:" + QByteArray::number(elsewhere.port()) + request.path;
        return {302, {{"Location", target}}, {}};
    });
    auto source = sourceFor(server);
    ASSERT_TRUE(source);
    EXPECT_FALSE(fetch(*source, {1, 0, 0}).has_value());  // same server: followed
    EXPECT_TRUE(source->tile({1, 0, 0}, render::TileFetch::CachedOnly).has_value());

    const auto failure = fetch(*source, {2, 0, 0});
    ASSERT_TRUE(failure.has_value());
    EXPECT_TRUE(failure->contains("not the configured tile server")) << failure->toStdString();
    EXPECT_TRUE(elsewhere.requests().isEmpty());
}

TEST_F(XyzTileSourceTest, AtMostTheConfiguredNumberOfRequestsAtOnce) {
    TileHttpServer server([](const HttpRequest&) { return HttpResponse{.silent = true}; });
    auto source = sourceFor(server);  // two at a time by default
    ASSERT_TRUE(source);
    for (int x = 0; x < 6; ++x)
        source->tile({3, x, 2}, render::TileFetch::IfMissing);
    QTest::qWait(400);
    EXPECT_EQ(server.requests().size(), 2);
}

TEST_F(XyzTileSourceTest, FailuresAreNotRetriedAtOnce) {
    TileHttpServer server([](const HttpRequest&) { return HttpResponse{404, {}, "no tile"}; });
    auto source = sourceFor(server);
    ASSERT_TRUE(source);
    const auto failure = fetch(*source, {4, 3, 2});
    ASSERT_TRUE(failure.has_value());
    EXPECT_TRUE(failure->contains("HTTP 404")) << failure->toStdString();
    for (int frame = 0; frame < 5; ++frame)
        source->tile({4, 3, 2}, render::TileFetch::IfMissing);
    QTest::qWait(200);
    EXPECT_EQ(server.requests().size(), 1);
}

TEST_F(XyzTileSourceTest, AnswersThatAreNoImagesFail) {
    TileHttpServer server([](const HttpRequest&) {
        return HttpResponse{200, {{"Content-Type", "text/html"}}, "<html>Blocked</html>"};
    });
    auto source = sourceFor(server);
    ASSERT_TRUE(source);
    const auto failure = fetch(*source, {1, 1, 0});
    ASSERT_TRUE(failure.has_value());
    EXPECT_TRUE(failure->contains("not a tile image")) << failure->toStdString();
}

TEST_F(XyzTileSourceTest, TheDiskCacheServesTilesAfterARestart) {
    TileHttpServer server(redTile);
    {
        auto first = sourceFor(server);
        ASSERT_TRUE(first);
        EXPECT_EQ(first->cacheDirectory(), cache.path() + "/");
        EXPECT_EQ(first->cacheBound(), XyzTileSettings{}.maxCacheBytes);
        ASSERT_FALSE(fetch(*first, {2, 3, 1}).has_value());
    }
    auto second = sourceFor(server);
    ASSERT_TRUE(second);
    ASSERT_FALSE(fetch(*second, {2, 3, 1}).has_value());
    EXPECT_EQ(server.requests().size(), 1);
}

qint64 bytesUnder(const QString& path) {
    qint64 total = 0;
    QDirIterator files(path, QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        files.next();
        total += files.fileInfo().size();
    }
    return total;
}

TEST_F(XyzTileSourceTest, TheDiskCacheStaysWithinItsBound) {
    qint64 served = 0;
    qint64 largest = 0;
    TileHttpServer server([&](const HttpRequest& request) {
        const QByteArray tile = testing::noiseTilePng(48, qHash(request.path));
        served += tile.size();
        largest = std::max<qint64>(largest, tile.size());
        return HttpResponse{
            200, {{"Content-Type", "image/png"}, {"Cache-Control", "max-age=604800"}}, tile};
    });
    XyzTileSettings settings;
    settings.maxCacheBytes = 40 * 1024;
    auto source = sourceFor(server, settings);
    ASSERT_TRUE(source);
    for (int x = 0; x < 16; ++x)
        ASSERT_FALSE(fetch(*source, {4, x, 5}).has_value());
    // Qt trims the cache before storing a new answer: the bound may be passed by one tile.
    const qint64 stored = bytesUnder(cache.path());
    EXPECT_GT(stored, 0);
    EXPECT_LE(stored, settings.maxCacheBytes + largest + 1024);
    EXPECT_GT(served, 2 * stored);
}

QStringList capturedLog;
void captureLog(QtMsgType, const QMessageLogContext&, const QString& message) {
    capturedLog << message;
}

TEST_F(XyzTileSourceTest, KeysInTheUrlNeverReachLogsOrMessages) {
    TileHttpServer server([](const HttpRequest&) { return HttpResponse{403, {}, "forbidden"}; });
    XyzTileSettings settings;
    settings.urlTemplate = server.url("/{z}/{x}/{y}.png?access_token=SECRET123");
    settings.cacheDirectory = cache.path();
    auto created = XyzTileSource::create(settings);
    ASSERT_TRUE(created.ok()) << created.error().message;
    capturedLog.clear();
    const QtMessageHandler previous = qInstallMessageHandler(captureLog);
    const auto failure = fetch(**created, {1, 0, 1});
    qInstallMessageHandler(previous);
    ASSERT_TRUE(failure.has_value());
    EXPECT_TRUE(failure->contains("/1/0/1.png")) << failure->toStdString();
    EXPECT_FALSE(failure->contains("SECRET123")) << failure->toStdString();
    ASSERT_FALSE(capturedLog.isEmpty());
    for (const QString& line : capturedLog)
        EXPECT_FALSE(line.contains("SECRET123")) << line.toStdString();
    ASSERT_EQ(server.requests().size(), 1);
    EXPECT_TRUE(server.requests().front().path.contains("SECRET123"));  // the server does get it
}

}  // namespace
}  // namespace yeonpyo::net
