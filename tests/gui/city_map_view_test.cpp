// The map widget at city scale: the sample's Seoul venues (the first day's three and the next
// day's call) as separate markers with the route between them, and the one-time offer of street
// tiles past the offline map's detail.
#include <gtest/gtest.h>

#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>

#include <cmath>

#include "app/gui/export_actions.h"
#include "app/gui/export_choices.h"
#include "app/gui/map_view.h"
#include "app/gui/street_tiles_offer.h"
#include "app/gui/view_theme.h"
#include "app/render/image_export.h"
#include "app/render/page_painter.h"
#include "app/render/theme.h"
#include "main_window_fixture.h"
#include "tests/tiles/mbtiles_writer.h"

namespace yeonpyo::gui::testing {
namespace {

bool near(QColor a, QColor b, int tolerance) {
    return std::abs(a.red() - b.red()) <= tolerance &&
           std::abs(a.green() - b.green()) <= tolerance &&
           std::abs(a.blue() - b.blue()) <= tolerance;
}

/// True when a pixel within `radius` of p has the colour.
bool colourAround(const QImage& image, QPointF p, QColor colour, int radius, int tolerance) {
    for (int dy = -radius; dy <= radius; ++dy) {
        for (int dx = -radius; dx <= radius; ++dx) {
            const QPoint at = p.toPoint() + QPoint(dx, dy);
            if (image.rect().contains(at) && near(image.pixelColor(at), colour, tolerance))
                return true;
        }
    }
    return false;
}

class CityMapViewTest : public MainWindowFixture {
protected:
    MapView& map() { return *window.mapView(); }
    QPointF pixelOf(const Event& event) {
        geo::PixelPoint pixel;
        map().viewport().geoToPixel({*event.place.lat, *event.place.lon}, pixel);
        return {pixel.x, pixel.y};
    }
    /// The events placed in Seoul, in sequence order (the sample's departure is placed in India).
    std::vector<const Event*> located() {
        std::vector<const Event*> events;
        for (const Event& e : session.allEvents()) {
            if (e.place.hasCoordinates() && std::abs(*e.place.lat - 37.55) < 0.2 &&
                std::abs(*e.place.lon - 126.99) < 0.25)
                events.push_back(&e);
        }
        std::sort(events.begin(), events.end(),
                  [](const Event* a, const Event* b) { return a->sequence < b->sequence; });
        return events;
    }
};

TEST_F(CityMapViewTest, TheThreeSeoulVenuesAreThreeMarkersWithTheRouteBetween) {
    const auto events = located();
    ASSERT_GE(events.size(), 3u) << "the three venues of 28 February (and the next day's call)";
    std::vector<std::int64_t> ids;
    for (const Event* event : events)
        ids.push_back(event->id);
    map().fitToEventIds(ids);
    QApplication::processEvents();
    EXPECT_GT(map().viewport().zoom(), 11.0) << "the view frames the city, not the country";
    const render::Theme& theme = render::theme(viewThemeKind(map().palette()));
    const QImage image = map().grab().toImage();
    for (const Event* event : events) {
        // Each venue has its own marker in its kind's colour (a cluster would be one disc in
        // the route's colour between them).
        const QPointF at = pixelOf(*event) + QPointF(0, -8);
        EXPECT_TRUE(colourAround(image, at, theme.colorOf(event->kind), 2, 30))
            << event->place.name;
    }
    for (std::size_t i = 0; i + 1 < events.size(); ++i) {
        // The leg's curve at its middle: a quadratic through a control point beside the chord.
        const QPointF a = pixelOf(*events[i]);
        const QPointF b = pixelOf(*events[i + 1]);
        const QPointF d = b - a;
        const QPointF control = (a + b) / 2.0 + QPointF(-d.y(), d.x()) * 0.18;
        const QPointF middle = 0.25 * a + 0.5 * control + 0.25 * b;
        EXPECT_TRUE(colourAround(image, middle, theme.route, 3, 40)) << "leg " << i + 1;
    }
}

TEST_F(CityMapViewTest, StreetTilesAreOfferedOnceAtStreetZoomAndTheAnswerIsKept) {
    QSettings().remove("map/streetTilesOffer");
    MapView& view = map();
    auto* offer = view.findChild<StreetTilesOffer*>("streetTilesOffer");
    ASSERT_NE(offer, nullptr);
    view.fitToEvents();
    view.update();
    QApplication::processEvents();
    if (view.viewport().zoom() < StreetTilesOffer::kStreetZoom) {
        offer->consider(view.viewport().zoom(), true);
        EXPECT_FALSE(offer->isVisible()) << "not while the offline map still has something to show";
    }
    offer->consider(StreetTilesOffer::kStreetZoom + 1, false);
    EXPECT_FALSE(offer->isVisible()) << "not over tiles";
    offer->consider(StreetTilesOffer::kStreetZoom + 1, true);
    ASSERT_TRUE(offer->isVisible());
    EXPECT_TRUE(view.rect().contains(offer->geometry()));
    bool requested = false;
    QObject::connect(&view, &MapView::streetTilesRequested, [&] { requested = true; });
    auto* no = offer->findChild<QPushButton*>("streetTilesNo");
    ASSERT_NE(no, nullptr);
    no->click();
    EXPECT_FALSE(offer->isVisible());
    EXPECT_FALSE(requested);
    EXPECT_EQ(QSettings().value("map/streetTilesOffer").toString(), "declined");
    offer->consider(StreetTilesOffer::kStreetZoom + 1, true);
    EXPECT_FALSE(offer->isVisible()) << "asked once";
    StreetTilesOffer later(&view);
    later.consider(StreetTilesOffer::kStreetZoom + 1, true);
    EXPECT_FALSE(later.isVisible()) << "and not again in the next session";
}

TEST_F(CityMapViewTest, AcceptingTheOfferTurnsOnOpenStreetMap) {
    QSettings().remove("map/streetTilesOffer");
    StreetTilesOffer offer(&map());
    bool requested = false;
    QObject::connect(&offer, &StreetTilesOffer::accepted, [&] { requested = true; });
    offer.consider(StreetTilesOffer::kStreetZoom + 1, true);
    ASSERT_TRUE(offer.isVisible());
    offer.findChild<QPushButton*>("streetTilesYes")->click();
    EXPECT_TRUE(requested);
    EXPECT_EQ(QSettings().value("map/streetTilesOffer").toString(), "accepted");
    QSettings().remove("map/streetTilesOffer");
}

TEST_F(CityMapViewTest, ExportsDrawTheMapsTilesWithTheirCredit) {
    const QColor tileColour(150, 60, 200);
    QTemporaryDir dir;
    const QString path = dir.filePath("purple.mbtiles");
    ASSERT_EQ(yeonpyo::testing::writeMBTiles(
                  path, {{"minzoom", "0"}, {"maxzoom", "2"}, {"attribution", "© Purple Survey"}},
                  {{{2, 3, 1}, yeonpyo::testing::solidTilePng(tileColour)}}),
              "");  // the tile of z2 over Korea
    ASSERT_TRUE(map().setBaseLayer({BaseLayerChoice::Kind::MBTiles, path, {}}).ok());
    ImageExportChoices choices;
    choices.format = render::ImageFormat::Png;
    choices.withMap = true;
    const ExportContext context =
        exportContextOf(session, *window.timelineView(), map().tileSource());
    const render::ExportOptions options = toExportOptions(choices, context);
    ASSERT_NE(options.tiles, nullptr);
    EXPECT_EQ(options.tiles->attribution(), "© Purple Survey");
    const QImage image = render::renderImage(snapshotFor(choices, context)->document(), options);
    const QRect panel = render::pageGeometry(QSizeF(options.size), options).map.toAlignedRect();
    int purple = 0;
    for (int y = panel.top() + 2; y < panel.bottom() - 2; y += 4) {
        for (int x = panel.left() + 2; x < panel.right() - 2; x += 4)
            purple += image.pixelColor(x, y) == tileColour;
    }
    EXPECT_GT(purple, (panel.width() / 4) * (panel.height() / 4) / 2) << "tiles fill the inset";
    ASSERT_TRUE(map().setBaseLayer({}).ok());
}

}  // namespace
}  // namespace yeonpyo::gui::testing
