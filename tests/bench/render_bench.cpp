// Render benchmarks: timeline layout+paint frames at 1k/100k/1M events, map frames, 4K PNG export.
#include <benchmark/benchmark.h>

#include <QBuffer>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QTimeZone>

#include <map>
#include <memory>

#include "app/render/image_export.h"
#include "app/render/map_painter.h"
#include "app/render/timeline_painter.h"
#include "tests/render/sample_story.h"

namespace {

using namespace yeonpyo;
using namespace yeonpyo::render;

constexpr std::int64_t kYear = 365LL * 86400;
const std::int64_t kStart = 1704034800;  // 2024-01-01 00:00 in Seoul

/// Generated documents, built once per size (building is measured separately).
const TimelineData& document(std::size_t count, bool lanesByKind) {
    static std::map<std::pair<std::size_t, bool>, std::unique_ptr<TimelineData>> cache;
    auto& slot = cache[{count, lanesByKind}];
    if (!slot) {
        slot = std::make_unique<TimelineData>(
            testing::generatedEntries(count, kStart, kYear, lanesByKind), 12,
            QStringLiteral("other"));
    }
    return *slot;
}

/// One pan/zoom frame: layout and paint of 1920×1080 showing spanSeconds from the middle of the
/// year.
void timelineFrame(benchmark::State& state, bool lanesByKind) {
    const auto count = static_cast<std::size_t>(state.range(0));
    const double span = static_cast<double>(state.range(1));
    const TimelineData& data = document(count, lanesByKind);
    const Theme& t = theme(ThemeKind::Light);
    TimelineLayouter layouter(TimelineStyle::fromTheme(t));
    const QLocale korean(QLocale::Korean, QLocale::SouthKorea);
    const TimelinePainter painter(t, layouter.style(), korean);
    QImage image(1920, 1080, QImage::Format_ARGB32_Premultiplied);
    TimelineFrame frame;
    frame.height = 1080;
    frame.zone = QTimeZone("Asia/Seoul");
    frame.locale = korean;
    TimelineLayout layout;
    int frameNumber = 0;
    for (auto _ : state) {
        // Pan back and forth by a few pixels' worth every frame so that nothing is reused by
        // accident.
        const double offset = (frameNumber++ % 21 - 10) * span / 400.0;
        const double begin = kStart + kYear / 2.0 - span / 2.0 + offset;
        frame.time = TimeViewport(begin, begin + span, 1920);
        layouter.layOut(data, frame, layout);
        QPainter p(&image);
        painter.paint(p, layout);
        p.end();
        benchmark::DoNotOptimize(layout.visibleCount);
    }
    state.counters["visible"] = static_cast<double>(layout.visibleCount);
    state.counters["labelled"] = static_cast<double>(layout.events.size());
}

void BM_TimelineFrame(benchmark::State& state) {
    timelineFrame(state, false);
}
void BM_TimelineFrameKindLanes(benchmark::State& state) {
    timelineFrame(state, true);
}

void zoomLevels(benchmark::internal::Benchmark* b) {
    for (long count : {1000L, 100000L, 1000000L}) {
        for (long span : {100L * kYear, kYear, 30L * 86400, 86400L, 3600L, 600L})
            b->Args({count, span});
    }
    b->Unit(benchmark::kMillisecond);
}
BENCHMARK(BM_TimelineFrame)->Apply(zoomLevels);
BENCHMARK(BM_TimelineFrameKindLanes)->Apply(zoomLevels);

/// Preparing a document for layout (sorting into lanes), the first step after loading events.
void BM_TimelineDataBuild(benchmark::State& state) {
    const auto entries =
        testing::generatedEntries(static_cast<std::size_t>(state.range(0)), kStart, kYear, true);
    for (auto _ : state) {
        state.PauseTiming();
        auto copy = entries;
        state.ResumeTiming();
        TimelineData data(std::move(copy), 12, QStringLiteral("other"));
        benchmark::DoNotOptimize(data.size());
    }
}
BENCHMARK(BM_TimelineDataBuild)->Arg(100000)->Arg(1000000)->Unit(benchmark::kMillisecond);

/// A 1920×1080 map frame with 10,000 markers around Seoul, fitted and zoomed in.
void BM_MapFrame(benchmark::State& state) {
    static const auto events = testing::generatedEvents(10000, kStart, kYear);
    static const MapContent content = MapContent::fromEvents(events);
    const MapPainter painter(theme(ThemeKind::Light));
    MapFrame frame;
    frame.viewport = fitToContent(content, 1920, 1080);
    frame.viewport = frame.viewport.zoomedAround({960, 540}, static_cast<double>(state.range(0)));
    QImage image(1920, 1080, QImage::Format_ARGB32_Premultiplied);
    for (auto _ : state) {
        QPainter p(&image);
        painter.paint(p, content, frame);
    }
    state.counters["zoom"] = frame.viewport.zoom();
}
BENCHMARK(BM_MapFrame)->Arg(-6)->Arg(0)->Arg(3)->Unit(benchmark::kMillisecond);

/// One layer of that map frame alone (0 base map, 1 rivers, 2 place names, 3 route, 4 markers,
/// 5 labels, 6 locator, 7 decorations).
void BM_MapLayer(benchmark::State& state) {
    static const auto events = testing::generatedEvents(10000, kStart, kYear);
    static const MapContent content = MapContent::fromEvents(events);
    const MapPainter painter(theme(ThemeKind::Light));
    MapFrame frame;
    frame.viewport = fitToContent(content, 1920, 1080);
    const auto glyphs = layOutMarkers(content, frame, painter.style());
    const auto labels = layOutEventLabels(content, glyphs, frame, painter.style());
    const MapPaintContext context{content,         frame,  theme(ThemeKind::Light),
                                  painter.style(), glyphs, labels};
    const MapLayer& layer = *painter.layers()[static_cast<std::size_t>(state.range(0))];
    QImage image(1920, 1080, QImage::Format_ARGB32_Premultiplied);
    for (auto _ : state) {
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing, true);
        layer.paint(p, context);
    }
    state.counters["glyphs"] = static_cast<double>(glyphs.size());
}
BENCHMARK(BM_MapLayer)->DenseRange(0, 7)->Unit(benchmark::kMillisecond);

/// A 3840×2160 PNG of a 10,000-event document with the map inset, written to memory.
void BM_ExportPng4K(benchmark::State& state) {
    static const auto events = testing::generatedEvents(10000, kStart, kYear);
    static const std::vector<Article> articles;
    ExportOptions options;
    options.size = QSize(3840, 2160);
    options.dpi = 192;
    options.title = QStringLiteral("10,000 사건");
    options.withMap = state.range(0) != 0;
    for (auto _ : state) {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        const Status status = exportImage(buffer, ImageFormat::Png, {events, articles}, options);
        if (!status)
            state.SkipWithError(status.error().message.c_str());
        state.counters["bytes"] = static_cast<double>(buffer.size());
    }
}
BENCHMARK(BM_ExportPng4K)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

}  // namespace

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
