// Lays out and paints place names beside single markers, greedily avoiding markers and earlier
// labels.
#include <QFontMetricsF>

#include "app/render/map_layers.h"
#include "app/render/map_painter.h"

namespace yeonpyo::render {

std::vector<std::pair<std::size_t, QRectF>> layOutEventLabels(
    const MapContent& content, const std::vector<MarkerGlyph>& glyphs, const MapFrame& frame,
    const MapStyle& style) {
    const QFontMetricsF metrics(style.labelFont);
    std::vector<QRectF> taken;
    taken.reserve(glyphs.size() * 2);
    for (const MarkerGlyph& glyph : glyphs) {
        taken.emplace_back(glyph.centre.x() - glyph.halfWidth, glyph.centre.y() - glyph.radius,
                           2 * glyph.halfWidth, 2 * glyph.radius);
    }
    const QRectF view(0, 0, frame.viewport.width(), frame.viewport.height());
    std::vector<std::pair<std::size_t, QRectF>> placed;
    for (std::size_t g = 0; g < glyphs.size(); ++g) {
        const MarkerGlyph& glyph = glyphs[g];
        if (glyph.isCluster())
            continue;
        const QString& name = content.markers[glyph.members.front()].placeName;
        if (name.isEmpty())
            continue;
        const QSizeF size(metrics.horizontalAdvance(name) + 10, metrics.height() + 4);
        const double y = glyph.centre.y() - size.height() / 2;
        const QRectF right(glyph.centre.x() + glyph.halfWidth + 4, y, size.width(), size.height());
        const QRectF left(glyph.centre.x() - glyph.halfWidth - 4 - size.width(), y, size.width(),
                          size.height());
        for (const QRectF& candidate : {right, left}) {
            const bool free = view.contains(candidate) &&
                              std::none_of(taken.begin(), taken.end(), [&](const QRectF& r) {
                                  return r.intersects(candidate);
                              });
            if (!free)
                continue;
            taken.push_back(candidate);
            placed.emplace_back(g, candidate);
            break;
        }
    }
    return placed;
}

void LabelLayer::paint(QPainter& painter, const MapPaintContext& context) const {
    painter.setFont(context.style.labelFont);
    for (const auto& [g, box] : context.eventLabels) {
        const QString& name = context.content.markers[context.glyphs[g].members.front()].placeName;
        painter.setPen(Qt::NoPen);
        painter.setBrush(mixed(context.theme.background, context.theme.land, 0.85));
        painter.drawRoundedRect(box, 4, 4);
        painter.setPen(context.theme.text);
        painter.drawText(box, Qt::AlignCenter, name);
    }
}

}  // namespace yeonpyo::render
