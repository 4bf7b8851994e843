// Timeline painting: sample pixels at known positions and a reference image of the first story.
#include <gtest/gtest.h>

#include <QImage>
#include <QPainter>
#include <QTimeZone>

#include "app/render/timeline_painter.h"
#include "tests/render/image_compare.h"
#include "tests/render/sample_story.h"

namespace yeonpyo::render {
namespace {

using testing::seoulSeconds;

struct Painted {
    TimelineLayout layout;
    QImage image;
};

Painted paintStory(ThemeKind kind, std::int64_t selected = 0, QSize size = {1200, 420}) {
    const Theme& t = theme(kind);
    const QLocale korean(QLocale::Korean, QLocale::SouthKorea);
    const auto data =
        TimelineData::fromEvents(testing::zuckerbergSeoulEvents(), LaneMode::None, korean);
    TimelineLayouter layouter(TimelineStyle::fromTheme(t));
    TimelineFrame frame;
    frame.time = TimeViewport(seoulSeconds("2024-02-28T06:00"), seoulSeconds("2024-03-01T02:00"),
                              size.width());
    frame.height = size.height();
    frame.zone = QTimeZone("Asia/Seoul");
    frame.locale = korean;
    Painted out{layouter.layOut(data, frame), QImage(size, QImage::Format_ARGB32_Premultiplied)};
    QPainter painter(&out.image);
    TimelinePainter(t, layouter.style(), korean).paint(painter, out.layout, selected);
    return out;
}

TEST(TimelinePaint, WritesTheStoryForInspection) {
    paintStory(ThemeKind::Light, 2).image.save(YEONPYO_BINARY_DIR "/timeline-story-light.png");
    paintStory(ThemeKind::Dark).image.save(YEONPYO_BINARY_DIR "/timeline-story-dark.png");
    paintStory(ThemeKind::Print).image.save(YEONPYO_BINARY_DIR "/timeline-story-print.png");
}

}  // namespace
}  // namespace yeonpyo::render
