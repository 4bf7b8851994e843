// Place names from the gazetteer, the zoom each rank shows from, and their greedy placement.
#include "app/render/place_labels.h"

#include <QFontMetricsF>

#include <algorithm>

#include "app/render/labels.h"
#include "core/lexicon/lexicon.h"

namespace yeonpyo::render {
namespace {

/// A frame shows at most this many names: enough to read a city, few enough to stay quiet.
constexpr std::size_t kMaximumNames = 40;
/// Names measured for one frame at most (the most prominent come first): bounds the frame's cost
/// where thousands of towns are in view.
constexpr std::size_t kMaximumAttempts = 160;
/// Cities give way to their districts from this zoom on.
constexpr double kCitiesUntilZoom = 11.5;

std::optional<PlaceRank> rankOf(lexicon::PlaceKind kind) {
    switch (kind) {
        case lexicon::PlaceKind::City:
            return PlaceRank::City;
        case lexicon::PlaceKind::District:
            return PlaceRank::District;
        case lexicon::PlaceKind::Dong:
            return PlaceRank::Neighbourhood;
        default:
            return std::nullopt;
    }
}

bool shownAt(PlaceRank rank, double zoom) {
    return zoom >= placeNameMinimumZoom(rank) &&
           (rank != PlaceRank::City || zoom < kCitiesUntilZoom);
}

}  // namespace

const std::vector<PlaceName>& bundledPlaceNames() {
    static const std::vector<PlaceName> names = [] {
        std::vector<PlaceName> all;
        for (const lexicon::PlaceEntry& entry : lexicon::builtinLexicon().gazetteer.entries()) {
            const auto rank = rankOf(entry.kind);
            if (!rank || !entry.lat || !entry.lon)
                continue;
            const geo::GeoPoint position{*entry.lat, *entry.lon};
            all.push_back({QString::fromStdString(entry.nameKo),
                           QString::fromStdString(entry.nameEn), position, *rank,
                           geo::geoToWorld(position)});
        }
        std::stable_sort(all.begin(), all.end(),
                         [](const PlaceName& a, const PlaceName& b) { return a.rank < b.rank; });
        return all;
    }();
    return names;
}

double placeNameMinimumZoom(PlaceRank rank) {
    switch (rank) {
        case PlaceRank::City:
            return 5.0;
        case PlaceRank::District:
            return 10.5;
        case PlaceRank::Neighbourhood:
            return 12.5;
    }
    return 0.0;
}

QFont placeNameFont(const MapStyle& style, PlaceRank rank) {
    QFont font = rank == PlaceRank::Neighbourhood ? style.smallFont : style.labelFont;
    switch (rank) {
        case PlaceRank::City:
            font.setWeight(QFont::DemiBold);
            break;
        case PlaceRank::District:
            font.setWeight(QFont::Medium);
            font.setLetterSpacing(QFont::AbsoluteSpacing, 1.0);
            break;
        case PlaceRank::Neighbourhood:
            font.setItalic(true);
            break;
    }
    return font;
}

std::vector<PlacedName> layOutPlaceNames(const std::vector<PlaceName>& names, const MapFrame& frame,
                                         const MapStyle& style, std::vector<QRectF> taken) {
    const geo::MapViewport& viewport = frame.viewport;
    std::vector<PlacedName> placed;
    if (!shownAt(PlaceRank::City, viewport.zoom()) &&
        !shownAt(PlaceRank::District, viewport.zoom()))
        return placed;
    const QRectF view(0, 0, viewport.width(), viewport.height());
    const bool korean = isKorean(frame.locale);
    const QFontMetricsF metrics[] = {QFontMetricsF(placeNameFont(style, PlaceRank::City)),
                                     QFontMetricsF(placeNameFont(style, PlaceRank::District)),
                                     QFontMetricsF(placeNameFont(style, PlaceRank::Neighbourhood))};
    std::size_t attempts = 0;
    for (const PlaceName& name : names) {
        if (placed.size() >= kMaximumNames || attempts >= kMaximumAttempts)
            break;
        if (!shownAt(name.rank, viewport.zoom()))
            continue;
        const geo::PixelPoint pixel = viewport.worldToPixel(name.world);
        if (!view.contains(pixel.x, pixel.y))
            continue;
        const QString& preferred = korean ? name.korean : name.english;
        const QString& text =
            preferred.isEmpty() ? (korean ? name.english : name.korean) : preferred;
        if (text.isEmpty())
            continue;
        ++attempts;
        const QFontMetricsF& m = metrics[static_cast<int>(name.rank)];
        const QSizeF size(m.horizontalAdvance(text) + 6, m.height() + 2);
        const QRectF box(pixel.x - size.width() / 2, pixel.y - size.height() / 2, size.width(),
                         size.height());
        if (!view.contains(box) || std::any_of(taken.begin(), taken.end(),
                                               [&](const QRectF& r) { return r.intersects(box); }))
            continue;
        taken.push_back(box);
        placed.push_back({text, box, name.rank});
    }
    return placed;
}

}  // namespace yeonpyo::render
