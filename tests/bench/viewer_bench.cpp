// Benchmarks of the viewer on a million-event document: opening to the first painted timeline,
// and a pan frame (window reads, layout and paint at 1920×1080) at every zoom level.
#include <benchmark/benchmark.h>

#include <sys/resource.h>

#include <QApplication>
#include <QImage>

#include <filesystem>

#include "app/gui/timeline_session.h"
#include "app/gui/timeline_view.h"
#include "core/store/document.h"
#include "core/store/synthetic.h"

namespace yeonpyo::gui {
namespace {

namespace fs = std::filesystem;

constexpr std::int64_t kMillion = 1000000;
constexpr int kWidth = 1920;
constexpr int kHeight = 1080;

/// The million-event document, kept in the temporary folder between runs (it takes about half
/// a minute to write).
QString millionDocument() {
    static const QString path = [] {
        const fs::path file = fs::temp_directory_path() / "yeonpyo-viewer-bench-million.yeonpyo";
        {
            auto existing = store::Document::open(file, store::OpenMode::ReadOnly);
            if (existing) {
                auto count = existing->eventCount();
                if (count && *count == kMillion)
                    return QString::fromStdString(file.string());
            }
        }
        for (const char* suffix : {"", "-wal", "-shm"})
            fs::remove(file.string() + suffix);
        auto document = store::Document::open(file, store::OpenMode::CreateOrOpen);
        store::SyntheticSpec spec;
        spec.eventCount = kMillion;
        if (!document || !writeSyntheticTimeline(*document, spec).ok())
            std::abort();
        return QString::fromStdString(file.string());
    }();
    return path;
}

double peakMegabytes() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0;
}

void paintOnce(TimelineView& view, QImage& image) {
    view.render(&image);
    benchmark::DoNotOptimize(image.constBits());
}

void BM_OpenToFirstPaint(benchmark::State& state) {
    const QString path = millionDocument();
    QImage image(kWidth, kHeight, QImage::Format_ARGB32_Premultiplied);
    for (auto _ : state) {
        TimelineSession session;
        TimelineView view(session);
        view.resize(kWidth, kHeight);
        if (!session.open(path))
            state.SkipWithError("open failed");
        view.fitAll();
        paintOnce(view, image);
    }
    state.counters["peak_MB"] = peakMegabytes();
}
BENCHMARK(BM_OpenToFirstPaint)->Unit(benchmark::kMillisecond);

/// A timeline view open on the million-event document, showing `span` seconds from a third of
/// the way into it.
struct OpenMillion {
    OpenMillion(benchmark::State& state, double span) {
        view.resize(kWidth, kHeight);
        if (!session.open(millionDocument()))
            state.SkipWithError("open failed");
        const auto extent = session.timeExtent();
        first = static_cast<double>(extent->begin) + (extent->end - extent->begin) / 3.0;
        view.showRange(first, first + span);
    }
    TimelineSession session;
    TimelineView view{session};
    double first = 0;
    QImage image{kWidth, kHeight, QImage::Format_ARGB32_Premultiplied};
};

/// One frame of panning by an eighth of the width at a zoom of `state.range(0)` seconds across,
/// back and forth over the document, so that windows are read as the user would cause them.
void BM_PanFrame(benchmark::State& state) {
    const auto span = static_cast<double>(state.range(0));
    OpenMillion open(state, span);
    int step = 0;
    std::int64_t loaded = 0;
    for (auto _ : state) {
        const double begin = open.first + span / 8.0 * ((step++ % 64) - 32);
        open.view.showRange(begin, begin + span);
        paintOnce(open.view, open.image);
        loaded += static_cast<std::int64_t>(open.session.events().size());
    }
    state.counters["events_loaded"] = static_cast<double>(loaded) / std::max(1, step);
    state.counters["peak_MB"] = peakMegabytes();
}
BENCHMARK(BM_PanFrame)
    ->Arg(3600LL * 24 * 365 * 100)  // The whole document and more: counts.
    ->Arg(3600LL * 24 * 30)         // A month: counts.
    ->Arg(3600LL * 24 * 7)          // A week: about 170 events loaded.
    ->Arg(3600LL * 24)              // A day.
    ->Arg(3600)                     // An hour.
    ->Arg(600)                      // Ten minutes.
    ->Unit(benchmark::kMillisecond);

/// Repainting the same range (a selection or a hover changed): layout and paint only, no read.
void BM_StillFrame(benchmark::State& state) {
    const auto span = static_cast<double>(state.range(0));
    OpenMillion open(state, span);
    for (auto _ : state) {
        open.view.showRange(open.first, open.first + span);
        paintOnce(open.view, open.image);
    }
}
BENCHMARK(BM_StillFrame)->Arg(3600LL * 24 * 7)->Arg(3600LL * 24)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace yeonpyo::gui

int main(int argc, char** argv) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication application(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
