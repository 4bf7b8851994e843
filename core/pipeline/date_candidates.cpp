// Finding candidate dates for an undated article: written dates, relative years beside explicit
// ones, days that fit a stated weekday, and the dates of the document's other articles.
#include "core/pipeline/date_candidates.h"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <regex>
#include <tuple>

#include "core/pipeline/reference.h"

namespace yeonpyo::pipeline {
namespace {

namespace chrono = std::chrono;

temporal::Language languageOf(const Article& article) {
    return article.lang == "en" ? temporal::Language::English : temporal::Language::Korean;
}

void addUnique(std::vector<DateCandidate>& to, const DateCandidate& candidate) {
    const bool known = std::any_of(to.begin(), to.end(), [&](const DateCandidate& c) {
        return c.year == candidate.year && c.month == candidate.month && c.day == candidate.day;
    });
    if (!known)
        to.push_back(candidate);
}

/// Full dates written in the text, the most often written first.
std::vector<DateCandidate> writtenDates(const std::vector<temporal::TimeExpression>& found) {
    std::map<std::tuple<int, int, int>, std::pair<int, std::string>> counts;
    for (const auto& expression : found) {
        if (expression.anchor != temporal::Anchor::Absolute)
            continue;
        if (auto date = temporal::dateOfValue(expression.value)) {
            auto& [count, text] = counts[{date->year, date->month, date->day}];
            if (count++ == 0)
                text = expression.text;
        }
    }
    std::vector<std::pair<int, DateCandidate>> ranked;
    for (const auto& [date, seen] : counts) {
        const auto [year, month, day] = date;
        ranked.push_back(
            {seen.first, {year, month, day, CandidateBasis::WrittenDate, seen.second}});
    }
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    std::vector<DateCandidate> dates;
    for (const auto& [count, candidate] : ranked)
        dates.push_back(candidate);
    return dates;
}

struct RelativeYearWord {
    const char* word;
    int offset;  ///< The year it names, relative to the article's.
};

constexpr RelativeYearWord kRelativeYears[] = {
    {"내년", 1},  {"이듬해", 1},    {"올해", 0},      {"금년", 0},       {"지난해", -1},
    {"작년", -1}, {"next year", 1}, {"this year", 0}, {"last year", -1},
};

std::string lowered(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) {
        return c < 0x80 ? static_cast<char>(std::tolower(c)) : static_cast<char>(c);
    });
    return text;
}

/// Each relative year word paired with the explicit year written nearest to it: the article's
/// year is that year minus the word's offset ("내년" and "2025년" → 2024).
std::vector<DateCandidate> relativeYears(const std::string& text,
                                         const std::vector<temporal::TimeExpression>& found) {
    std::vector<const temporal::TimeExpression*> years;
    for (const auto& expression : found) {
        const std::string& value = expression.value;
        if (expression.anchor == temporal::Anchor::Absolute && value.size() == 4 &&
            std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; }))
            years.push_back(&expression);
    }
    std::vector<DateCandidate> candidates;
    if (years.empty())
        return candidates;
    const std::string folded = lowered(text);
    for (const RelativeYearWord& word : kRelativeYears) {
        for (std::size_t at = folded.find(word.word); at != std::string::npos;
             at = folded.find(word.word, at + 1)) {
            const auto nearest = std::min_element(years.begin(), years.end(), [&](auto a, auto b) {
                return std::llabs(static_cast<long long>(a->byteBegin) -
                                  static_cast<long long>(at)) <
                       std::llabs(static_cast<long long>(b->byteBegin) -
                                  static_cast<long long>(at));
            });
            const int year = std::atoi((*nearest)->value.c_str()) - word.offset;
            addUnique(candidates, {year, 0, 0, CandidateBasis::RelativeYear,
                                   std::string(word.word) + " … " + (*nearest)->text});
        }
    }
    return candidates;
}

struct WeekdayMention {
    int month = 0;  ///< 0 when the text gives only the day.
    int day = 0;
    unsigned weekday = 0;  ///< 0 Sunday … 6 Saturday (std::chrono::weekday::c_encoding).
    std::string text;
};

int weekdayIndex(const std::string& name) {
    static const char* kKorean[] = {"일", "월", "화", "수", "목", "금", "토"};
    static const char* kEnglish[] = {"sun", "mon", "tue", "wed", "thu", "fri", "sat"};
    const std::string folded = lowered(name);
    for (int i = 0; i < 7; ++i) {
        if (name == kKorean[i] || folded.starts_with(kEnglish[i]))
            return i;
    }
    return -1;
}

int monthIndex(const std::string& name) {
    static const char* kMonths[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                    "jul", "aug", "sep", "oct", "nov", "dec"};
    const std::string folded = lowered(name);
    for (int i = 0; i < 12; ++i) {
        if (folded.starts_with(kMonths[i]))
            return i + 1;
    }
    return 0;
}

std::vector<WeekdayMention> weekdayMentions(const std::string& text) {
    static const std::regex korean(
        R"((?:(\d{1,2})월\s*)?(\d{1,2})일\s*\(\s*(월|화|수|목|금|토|일)\s*\))");
    static const std::regex english(
        R"(\b(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2})\b)",
        std::regex::icase);
    std::vector<WeekdayMention> mentions;
    for (std::sregex_iterator it(text.begin(), text.end(), korean), end; it != end; ++it) {
        const auto& m = *it;
        mentions.push_back({m[1].matched ? std::stoi(m[1]) : 0, std::stoi(m[2]),
                            static_cast<unsigned>(weekdayIndex(m[3])), m.str()});
    }
    for (std::sregex_iterator it(text.begin(), text.end(), english), end; it != end; ++it) {
        const auto& m = *it;
        mentions.push_back({monthIndex(m[2]), std::stoi(m[3]),
                            static_cast<unsigned>(weekdayIndex(m[1])), m.str()});
    }
    return mentions;
}

/// The days that fit a weekday mention near the anchor (within three years, or ten when the month
/// is given, which leaves one fit in about seven years), nearest first.
std::vector<DateCandidate> weekdayFits(const WeekdayMention& mention,
                                       const temporal::CivilDate& anchor, std::size_t keep) {
    const auto anchorDay =
        chrono::sys_days(chrono::year(anchor.year) / static_cast<unsigned>(anchor.month) /
                         static_cast<unsigned>(anchor.day));
    std::vector<std::pair<long long, DateCandidate>> fits;
    const int reach = mention.month != 0 ? 10 : 3;
    for (int year = anchor.year - reach; year <= anchor.year + reach; ++year) {
        for (unsigned month = 1; month <= 12; ++month) {
            if (mention.month != 0 && static_cast<int>(month) != mention.month)
                continue;
            const chrono::year_month_day date{chrono::year(year), chrono::month(month),
                                              chrono::day(static_cast<unsigned>(mention.day))};
            if (!date.ok() ||
                chrono::weekday(chrono::sys_days(date)).c_encoding() != mention.weekday)
                continue;
            const long long distance = std::llabs((chrono::sys_days(date) - anchorDay).count());
            fits.push_back({distance,
                            {year, static_cast<int>(month), mention.day, CandidateBasis::Weekday,
                             mention.text}});
        }
    }
    std::sort(fits.begin(), fits.end(),
              [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<DateCandidate> nearest;
    for (std::size_t i = 0; i < fits.size() && i < keep; ++i)
        nearest.push_back(fits[i].second);
    return nearest;
}

std::vector<DateCandidate> otherArticleDates(const Article& article,
                                             const std::vector<Article>& others) {
    std::vector<DateCandidate> dates;
    for (const Article& other : others) {
        if (other.id == article.id)
            continue;
        if (auto date = isoDatePart(other.published))
            addUnique(dates, {date->year, date->month, date->day, CandidateBasis::OtherArticle,
                              other.title});
    }
    return dates;
}

}  // namespace

std::vector<DateCandidate> dateCandidates(const Article& article,
                                          const std::vector<Article>& others,
                                          const temporal::CivilDate& today, std::size_t limit) {
    const temporal::Tagger tagger(languageOf(article), {});
    const auto found = tagger.tag(article.text);
    const std::vector<DateCandidate> fromOthers = otherArticleDates(article, others);
    temporal::CivilDate anchor = today;
    if (!fromOthers.empty())
        anchor = {fromOthers.front().year, fromOthers.front().month, fromOthers.front().day};

    std::vector<DateCandidate> candidates;
    for (const auto& candidate : writtenDates(found))
        addUnique(candidates, candidate);
    for (const auto& candidate : relativeYears(article.text, found))
        addUnique(candidates, candidate);
    for (const auto& mention : weekdayMentions(article.text)) {
        for (const auto& candidate : weekdayFits(mention, anchor, 3))
            addUnique(candidates, candidate);
    }
    for (const auto& candidate : fromOthers)
        addUnique(candidates, candidate);
    if (candidates.size() > limit)
        candidates.resize(limit);
    return candidates;
}

std::string candidateText(const DateCandidate& candidate) {
    char text[32];
    if (candidate.isComplete())
        std::snprintf(text, sizeof text, "%04d-%02d-%02d", candidate.year, candidate.month,
                      candidate.day);
    else
        std::snprintf(text, sizeof text, "%04d-?\?-?\?", candidate.year);
    return text;
}

std::string candidateReason(const DateCandidate& candidate) {
    switch (candidate.basis) {
        case CandidateBasis::WrittenDate:
            return "written in the text: \u201c" + candidate.evidence + "\u201d";
        case CandidateBasis::Weekday:
            return "\u201c" + candidate.evidence + "\u201d: the weekday fits this day";
        case CandidateBasis::RelativeYear:
            return "a relative year beside an explicit one: \u201c" + candidate.evidence + "\u201d";
        case CandidateBasis::OtherArticle:
            return "the date of another article in the document: \u201c" + candidate.evidence +
                   "\u201d";
    }
    return {};
}

}  // namespace yeonpyo::pipeline
