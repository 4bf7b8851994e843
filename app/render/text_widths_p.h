// Internal: text widths in one font, measured once and remembered across frames.
#pragma once

#include <QFont>
#include <QFontMetricsF>
#include <QHash>
#include <QString>

namespace yeonpyo::render::detail {

class TextWidths {
public:
    explicit TextWidths(const QFont& font) : metrics_(font), font_(font) {}

    double width(const QString& text) {
        if (const auto it = widths_.constFind(text); it != widths_.constEnd())
            return *it;
        if (widths_.size() >= kMaxRemembered)
            widths_.clear();
        const double w = metrics_.horizontalAdvance(text);
        widths_.insert(text, w);
        return w;
    }
    QString elided(const QString& text, double maxWidth) const {
        return metrics_.elidedText(text, Qt::ElideRight, maxWidth);
    }
    const QFontMetricsF& metrics() const { return metrics_; }

private:
    static constexpr qsizetype kMaxRemembered = 50000;
    QFontMetricsF metrics_;
    QFont font_;
    QHash<QString, double> widths_;
};

}  // namespace yeonpyo::render::detail
