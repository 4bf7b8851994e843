// Recognition throughput of the temporal engine (find and resolve every expression) on generated
// Korean and English news text, one core; the MB counter is 10^6 bytes of UTF-8 input per CPU
// second.
#include <benchmark/benchmark.h>

#include "core/temporal/temporal.h"
#include "tests/bench/news_generator.h"

namespace yeonpyo::bench {
namespace {

constexpr std::int64_t kMegabyte = 1000000;

void tagGenerated(benchmark::State& state, temporal::Language language) {
    const GeneratedNews news = generateNews(language, static_cast<std::size_t>(state.range(0)));
    temporal::Reference reference;
    reference.date = temporal::CivilDate{2024, 2, 28};
    const temporal::Tagger tagger(language, reference);
    std::size_t found = 0;
    for (auto _ : state) {
        const auto expressions = tagger.tag(news.text);
        found = expressions.size();
        benchmark::DoNotOptimize(expressions.data());
    }
    const auto bytes = static_cast<double>(news.text.size());
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) *
                            static_cast<std::int64_t>(news.text.size()));
    state.counters["MB"] = benchmark::Counter(
        bytes * static_cast<double>(state.iterations()) / kMegabyte, benchmark::Counter::kIsRate);
    state.counters["expressions"] = static_cast<double>(found);
    state.counters["inserted"] = static_cast<double>(news.timeSpans.size());
}

void BM_TagKoreanNews(benchmark::State& state) {
    tagGenerated(state, temporal::Language::Korean);
}
void BM_TagEnglishNews(benchmark::State& state) {
    tagGenerated(state, temporal::Language::English);
}

BENCHMARK(BM_TagKoreanNews)->Arg(4 * kMegabyte)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_TagEnglishNews)->Arg(4 * kMegabyte)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace yeonpyo::bench

BENCHMARK_MAIN();
