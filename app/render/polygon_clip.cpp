// Rectangle clipping for base map rings and lines.
#include "app/render/polygon_clip_p.h"

namespace yeonpyo::render::detail {
namespace {

enum class Edge { Left, Right, Top, Bottom };

bool inside(const QPointF& p, Edge edge, const QRectF& r) {
    switch (edge) {
        case Edge::Left:
            return p.x() >= r.left();
        case Edge::Right:
            return p.x() <= r.right();
        case Edge::Top:
            return p.y() >= r.top();
        case Edge::Bottom:
            return p.y() <= r.bottom();
    }
    return true;
}

QPointF crossing(const QPointF& a, const QPointF& b, Edge edge, const QRectF& r) {
    if (edge == Edge::Left || edge == Edge::Right) {
        const double x = edge == Edge::Left ? r.left() : r.right();
        return {x, a.y() + (b.y() - a.y()) * (x - a.x()) / (b.x() - a.x())};
    }
    const double y = edge == Edge::Top ? r.top() : r.bottom();
    return {a.x() + (b.x() - a.x()) * (y - a.y()) / (b.y() - a.y()), y};
}

QPolygonF clipAgainst(const QPolygonF& points, Edge edge, const QRectF& r) {
    QPolygonF out;
    const qsizetype n = points.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QPointF& current = points[i];
        const QPointF& previous = points[(i + n - 1) % n];
        const bool currentIn = inside(current, edge, r);
        if (currentIn != inside(previous, edge, r))
            out << crossing(previous, current, edge, r);
        if (currentIn)
            out << current;
    }
    return out;
}

bool segmentTouches(const QPointF& a, const QPointF& b, const QRectF& r) {
    return std::max(a.x(), b.x()) >= r.left() && std::min(a.x(), b.x()) <= r.right() &&
           std::max(a.y(), b.y()) >= r.top() && std::min(a.y(), b.y()) <= r.bottom();
}

}  // namespace

QPolygonF clipRing(const QPolygonF& ring, const QRectF& rect) {
    if (rect.contains(ring.boundingRect()))
        return ring;
    QPolygonF points = ring;
    for (Edge edge : {Edge::Left, Edge::Right, Edge::Top, Edge::Bottom}) {
        points = clipAgainst(points, edge, rect);
        if (points.isEmpty())
            break;
    }
    return points.size() >= 3 ? points : QPolygonF();
}

void clipPolyline(const QPolygonF& line, const QRectF& rect, std::vector<QPolygonF>& out) {
    QPolygonF run;
    for (qsizetype i = 1; i < line.size(); ++i) {
        if (segmentTouches(line[i - 1], line[i], rect)) {
            if (run.isEmpty())
                run << line[i - 1];
            run << line[i];
        } else if (!run.isEmpty()) {
            out.push_back(std::move(run));
            run = QPolygonF();
        }
    }
    if (run.size() >= 2)
        out.push_back(std::move(run));
}

}  // namespace yeonpyo::render::detail
