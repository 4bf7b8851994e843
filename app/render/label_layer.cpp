// Paints place names beside single markers, greedily avoiding markers and earlier labels.
#include <QFontMetricsF>

#include "app/render/map_layers.h"

namespace yeonpyo::render {

void LabelLayer::paint(QPainter& painter, const MapPaintContext& context) const {
    const QFontMetricsF metrics(context.style.labelFont);
    std::vector<QRectF> taken;
    taken.reserve(context.glyphs.size() * 2);
    for (const MarkerGlyph& glyph : context.glyphs) {
        taken.emplace_back(glyph.centre.x() - glyph.halfWidth, glyph.centre.y() - glyph.radius,
                           2 * glyph.halfWidth, 2 * glyph.radius);
    }
    const QRectF view(0, 0, context.frame.viewport.width(), context.frame.viewport.height());
    painter.setFont(context.style.labelFont);
    for (const MarkerGlyph& glyph : context.glyphs) {
        if (glyph.isCluster())
            continue;
        const QString& name = context.content.markers[glyph.members.front()].placeName;
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
            painter.setPen(Qt::NoPen);
            painter.setBrush(mixed(context.theme.background, context.theme.land, 0.85));
            painter.drawRoundedRect(candidate, 4, 4);
            painter.setPen(context.theme.text);
            painter.drawText(candidate, Qt::AlignCenter, name);
            break;
        }
    }
}

}  // namespace yeonpyo::render
