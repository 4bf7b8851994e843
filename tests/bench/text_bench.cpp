// Throughput of core/text on generated Korean news text: loading (UTF-8 and CP949, plain text
// and HTML), sentence splitting, quotations, and all of it together, in bytes per second.
#include <benchmark/benchmark.h>
#include <unicode/ucnv.h>

#include <array>
#include <random>
#include <string>
#include <vector>

#include "core/text/loader.h"
#include "core/text/sentences.h"

namespace {

constexpr std::size_t kTextBytes = 4 * 1024 * 1024;

constexpr std::array<const char*, 8> kSubjects{"시 관계자는", "구청장은",  "업계는",
                                               "회사 측은",   "연구진은",  "조합 대표는",
                                               "주민들은",    "전문가들은"};
constexpr std::array<const char*, 8> kTimes{"28일 오전",   "이날 오후",       "지난주",
                                            "다음 달 초",  "오후 3시 30분께", "전날 밤",
                                            "올해 상반기", "연말까지"};
constexpr std::array<const char*, 8> kPlaces{"서울 중구 청사", "부산 해운대구", "대전 연구단지",
                                             "광주 시내",      "인천 송도",     "세종 정부청사",
                                             "강원 춘천",      "제주 서귀포"};
constexpr std::array<const char*, 8> kObjects{"새 교통 대책", "예산안",         "협력 방안",
                                              "시범 사업",    "안전 점검 결과", "투자 계획",
                                              "개편안",       "조사 보고서"};
constexpr std::array<const char*, 6> kVerbs{"발표했다",      "논의했다", "공개했다",
                                            "검토하고 있다", "마련했다", "설명했다"};

template <std::size_t N>
const char* pick(const std::array<const char*, N>& words, std::mt19937& random) {
    return words[random() % N];
}

// News-like Korean text: headline, dateline, paragraphs of three to six sentences with quotes.
std::string generatedKoreanText() {
    std::mt19937 random(20240228);
    std::string text = "생성된 기사 제목\n\n입력 2024.02.28 17:32\n\n";
    while (text.size() < kTextBytes) {
        const int sentences = 3 + static_cast<int>(random() % 4);
        for (int i = 0; i < sentences; ++i) {
            if (random() % 4 == 0) {
                text += std::string(pick(kSubjects, random)) + " “" + pick(kObjects, random) +
                        "을 " + pick(kTimes, random) + " 다시 " + pick(kVerbs, random) +
                        "”고 말했다. ";
            } else {
                text += std::string(pick(kSubjects, random)) + " " + pick(kTimes, random) + " " +
                        pick(kPlaces, random) + "에서 " + pick(kObjects, random) + "을 " +
                        pick(kVerbs, random) + ". ";
            }
        }
        text += "\n\n";
    }
    return text;
}

std::string toCp949(const std::string& utf8) {
    std::string out(utf8.size() + 16, '\0');
    UErrorCode status = U_ZERO_ERROR;
    const int32_t length =
        ucnv_convert("windows-949", "UTF-8", out.data(), static_cast<int32_t>(out.size()),
                     utf8.data(), static_cast<int32_t>(utf8.size()), &status);
    out.resize(U_SUCCESS(status) ? static_cast<std::size_t>(length) : 0);
    return out;
}

std::string asHtml(const std::string& text) {
    std::string html =
        "<!DOCTYPE html><html><head><title>생성된 기사</title></head><body>"
        "<nav><a href=\"/\">홈</a></nav><article>";
    for (std::size_t start = 0; start < text.size();) {
        const std::size_t end = std::min(text.find("\n\n", start), text.size());
        html += "<p>" + text.substr(start, end - start) + "</p>\n";
        start = end + 2;
    }
    return html + "</article><footer>바닥글</footer></body></html>";
}

const std::string& koreanText() {
    static const std::string text = generatedKoreanText();
    return text;
}

void loadBenchmark(benchmark::State& state, const std::string& bytes, const char* name) {
    for (auto _ : state) {
        auto loaded = yeonpyo::text::loadArticle(bytes, name);
        if (!loaded)
            state.SkipWithError(loaded.error().message.c_str());
        benchmark::DoNotOptimize(loaded);
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * bytes.size()));
}

void BM_LoadPlainTextUtf8(benchmark::State& state) {
    loadBenchmark(state, koreanText(), "article.txt");
}

void BM_LoadPlainTextCp949(benchmark::State& state) {
    static const std::string bytes = toCp949(koreanText());
    loadBenchmark(state, bytes, "article.txt");
}

void BM_LoadHtml(benchmark::State& state) {
    static const std::string bytes = asHtml(koreanText());
    loadBenchmark(state, bytes, "article.html");
}

void BM_SplitSentences(benchmark::State& state) {
    const std::string& text = koreanText();
    for (auto _ : state)
        benchmark::DoNotOptimize(yeonpyo::text::splitSentences(text, "ko"));
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text.size()));
}

void BM_FindQuotations(benchmark::State& state) {
    const std::string& text = koreanText();
    for (auto _ : state)
        benchmark::DoNotOptimize(yeonpyo::text::findQuotations(text));
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text.size()));
}

// What ingest asks of core/text for one article: load, then sentences and quotations.
void BM_LoadAndSegment(benchmark::State& state) {
    const std::string& bytes = koreanText();
    for (auto _ : state) {
        const auto loaded = yeonpyo::text::loadArticle(bytes, "article.txt");
        benchmark::DoNotOptimize(yeonpyo::text::splitSentences(loaded->text, loaded->lang));
        benchmark::DoNotOptimize(yeonpyo::text::findQuotations(loaded->text));
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * bytes.size()));
}

BENCHMARK(BM_LoadPlainTextUtf8)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_LoadPlainTextCp949)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_LoadHtml)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_SplitSentences)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_FindQuotations)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_LoadAndSegment)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
