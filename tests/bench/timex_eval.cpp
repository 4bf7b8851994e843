// timex_eval: the temporal engine as JSON for scripts/compare-dateparser.py — the case table, the
// generated news text, tagging a file, and timing.
//   timex_eval cases FILE.tsv               every row with what was found and how long it took
//   timex_eval generate ko|en BYTES          {"text", "spans"} of generated news (code points)
//   timex_eval tag ko|en YYYY-MM-DD FILE     the expressions of a UTF-8 file and the seconds taken
//   timex_eval speed ko|en BYTES REPEAT      throughput (CPU time, one core) and detection on
//                                           generated news
#include <time.h>

#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <string>

#include "core/temporal/temporal.h"
#include "tests/bench/news_generator.h"
#include "tests/core/temporal/case_table.h"

namespace {

using nlohmann::json;
using yeonpyo::temporal::Language;
using yeonpyo::temporal::Reference;
using yeonpyo::temporal::Tagger;
using yeonpyo::temporal::TimeExpression;
/// CPU seconds this thread has used: a fair measure on a machine that other jobs also load.
double cpuSeconds() {
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) / 1e9;
}

Language languageOf(const std::string& name) {
    return name == "en" ? Language::English : Language::Korean;
}

Reference referenceOf(const std::string& date) {
    Reference reference;
    yeonpyo::temporal::CivilDate civil;
    if (std::sscanf(date.c_str(), "%d-%d-%d", &civil.year, &civil.month, &civil.day) == 3)
        reference.date = civil;
    return reference;
}

json expressionsJson(const std::vector<TimeExpression>& found) {
    json list = json::array();
    for (const auto& e : found) {
        list.push_back({{"text", e.text},
                        {"begin", e.begin},
                        {"end", e.end},
                        {"value", e.value},
                        {"end_value", e.endValue},
                        {"time_of_day", e.timeOfDay},
                        {"mod", e.mod},
                        {"zone", e.timeZone}});
    }
    return list;
}

int cases(const std::string& path) {
    json rows = json::array();
    double total = 0;
    for (const auto& c : yeonpyo::temporal::testing::loadCases(path)) {
        const double start = cpuSeconds();
        const auto found = Tagger(c.language, c.reference).tag(c.text);
        const double seconds = cpuSeconds() - start;
        total += seconds;
        rows.push_back({{"line", c.line}, {"found", expressionsJson(found)}, {"seconds", seconds}});
    }
    std::cout << json{{"rows", rows}, {"seconds", total}}.dump() << '\n';
    return 0;
}

int generate(const std::string& language, std::size_t bytes) {
    const auto news = yeonpyo::bench::generateNews(languageOf(language), bytes);
    std::cout << json{{"text", news.text}, {"spans", news.timeSpans}}.dump() << '\n';
    return 0;
}

int tag(const std::string& language, const std::string& date, const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    const std::string text{std::istreambuf_iterator<char>(in), {}};
    const double start = cpuSeconds();
    const auto found = Tagger(languageOf(language), referenceOf(date)).tag(text);
    std::cout << json{{"found", expressionsJson(found)},
                      {"seconds", cpuSeconds() - start},
                      {"bytes", text.size()}}
                     .dump()
              << '\n';
    return 0;
}

/// Share of inserted spans that some found expression overlaps.
double detected(const yeonpyo::bench::GeneratedNews& news,
                const std::vector<TimeExpression>& found) {
    std::size_t hits = 0;
    std::size_t next = 0;
    for (const auto& [begin, end] : news.timeSpans) {
        while (next < found.size() && found[next].end <= begin)
            ++next;
        if (next < found.size() && found[next].begin < end)
            ++hits;
    }
    return news.timeSpans.empty()
               ? 0.0
               : static_cast<double>(hits) / static_cast<double>(news.timeSpans.size());
}

int speed(const std::string& language, std::size_t bytes, int repeat) {
    const auto news = yeonpyo::bench::generateNews(languageOf(language), bytes);
    const Tagger tagger(languageOf(language), referenceOf("2024-02-28"));
    std::vector<TimeExpression> found;
    const double start = cpuSeconds();
    for (int i = 0; i < repeat; ++i)
        found = tagger.tag(news.text);
    const double seconds = (cpuSeconds() - start) / repeat;
    std::cout << json{{"bytes", news.text.size()},
                      {"seconds", seconds},
                      {"mb_per_s", static_cast<double>(news.text.size()) / 1e6 / seconds},
                      {"expressions", found.size()},
                      {"spans", news.timeSpans.size()},
                      {"detected", detected(news, found)}}
                     .dump()
              << '\n';
    return 0;
}

int usage() {
    std::cerr
        << "usage: timex_eval cases FILE.tsv | generate ko|en BYTES | tag ko|en YYYY-MM-DD FILE | "
           "speed ko|en BYTES REPEAT\n";
    return 2;
}

}  // namespace

int main(int argc, char** argv) {
    const std::vector<std::string> args(argv + 1, argv + argc);
    if (args.size() == 2 && args[0] == "cases")
        return cases(args[1]);
    if (args.size() == 3 && args[0] == "generate")
        return generate(args[1], std::stoul(args[2]));
    if (args.size() == 4 && args[0] == "tag")
        return tag(args[1], args[2], args[3]);
    if (args.size() == 4 && args[0] == "speed")
        return speed(args[1], std::stoul(args[2]), std::stoi(args[3]));
    return usage();
}
