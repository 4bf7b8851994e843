// Paints the gazetteer's place names quietly under the route: muted text with a halo of land.
#include <QFontMetricsF>

#include "app/render/map_layers.h"
#include "app/render/place_labels.h"

namespace yeonpyo::render {
namespace {

constexpr std::size_t kMaxGlyphsForNames = 400;

}  // namespace

void PlaceNameLayer::paint(QPainter& painter, const MapPaintContext& context) const {
    // A map full of markers has no room for quiet names, and placing them would cost a frame.
    if (context.glyphs.size() > kMaxGlyphsForNames)
        return;
    std::vector<QRectF> taken;
    taken.reserve(context.glyphs.size() + context.eventLabels.size());
    for (const MarkerGlyph& glyph : context.glyphs) {
        taken.emplace_back(glyph.centre.x() - glyph.halfWidth - 2,
                           glyph.centre.y() - glyph.radius - 2, 2 * glyph.halfWidth + 4,
                           2 * glyph.radius + 4);
    }
    for (const auto& label : context.eventLabels)
        taken.push_back(label.second);
    if (const QRectF locator = LocatorLayer::box(context.frame.viewport); !locator.isEmpty())
        taken.push_back(locator.adjusted(-4, -4, 4, 4));
    const auto names =
        layOutPlaceNames(bundledPlaceNames(), context.frame, context.style, std::move(taken));
    const QColor ink[] = {context.theme.text, context.theme.mutedText,
                          mixed(context.theme.mutedText, context.theme.land, 0.8)};
    for (const PlacedName& name : names) {
        const QFont font = placeNameFont(context.style, name.rank);
        painter.setFont(font);
        const QFontMetricsF metrics(font);
        const QPointF baseline(name.box.center().x() - metrics.horizontalAdvance(name.text) / 2,
                               name.box.center().y() + (metrics.ascent() - metrics.descent()) / 2);
        // A halo in the land colour, so that rivers and the route do not cut through the
        // letters: the text drawn around its place, then the ink (cheaper than stroking outlines).
        painter.setPen(context.theme.land);
        for (const QPointF offset : {QPointF(-1, 0), QPointF(1, 0), QPointF(0, -1), QPointF(0, 1)})
            painter.drawText(baseline + offset, name.text);
        painter.setPen(ink[static_cast<int>(name.rank)]);
        painter.drawText(baseline, name.text);
    }
}

}  // namespace yeonpyo::render
