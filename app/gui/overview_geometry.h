// Qt-free geometry of the overview slider: time ↔ x over the document extent, hit-testing of the
// window and its handles, and the windows that drags, clicks, wheel and keys ask for.
#pragma once

namespace yeonpyo::gui {

/// A time range [begin, end) in UTC seconds.
struct TimeRange {
    double begin = 0.0;
    double end = 0.0;

    double span() const { return end - begin; }
    double centre() const { return (begin + end) / 2.0; }
    bool operator==(const TimeRange&) const = default;
};

/// What a pointer position over the strip falls on.
enum class OverviewPart { Outside, Window, BeginHandle, EndHandle };

/// Maps the document extent onto a strip of pixels [left, left + width] and turns gestures into
/// new windows. Every window it returns lies inside the extent, except that a window wider than
/// the extent is centred on it; none is narrower than a few pixels or TimeViewport's minimum.
class OverviewGeometry {
public:
    static constexpr double kMinWindowPixels = 6.0;
    static constexpr double kHandleReach = 5.0;  ///< Pixels either side of an edge that grab it.

    /// An extent shorter than TimeViewport's minimum span is widened around its centre.
    OverviewGeometry(TimeRange extent, double left, double width);

    const TimeRange& extent() const { return extent_; }
    double left() const { return left_; }
    double right() const { return left_ + width_; }

    double xOf(double seconds) const;
    double timeAt(double x) const;
    /// The window's edges as x, clipped to the strip.
    double beginXOf(const TimeRange& window) const;
    double endXOf(const TimeRange& window) const;

    /// The part under x. Handles win over the window within kHandleReach of an edge, but a
    /// narrow window keeps its middle third for dragging.
    OverviewPart hitTest(const TimeRange& window, double x) const;

    /// Shifted into the extent with its width kept (centred on it when wider).
    TimeRange clamped(const TimeRange& window) const;
    /// Moved by dx pixels.
    TimeRange panned(const TimeRange& window, double dx) const;
    /// One edge (BeginHandle or EndHandle) moved to x, the other kept where the strip shows it.
    TimeRange resized(const TimeRange& window, OverviewPart handle, double x) const;
    /// Same width, centred on the time at x.
    TimeRange centredAt(const TimeRange& window, double x) const;
    /// Span divided by factor (> 1 zooms in) keeping the time at x still; zooming out stops at
    /// the extent (or the window's own width if it is already wider).
    TimeRange zoomedAround(const TimeRange& window, double x, double factor) const;
    /// Same width, starting at the extent's begin (toEnd false) or ending at its end.
    TimeRange atEdge(const TimeRange& window, bool toEnd) const;

private:
    double minimumSpan() const;

    TimeRange extent_;
    double left_;
    double width_;
};

}  // namespace yeonpyo::gui
