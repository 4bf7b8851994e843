// Overview slider geometry: linear time ↔ x over the extent and the windows gestures ask for.
#include "app/gui/overview_geometry.h"

#include <algorithm>
#include <cmath>

#include "app/render/time_viewport.h"

namespace yeonpyo::gui {
namespace {

TimeRange atLeastMinimumSpan(const TimeRange& extent) {
    const double minimum = render::TimeViewport::kMinSpanSeconds;
    if (extent.span() >= minimum)
        return extent;
    return {extent.centre() - minimum / 2.0, extent.centre() + minimum / 2.0};
}

}  // namespace

OverviewGeometry::OverviewGeometry(TimeRange extent, double left, double width)
    : extent_(atLeastMinimumSpan(extent)), left_(left), width_(std::max(width, 1.0)) {}

double OverviewGeometry::xOf(double seconds) const {
    return left_ + (seconds - extent_.begin) / extent_.span() * width_;
}

double OverviewGeometry::timeAt(double x) const {
    return extent_.begin + (x - left_) / width_ * extent_.span();
}

double OverviewGeometry::beginXOf(const TimeRange& window) const {
    return std::clamp(xOf(window.begin), left_, right());
}

double OverviewGeometry::endXOf(const TimeRange& window) const {
    return std::clamp(xOf(window.end), left_, right());
}

OverviewPart OverviewGeometry::hitTest(const TimeRange& window, double x) const {
    const double beginX = beginXOf(window);
    const double endX = endXOf(window);
    const double inner = std::min(kHandleReach, (endX - beginX) / 3.0);
    const bool nearBegin = x >= beginX - kHandleReach && x <= beginX + inner;
    const bool nearEnd = x >= endX - inner && x <= endX + kHandleReach;
    if (nearBegin && nearEnd)
        return x - beginX <= endX - x ? OverviewPart::BeginHandle : OverviewPart::EndHandle;
    if (nearBegin)
        return OverviewPart::BeginHandle;
    if (nearEnd)
        return OverviewPart::EndHandle;
    return x > beginX && x < endX ? OverviewPart::Window : OverviewPart::Outside;
}

TimeRange OverviewGeometry::clamped(const TimeRange& window) const {
    const double span = window.span();
    if (span >= extent_.span())
        return {extent_.centre() - span / 2.0, extent_.centre() + span / 2.0};
    if (window.begin < extent_.begin)
        return {extent_.begin, extent_.begin + span};
    if (window.end > extent_.end)
        return {extent_.end - span, extent_.end};
    return window;
}

TimeRange OverviewGeometry::panned(const TimeRange& window, double dx) const {
    const double shift = dx / width_ * extent_.span();
    return clamped({window.begin + shift, window.end + shift});
}

TimeRange OverviewGeometry::resized(const TimeRange& window, OverviewPart handle, double x) const {
    const double shownBegin = timeAt(beginXOf(window));
    const double shownEnd = timeAt(endXOf(window));
    if (handle == OverviewPart::BeginHandle) {
        const double end = std::max(shownEnd, extent_.begin + minimumSpan());
        return {std::clamp(timeAt(x), extent_.begin, end - minimumSpan()), end};
    }
    const double begin = std::min(shownBegin, extent_.end - minimumSpan());
    return {begin, std::clamp(timeAt(x), begin + minimumSpan(), extent_.end)};
}

TimeRange OverviewGeometry::centredAt(const TimeRange& window, double x) const {
    const double centre = timeAt(x);
    return clamped({centre - window.span() / 2.0, centre + window.span() / 2.0});
}

TimeRange OverviewGeometry::zoomedAround(const TimeRange& window, double x, double factor) const {
    const double span = window.span();
    if (span <= 0.0)
        return clamped(window);
    const double widest = std::max(extent_.span(), span);
    const double narrowest = std::min(minimumSpan(), span);
    const double ratio = std::clamp(span / factor, narrowest, widest) / span;
    const double still = timeAt(x);
    return clamped({still - (still - window.begin) * ratio, still + (window.end - still) * ratio});
}

TimeRange OverviewGeometry::atEdge(const TimeRange& window, bool toEnd) const {
    const double span = window.span();
    return clamped(toEnd ? TimeRange{extent_.end - span, extent_.end}
                         : TimeRange{extent_.begin, extent_.begin + span});
}

double OverviewGeometry::minimumSpan() const {
    const double pixels = kMinWindowPixels / width_ * extent_.span();
    return std::min(std::max(pixels, render::TimeViewport::kMinSpanSeconds), extent_.span());
}

}  // namespace yeonpyo::gui
