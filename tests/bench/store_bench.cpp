// Benchmarks of the timeline document at scale: bulk insert, visible-window and density queries
// on a million events, opening, and full-text search.
#include <benchmark/benchmark.h>

#include <filesystem>
#include <memory>

#include "core/store/document.h"
#include "core/store/synthetic.h"

namespace yeonpyo::store {
namespace {

namespace fs = std::filesystem;

constexpr std::int64_t kMillion = 1000000;
constexpr std::int64_t kHour = 3600;

fs::path benchFile(std::string_view name) {
    return fs::temp_directory_path() / ("yeonpyo-store-bench-" + std::string(name) + ".yeonpyo");
}

void removeDocument(const fs::path& path) {
    for (const char* suffix : {"", "-wal", "-shm"})
        fs::remove(path.string() + suffix);
}

/// A million-event document made once per run and removed when the run ends.
class MillionDocument {
public:
    MillionDocument() : path_(benchFile("million")) {
        removeDocument(path_);
        auto document = Document::open(path_, OpenMode::CreateOrOpen);
        if (!document || !writeSyntheticTimeline(*document, spec()).ok())
            std::abort();
    }
    ~MillionDocument() { removeDocument(path_); }

    static SyntheticSpec spec() {
        SyntheticSpec spec;
        spec.eventCount = kMillion;
        return spec;
    }
    const fs::path& path() const { return path_; }

private:
    fs::path path_;
};

const fs::path& millionDocument() {
    static const MillionDocument document;
    return document.path();
}

Document openMillion() {
    auto document = Document::open(millionDocument(), OpenMode::ReadOnly);
    if (!document)
        std::abort();
    return std::move(document).value();
}

void BM_BulkInsert(benchmark::State& state) {
    const fs::path path = benchFile("bulk");
    SyntheticSpec spec;
    spec.eventCount = state.range(0);
    for (auto _ : state) {
        removeDocument(path);
        auto document = Document::open(path, OpenMode::CreateOrOpen);
        if (!document || !writeSyntheticTimeline(*document, spec).ok()) {
            state.SkipWithError("could not write the synthetic timeline");
            break;
        }
    }
    removeDocument(path);
    state.counters["events/s"] = benchmark::Counter(
        static_cast<double>(spec.eventCount * state.iterations()), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_BulkInsert)
    ->Arg(100000)
    ->Arg(kMillion)
    ->Iterations(1)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

/// Loads the events of a window of state.range(0) hours, moving through the whole timeline.
void BM_VisibleWindow(benchmark::State& state) {
    Document document = openMillion();
    const std::int64_t window = state.range(0) * kHour;
    const std::int64_t first = MillionDocument::spec().firstBeginUtc;
    std::int64_t step = 0;
    std::size_t loaded = 0;
    for (auto _ : state) {
        const std::int64_t begin = first + (step++ * 7919 % kMillion) * kHour;
        auto events = document.eventsOverlapping({begin, begin + window});
        if (!events)
            state.SkipWithError("query failed");
        loaded += events->size();
    }
    state.counters["events/window"] =
        static_cast<double>(loaded) / static_cast<double>(state.iterations());
}
BENCHMARK(BM_VisibleWindow)->Arg(24)->Arg(24 * 7)->Arg(24 * 30)->Unit(benchmark::kMillisecond);

/// Density strip of state.range(0) slices over the whole timeline, then over one month.
void BM_Density(benchmark::State& state) {
    Document document = openMillion();
    auto extent = document.timeExtent();
    if (!extent || !*extent)
        state.SkipWithError("no extent");
    const TimeRange whole = **extent;
    const TimeRange month{whole.begin, whole.begin + 30 * 24 * kHour};
    const TimeRange range = state.range(1) == 0 ? whole : month;
    for (auto _ : state)
        benchmark::DoNotOptimize(document.eventDensity(range, static_cast<int>(state.range(0))));
}
BENCHMARK(BM_Density)->Args({2000, 0})->Args({2000, 1})->Unit(benchmark::kMillisecond);

/// What a viewer does before its first paint: open, count, extent, density, first window.
void BM_OpenToFirstWindow(benchmark::State& state) {
    millionDocument();
    for (auto _ : state) {
        Document document = openMillion();
        auto count = document.eventCount();
        auto extent = document.timeExtent();
        if (!count || !extent || !*extent)
            state.SkipWithError("open failed");
        benchmark::DoNotOptimize(document.eventDensity(**extent, 1920));
        benchmark::DoNotOptimize(
            document.eventsOverlapping({(*extent)->begin, (*extent)->begin + 24 * 7 * kHour}));
    }
}
BENCHMARK(BM_OpenToFirstWindow)->Unit(benchmark::kMillisecond);

void BM_Search(benchmark::State& state, std::string query) {
    Document document = openMillion();
    std::size_t found = 0;
    for (auto _ : state) {
        auto hits = document.search(query, 100);
        if (!hits)
            state.SkipWithError("search failed");
        found = hits->size();
    }
    state.counters["hits"] = static_cast<double>(found);
}
BENCHMARK_CAPTURE(BM_Search, korean_three_syllables, std::string("김서연"))
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Search, korean_two_syllables, std::string("오찬 4242"))
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Search, english_phrase, std::string("424242 synthetic"))
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Search, two_syllables_only_absent, std::string("없음"))
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Search, absent_word, std::string("존재하지않는말"))
    ->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace yeonpyo::store

BENCHMARK_MAIN();
