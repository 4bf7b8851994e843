// Pan, zoom and fit arithmetic of TimeViewport.
#include "app/render/time_viewport.h"

#include <algorithm>

namespace yeonpyo::render {

TimeViewport::TimeViewport(double begin, double end, double width) : width_(std::max(1.0, width)) {
    const double middle = (begin + end) / 2.0;
    const double span = std::clamp(end - begin, kMinSpanSeconds, kMaxSpanSeconds);
    begin_ = middle - span / 2.0;
    end_ = middle + span / 2.0;
}

TimeViewport TimeViewport::zoomedAround(double x, double factor) const {
    if (factor <= 0.0)
        return *this;
    const double anchor = timeAt(x);
    const double span = std::clamp(this->span() / factor, kMinSpanSeconds, kMaxSpanSeconds);
    const double begin = anchor - x / width_ * span;
    return {begin, begin + span, width_};
}

TimeViewport TimeViewport::pannedBy(double dx) const {
    const double shift = dx * secondsPerPixel();
    return {begin_ - shift, end_ - shift, width_};
}

TimeViewport TimeViewport::fitting(std::int64_t first, std::int64_t last, double width,
                                   double marginFraction) {
    const double span = std::max(static_cast<double>(last - first), 3600.0);
    const double middle = (static_cast<double>(first) + static_cast<double>(last)) / 2.0;
    const double padded = span * (1.0 + 2.0 * marginFraction);
    return {middle - padded / 2.0, middle + padded / 2.0, width};
}

}  // namespace yeonpyo::render
