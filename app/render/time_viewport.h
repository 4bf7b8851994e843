// TimeViewport: the visible time range of a timeline and its width in pixels, with pan and zoom.
#pragma once

#include <cstdint>

namespace yeonpyo::render {

/// Maps time (seconds since the epoch, UTC, as double for sub-second zoom) to x and back.
/// A value type: every change returns a new viewport. The span is kept within
/// [kMinSpanSeconds, kMaxSpanSeconds].
class TimeViewport {
public:
    static constexpr double kMinSpanSeconds = 60.0;
    static constexpr double kMaxSpanSeconds = 1000.0 * 365.25 * 86400.0;

    TimeViewport() = default;
    TimeViewport(double begin, double end, double width);

    double begin() const { return begin_; }
    double end() const { return end_; }
    double span() const { return end_ - begin_; }
    double width() const { return width_; }
    double secondsPerPixel() const { return span() / width_; }

    double xOf(double seconds) const { return (seconds - begin_) / span() * width_; }
    double timeAt(double x) const { return begin_ + x / width_ * span(); }

    /// Zoomed by factor (> 1 zooms in) keeping the time under x still.
    TimeViewport zoomedAround(double x, double factor) const;
    /// Moved by a drag of dx pixels (content follows the pointer).
    TimeViewport pannedBy(double dx) const;
    TimeViewport resized(double width) const { return {begin_, end_, width}; }

    /// The viewport showing [first, last] with a fraction of the span free on each side; an
    /// instant or a very short range is shown with an hour around it.
    static TimeViewport fitting(std::int64_t first, std::int64_t last, double width,
                                double marginFraction = 0.06);

private:
    double begin_ = 0.0;
    double end_ = 86400.0;
    double width_ = 1.0;
};

}  // namespace yeonpyo::render
