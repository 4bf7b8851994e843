// Paints map markers: single events as numbered kind-coloured glyphs (fanned-out ones with leader
// lines), clusters as counted discs.
#include "app/render/map_layers.h"
#include "app/render/map_painter.h"
#include "app/render/marker_glyph.h"
#include "app/render/static_text_cache_p.h"

namespace yeonpyo::render {
namespace {

bool isActive(const MapMarker& marker, const MapFrame& frame) {
    if (!frame.activeTime || !marker.beginUtc)
        return true;
    const auto t = static_cast<double>(*marker.beginUtc);
    return t >= frame.activeTime->first && t < frame.activeTime->second;
}

/// Fanned-out markers point at their true places: a thin line and a dot there.
void drawLeaderLines(QPainter& painter, const MapPaintContext& context) {
    for (const MarkerGlyph& glyph : context.glyphs) {
        if (!glyph.anchor)
            continue;
        painter.setPen(QPen(context.theme.route, 1.2));
        painter.drawLine(*glyph.anchor, glyph.centre);
        painter.setPen(QPen(context.theme.background, 1.0));
        painter.setBrush(context.theme.route);
        painter.drawEllipse(*glyph.anchor, 3.0, 3.0);
    }
}

}  // namespace

MarkerLayer::MarkerLayer() = default;
MarkerLayer::~MarkerLayer() = default;

void MarkerLayer::paint(QPainter& painter, const MapPaintContext& context) const {
    const Theme& theme = context.theme;
    if (!numbers_)
        numbers_ = std::make_unique<detail::StaticTextCache>(context.style.numberFont);
    if (!sprites_)
        sprites_ = std::make_unique<MarkerSprites>();
    drawLeaderLines(painter, context);
    for (const MarkerGlyph& glyph : context.glyphs) {
        const MapMarker& first = context.content.markers[glyph.members.front()];
        bool active = false;
        bool selected = false;
        for (std::size_t i : glyph.members) {
            active = active || isActive(context.content.markers[i], context.frame);
            selected = selected || context.content.markers[i].eventId == context.frame.selectedId;
        }
        painter.setOpacity(active ? 1.0 : 0.35);
        MarkerLook look{theme.shapeOf(first.kind), theme.colorOf(first.kind),
                        theme.background,          first.planned,
                        glyph.halfWidth,           glyph.radius};
        if (glyph.isCluster()) {
            look.shape = MarkerShape::Circle;
            look.color = theme.route;
            look.hollow = false;
        }
        sprites_->draw(painter, glyph.centre, look);
        painter.setPen(markerNumberColor(look));
        numbers_->drawCentred(painter, markerBox(glyph.centre, look),
                              glyphText(glyph, context.content, context.frame.locale));
        if (selected)
            drawSelectionHalo(painter, glyph.centre, glyph.halfWidth, glyph.radius,
                              theme.selection);
    }
    painter.setOpacity(1.0);
}

}  // namespace yeonpyo::render
