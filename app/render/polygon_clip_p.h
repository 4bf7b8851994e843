// Internal: clipping of rings and polylines to a rectangle, so painters never see far-away
// coordinates.
#pragma once

#include <QPolygonF>
#include <QRectF>

#include <vector>

namespace yeonpyo::render::detail {

/// Sutherland–Hodgman clipping of a closed ring; the result is empty when nothing remains.
QPolygonF clipRing(const QPolygonF& ring, const QRectF& rect);

/// The runs of a polyline whose segments touch the rectangle, appended to out.
void clipPolyline(const QPolygonF& line, const QRectF& rect, std::vector<QPolygonF>& out);

}  // namespace yeonpyo::render::detail
