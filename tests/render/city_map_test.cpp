// The map at city scale: bundled rivers, the gazetteer's district and neighbourhood names around
// the route, and small crowds of markers fanned out with leader lines.
#include <gtest/gtest.h>

#include <QImage>
#include <QPainter>

#include <cmath>

#include "app/render/basemap.h"
#include "app/render/map_painter.h"
#include "app/render/place_labels.h"
#include "tests/render/sample_story.h"

namespace yeonpyo::render {
namespace {

/// Distance in kilometres on a sphere, for "near the Han" checks.
double kilometres(geo::GeoPoint a, geo::GeoPoint b) {
    constexpr double kRadius = 6371.0;
    const double toRad = std::acos(-1.0) / 180.0;
    const double dLat = (b.lat - a.lat) * toRad;
    const double dLon = (b.lon - a.lon) * toRad * std::cos((a.lat + b.lat) / 2 * toRad);
    return kRadius * std::hypot(dLat, dLon);
}

TEST(Rivers, TheBundledRiversHaveEveryClassAndTheHanRunsThroughSeoul) {
    const BaseMap& rivers = BaseMap::bundledRivers();
    ASSERT_FALSE(rivers.empty());
    std::set<int> classes;
    double nearest = 1e9;
    for (const BaseMapSection& section : rivers.sections()) {
        EXPECT_EQ(section.feature, BaseMapFeature::Rivers);
        classes.insert(section.riverClass);
        for (const BaseMapShape& shape : section.shapes) {
            for (const QPolygonF& line : shape.rings) {
                for (const QPointF& p : line)
                    nearest = std::min(
                        nearest, kilometres(geo::worldToGeo({p.x(), p.y()}), {37.517, 126.99}));
            }
        }
    }
    EXPECT_EQ(classes, (std::set<int>{0, 1, 2, 3, 4}));
    EXPECT_LT(nearest, 2.5) << "a point of the Han within a few km of Banpo bridge";
}

TEST(PlaceNames, TheGazetteerGivesSeoulsDistrictsAndNeighbourhoods) {
    const auto& names = bundledPlaceNames();
    const auto has = [&](const char* korean, PlaceRank rank) {
        return std::any_of(names.begin(), names.end(), [&](const PlaceName& n) {
            return n.korean == QString::fromUtf8(korean) && n.rank == rank;
        });
    };
    EXPECT_TRUE(has("강남구", PlaceRank::District));
    EXPECT_TRUE(has("여의도동", PlaceRank::Neighbourhood));
    EXPECT_TRUE(has("서울", PlaceRank::City));
    EXPECT_LT(placeNameMinimumZoom(PlaceRank::City), placeNameMinimumZoom(PlaceRank::District));
    EXPECT_LT(placeNameMinimumZoom(PlaceRank::District),
              placeNameMinimumZoom(PlaceRank::Neighbourhood));
}

TEST(PlaceNames, TheSeoulDayShowsDistrictNamesAroundTheRouteClearOfMarkers) {
    const MapContent content = MapContent::fromEvents(testing::zuckerbergSeoulEvents());
    const MapStyle style = MapStyle::fromTheme(theme(ThemeKind::Light));
    for (const QLocale& locale : {QLocale(QLocale::Korean), QLocale(QLocale::English)}) {
        MapFrame frame;
        frame.locale = locale;
        frame.viewport = fitToContent(content, 660, 940);
        const auto glyphs = layOutMarkers(content, frame, style);
        std::vector<QRectF> markers;
        for (const MarkerGlyph& g : glyphs)
            markers.emplace_back(g.centre - QPointF(g.halfWidth, g.radius),
                                 QSizeF(2 * g.halfWidth, 2 * g.radius));
        const auto placed = layOutPlaceNames(bundledPlaceNames(), frame, style, markers);
        QStringList texts;
        for (const PlacedName& name : placed) {
            texts << name.text;
            for (const QRectF& m : markers)
                EXPECT_FALSE(name.box.intersects(m)) << name.text.toStdString();
            for (const PlacedName& other : placed)
                EXPECT_TRUE(&other == &name || !other.box.intersects(name.box));
        }
        const auto inCity = std::count_if(placed.begin(), placed.end(), [](const PlacedName& n) {
            return n.rank != PlaceRank::City;
        });
        EXPECT_GE(inCity, 3) << texts.join(", ").toStdString();
        const bool korean = locale.language() == QLocale::Korean;
        for (const char* district : korean
                                        ? std::vector{"용산구", "강남구", "동작구"}
                                        : std::vector{"Yongsan-gu", "Gangnam-gu", "Dongjak-gu"}) {
            EXPECT_TRUE(texts.contains(QString::fromUtf8(district)))
                << district << " in " << texts.join(", ").toStdString();
        }
    }
}

TEST(PlaceNames, NoneAtCountryScaleAndCitiesGiveWayToDistricts) {
    const MapStyle style = MapStyle::fromTheme(theme(ThemeKind::Light));
    MapFrame frame;
    frame.viewport = geo::MapViewport({36.5, 127.5}, 3.0, 800, 600);
    EXPECT_TRUE(layOutPlaceNames(bundledPlaceNames(), frame, style, {}).empty());
    frame.viewport = geo::MapViewport({36.5, 127.5}, 7.0, 800, 600);
    const auto country = layOutPlaceNames(bundledPlaceNames(), frame, style, {});
    ASSERT_FALSE(country.empty());
    for (const PlacedName& name : country)
        EXPECT_EQ(name.rank, PlaceRank::City) << name.text.toStdString();
    // Towns without a Korean name keep their Latin one under a Korean locale.
    frame.locale = QLocale(QLocale::Korean);
    frame.viewport = geo::MapViewport({33.0, 114.0}, 7.0, 800, 600);  // Henan, China
    const auto china = layOutPlaceNames(bundledPlaceNames(), frame, style, {});
    ASSERT_FALSE(china.empty());
    for (const PlacedName& name : china)
        EXPECT_FALSE(name.text.isEmpty());
}

MapContent markersAt(const std::vector<geo::GeoPoint>& points) {
    MapContent content;
    for (std::size_t i = 0; i < points.size(); ++i) {
        MapMarker m;
        m.eventId = static_cast<std::int64_t>(i + 1);
        m.sequence = static_cast<int>(i + 1);
        m.position = points[i];
        content.markers.push_back(m);
    }
    return content;
}

TEST(MapFanOut, AFewCoincidentMarkersFanOutWithLeaderLinesToTheirPlace) {
    const geo::GeoPoint place{37.5383, 126.9985};
    const MapContent content = markersAt({place, place, place});
    MapFrame frame;
    frame.viewport = geo::MapViewport(place, 13.0, 640, 480);
    const MapStyle style = MapStyle::fromTheme(theme(ThemeKind::Light));
    const auto glyphs = layOutMarkers(content, frame, style);
    ASSERT_EQ(glyphs.size(), 3u);
    for (std::size_t i = 0; i < glyphs.size(); ++i) {
        EXPECT_FALSE(glyphs[i].isCluster());
        ASSERT_TRUE(glyphs[i].anchor.has_value());
        EXPECT_NEAR(glyphs[i].anchor->x(), 320, 1);
        EXPECT_NEAR(glyphs[i].anchor->y(), 240, 1);
        for (std::size_t j = 0; j < i; ++j) {
            const QPointF d = glyphs[i].centre - glyphs[j].centre;
            EXPECT_GE(std::hypot(d.x(), d.y()), 2 * style.markerRadius) << "markers do not overlap";
        }
    }
    const MapPainter painter(theme(ThemeKind::Light));
    for (const MarkerGlyph& g : glyphs)
        EXPECT_EQ(painter.hitTest(content, frame, g.centre).eventIds.size(), 1u);
}

TEST(MapFanOut, ManyCoincidentMarkersStayOneCountedCluster) {
    const geo::GeoPoint place{37.5383, 126.9985};
    const MapContent content = markersAt(std::vector<geo::GeoPoint>(kFanOutLimit + 1, place));
    MapFrame frame;
    frame.viewport = geo::MapViewport(place, 13.0, 640, 480);
    const auto glyphs = layOutMarkers(content, frame, MapStyle::fromTheme(theme(ThemeKind::Light)));
    ASSERT_EQ(glyphs.size(), 1u);
    EXPECT_TRUE(glyphs.front().isCluster());
    EXPECT_FALSE(glyphs.front().anchor.has_value());
}

TEST(MapFanOut, TheSeoulVenuesAreThreeMarkersAtEveryCityZoom) {
    const MapContent content = MapContent::fromEvents(testing::zuckerbergSeoulEvents());
    const MapStyle style = MapStyle::fromTheme(theme(ThemeKind::Light));
    for (double zoom = 9.0; zoom <= 13.0; zoom += 0.5) {
        MapFrame frame;
        frame.viewport = geo::MapViewport({37.52, 126.99}, zoom, 800, 600);
        const auto glyphs = layOutMarkers(content, frame, style);
        EXPECT_EQ(glyphs.size(), 3u) << zoom;
        for (const MarkerGlyph& g : glyphs)
            EXPECT_FALSE(g.isCluster()) << zoom;
    }
}

}  // namespace
}  // namespace yeonpyo::render
