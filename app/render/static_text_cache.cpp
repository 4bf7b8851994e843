// Cached static text for raster painting, plain text for vector painting.
#include "app/render/static_text_cache_p.h"

#include <QPaintEngine>

namespace yeonpyo::render::detail {
namespace {

bool isRaster(QPainter& painter) {
    return painter.paintEngine() && painter.paintEngine()->type() == QPaintEngine::Raster;
}

}  // namespace

const QStaticText& StaticTextCache::laidOut(const QString& text) {
    if (const auto it = texts_.constFind(text); it != texts_.constEnd())
        return *it;
    if (texts_.size() >= kMaxRemembered)
        texts_.clear();
    QStaticText staticText(text);
    staticText.setTextFormat(Qt::PlainText);
    staticText.setPerformanceHint(QStaticText::AggressiveCaching);
    staticText.prepare(QTransform(), font_);
    return *texts_.insert(text, staticText);
}

void StaticTextCache::drawAtBaseline(QPainter& painter, const QPointF& baselineLeft,
                                     const QString& text, double ascent) {
    painter.setFont(font_);
    if (!isRaster(painter)) {
        painter.drawText(baselineLeft, text);
        return;
    }
    painter.drawStaticText(QPointF(baselineLeft.x(), baselineLeft.y() - ascent), laidOut(text));
}

void StaticTextCache::drawCentred(QPainter& painter, const QRectF& rect, const QString& text) {
    painter.setFont(font_);
    if (!isRaster(painter)) {
        painter.drawText(rect, Qt::AlignCenter, text);
        return;
    }
    const QStaticText& staticText = laidOut(text);
    const QSizeF size = staticText.size();
    painter.drawStaticText(rect.center() - QPointF(size.width() / 2, size.height() / 2),
                           staticText);
}

}  // namespace yeonpyo::render::detail
