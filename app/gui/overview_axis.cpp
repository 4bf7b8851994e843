// Overview axis hints: picks a year or month step whose labels never touch, then places them.
#include "app/gui/overview_axis.h"

#include <QDateTime>

#include <algorithm>
#include <array>
#include <cmath>

#include "app/render/labels.h"

namespace yeonpyo::gui {
namespace {

struct Step {
    bool months;  ///< Months when true, years otherwise.
    int count;
    double approxSeconds;
};

constexpr double kYear = 365.25 * 86400.0;
constexpr std::array kSteps{
    Step{true, 1, kYear / 12},     Step{true, 2, kYear / 6},        Step{true, 3, kYear / 4},
    Step{true, 6, kYear / 2},      Step{false, 1, kYear},           Step{false, 2, 2 * kYear},
    Step{false, 5, 5 * kYear},     Step{false, 10, 10 * kYear},     Step{false, 25, 25 * kYear},
    Step{false, 50, 50 * kYear},   Step{false, 100, 100 * kYear},   Step{false, 250, 250 * kYear},
    Step{false, 500, 500 * kYear}, Step{false, 1000, 1000 * kYear},
};
constexpr double kPixelsPerTick = 100.0;
constexpr int kMostTicks = 8;

int floorDiv(int a, int b) {
    return a >= 0 ? a / b : -((-a + b - 1) / b);
}

QString yearLabel(const QDate& date, const QLocale& locale) {
    const QString year = QString::number(date.year());
    return render::isKorean(locale) ? year + QStringLiteral("년") : year;
}

QString monthLabel(const QDate& date, const QLocale& locale) {
    if (render::isKorean(locale))
        return yearLabel(date, locale) + ' ' + QString::number(date.month()) + QStringLiteral("월");
    return locale.toString(date, QStringLiteral("MMM yyyy"));
}

/// The first period start of a step at or before date.
QDate firstStart(const QDate& date, const Step& step) {
    if (!step.months)
        return {floorDiv(date.year(), step.count) * step.count, 1, 1};
    const int index = floorDiv(date.year() * 12 + date.month() - 1, step.count) * step.count;
    return {floorDiv(index, 12), index - floorDiv(index, 12) * 12 + 1, 1};
}

std::vector<OverviewTick> ticksOf(const Step& step, const OverviewGeometry& geometry,
                                  const QLocale& locale, const QTimeZone& zone) {
    const TimeRange& extent = geometry.extent();
    const QDate startDate =
        QDateTime::fromSecsSinceEpoch(static_cast<qint64>(std::floor(extent.begin)), zone).date();
    std::vector<OverviewTick> ticks;
    for (QDate date = firstStart(startDate, step); date.isValid();
         date = step.months ? date.addMonths(step.count) : date.addYears(step.count)) {
        const double t = static_cast<double>(QDateTime(date, QTime(0, 0), zone).toSecsSinceEpoch());
        if (t >= extent.end)
            break;
        if (t >= extent.begin)
            ticks.push_back({geometry.xOf(t),
                             step.months ? monthLabel(date, locale) : yearLabel(date, locale)});
    }
    return ticks;
}

bool labelsFit(const std::vector<OverviewTick>& ticks, const QFontMetricsF& metrics) {
    for (std::size_t i = 0; i + 1 < ticks.size(); ++i) {
        const double labelEnd = ticks[i].x + kOverviewLabelInset +
                                metrics.horizontalAdvance(ticks[i].label) + kOverviewLabelGap;
        if (labelEnd > ticks[i + 1].x)
            return false;
    }
    return true;
}

void dropOverhangingLast(std::vector<OverviewTick>& ticks, const OverviewGeometry& geometry,
                         const QFontMetricsF& metrics) {
    if (!ticks.empty() &&
        ticks.back().x + kOverviewLabelInset + metrics.horizontalAdvance(ticks.back().label) >
            geometry.right()) {
        ticks.pop_back();
    }
}

}  // namespace

std::vector<OverviewTick> overviewTicks(const OverviewGeometry& geometry, const QLocale& locale,
                                        const QTimeZone& zone, const QFontMetricsF& metrics) {
    const double width = geometry.right() - geometry.left();
    const int most = std::clamp(static_cast<int>(width / kPixelsPerTick), 1, kMostTicks);
    for (const Step& step : kSteps) {
        if (geometry.extent().span() / step.approxSeconds > most + 1)
            continue;
        std::vector<OverviewTick> ticks = ticksOf(step, geometry, locale, zone);
        if (static_cast<int>(ticks.size()) > most || !labelsFit(ticks, metrics))
            continue;
        dropOverhangingLast(ticks, geometry, metrics);
        return ticks;
    }
    return {};
}

}  // namespace yeonpyo::gui
