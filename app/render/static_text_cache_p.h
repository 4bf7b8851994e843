// Internal: text drawing that reuses laid-out QStaticText on raster devices (screen, PNG) across
// frames.
#pragma once

#include <QFont>
#include <QHash>
#include <QPainter>
#include <QRectF>
#include <QStaticText>
#include <QString>

namespace yeonpyo::render::detail {

/// Draws strings in one font. On the raster engine each string's layout is kept and reused,
/// which is several times faster than QPainter::drawText for the short labels painters repeat
/// every frame; vector devices (SVG, PDF) get plain drawText so that text stays text.
/// Not thread-safe: one per painter object.
class StaticTextCache {
public:
    explicit StaticTextCache(QFont font) : font_(std::move(font)) {}

    /// Draws text with its left end on a baseline point.
    void drawAtBaseline(QPainter& painter, const QPointF& baselineLeft, const QString& text,
                        double ascent);
    /// Draws text centred in a rectangle.
    void drawCentred(QPainter& painter, const QRectF& rect, const QString& text);

private:
    const QStaticText& laidOut(const QString& text);

    static constexpr qsizetype kMaxRemembered = 20000;
    QFont font_;
    QHash<QString, QStaticText> texts_;
};

}  // namespace yeonpyo::render::detail
