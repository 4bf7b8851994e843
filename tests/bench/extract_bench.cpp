// Benchmark of load + extract on generated Korean news text, reported in bytes per second (MB/s).
#include <benchmark/benchmark.h>

#include <string>

#include "core/extract/extractor.h"
#include "core/text/loader.h"

namespace {

/// A Korean article of about kilobytes × 1 KiB: itinerary paragraphs with varying days, places
/// and people, in the style of the samples (generated, not copied from any article).
std::string generatedArticle(int kilobytes) {
    const char* places[] = {"서울 영등포구 LG트윈타워", "서울 용산구 승지원", "부산 해운대구 벡스코",
                            "서울 중구 롯데호텔", "경기 성남시 판교테크노밸리"};
    const char* people[] = {"조주완 LG전자 CEO", "이재용 삼성전자 회장", "오세진 SK하이닉스 사장",
                            "정민호 현대차 부회장"};
    const char* meals[] = {"오찬", "만찬", "조찬", "간담회", "회담"};
    std::string text = "가상 기업인 방한 일정\n\n입력 2024.02.28 17:32\n\n";
    for (int i = 0; text.size() < static_cast<std::size_t>(kilobytes) * 1024; ++i) {
        text += "하트먼 CEO는 " + std::to_string(1 + i % 28) + "일 " + places[i % 5] + "에서 " +
                people[i % 4] + "과 " + meals[i % 5] + "을 가졌다. 두 사람은 인공지능 협력 방안을 논의한 것으로 알려졌다. " +
                "이어 그는 “협력을 넓히겠다”고 말했다.\n\n";
    }
    return text;
}

void LoadAndExtractKorean(benchmark::State& state) {
    const std::string bytes = generatedArticle(static_cast<int>(state.range(0)));
    yeonpyo::temporal::Reference reference;
    reference.date = yeonpyo::temporal::CivilDate{2024, 2, 28};
    const auto& lexicon = yeonpyo::lexicon::builtinLexicon();
    for (auto _ : state) {
        auto loaded = yeonpyo::text::loadArticle(bytes, "bench.txt");
        yeonpyo::Article article;
        article.id = 1;
        article.text = loaded->text;
        article.lang = "ko";
        benchmark::DoNotOptimize(yeonpyo::extract::extract(article, reference, lexicon));
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) *
                            static_cast<std::int64_t>(bytes.size()));
}
BENCHMARK(LoadAndExtractKorean)->Arg(16)->Arg(256)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
