// The English word table, looked up by lowercase spelling.
#include "core/temporal/english_words_p.h"

#include <array>
#include <string>
#include <unordered_map>

namespace yeonpyo::temporal {
namespace {

using K = EnglishWordKind;

struct Entry {
    std::string_view word;
    EnglishWord meaning;
};

constexpr int u(Unit unit) {
    return static_cast<int>(unit);
}
constexpr int p(PartOfDay part) {
    return static_cast<int>(part);
}

constexpr std::array<std::string_view, 12> kZoneIds{
    "Asia/Seoul",      "UTC",          "America/New_York", "America/Los_Angeles",
    "America/Chicago", "Europe/Paris", "Europe/London",    "Asia/Tokyo",
    "Asia/Shanghai",   "local",        "America/Denver",   "Asia/Kolkata"};

const Entry kEntries[] = {
    {"january", {K::Month, 1}},
    {"jan", {K::Month, 1, true}},
    {"february", {K::Month, 2}},
    {"feb", {K::Month, 2, true}},
    {"march", {K::Month, 3}},
    {"mar", {K::Month, 3, true}},
    {"april", {K::Month, 4}},
    {"apr", {K::Month, 4, true}},
    {"may", {K::Month, 5}},
    {"june", {K::Month, 6}},
    {"jun", {K::Month, 6, true}},
    {"july", {K::Month, 7}},
    {"jul", {K::Month, 7, true}},
    {"august", {K::Month, 8}},
    {"aug", {K::Month, 8, true}},
    {"september", {K::Month, 9}},
    {"sep", {K::Month, 9, true}},
    {"sept", {K::Month, 9, true}},
    {"october", {K::Month, 10}},
    {"oct", {K::Month, 10, true}},
    {"november", {K::Month, 11}},
    {"nov", {K::Month, 11, true}},
    {"december", {K::Month, 12}},
    {"dec", {K::Month, 12, true}},
    {"monday", {K::Weekday, 1}},
    {"mon", {K::Weekday, 1, true}},
    {"tuesday", {K::Weekday, 2}},
    {"tue", {K::Weekday, 2, true}},
    {"tues", {K::Weekday, 2, true}},
    {"wednesday", {K::Weekday, 3}},
    {"wed", {K::Weekday, 3, true}},
    {"thursday", {K::Weekday, 4}},
    {"thu", {K::Weekday, 4, true}},
    {"thur", {K::Weekday, 4, true}},
    {"thurs", {K::Weekday, 4, true}},
    {"friday", {K::Weekday, 5}},
    {"fri", {K::Weekday, 5, true}},
    {"saturday", {K::Weekday, 6}},
    {"sat", {K::Weekday, 6, true}},
    {"sunday", {K::Weekday, 7}},
    {"sun", {K::Weekday, 7, true}},
    {"mondays", {K::Weekday, 1}},
    {"tuesdays", {K::Weekday, 2}},
    {"wednesdays", {K::Weekday, 3}},
    {"thursdays", {K::Weekday, 4}},
    {"fridays", {K::Weekday, 5}},
    {"saturdays", {K::Weekday, 6}},
    {"sundays", {K::Weekday, 7}},
    {"yesterday", {K::RelativeDay, -1}},
    {"today", {K::RelativeDay, 0}},
    {"tomorrow", {K::RelativeDay, 1}},
    {"tonight", {K::RelativeDay, 0}},
    {"morning", {K::Part, p(PartOfDay::Morning)}},
    {"afternoon", {K::Part, p(PartOfDay::Afternoon)}},
    {"evening", {K::Part, p(PartOfDay::Evening)}},
    {"night", {K::Part, p(PartOfDay::Night)}},
    {"mornings", {K::Part, p(PartOfDay::Morning)}},
    {"afternoons", {K::Part, p(PartOfDay::Afternoon)}},
    {"evenings", {K::Part, p(PartOfDay::Evening)}},
    {"nights", {K::Part, p(PartOfDay::Night)}},
    {"breakfast", {K::Meal, p(PartOfDay::Morning)}},
    {"brunch", {K::Meal, p(PartOfDay::Morning)}},
    {"lunch", {K::Meal, p(PartOfDay::Noon)}},
    {"luncheon", {K::Meal, p(PartOfDay::Noon)}},
    {"dinner", {K::Meal, p(PartOfDay::Evening)}},
    {"supper", {K::Meal, p(PartOfDay::Evening)}},
    {"noon", {K::ClockWord, 12}},
    {"midday", {K::ClockWord, 12}},
    {"midnight", {K::ClockWord, 24}},
    {"second", {K::Unit, u(Unit::Second)}},
    {"seconds", {K::Unit, u(Unit::Second)}},
    {"minute", {K::Unit, u(Unit::Minute)}},
    {"minutes", {K::Unit, u(Unit::Minute)}},
    {"hour", {K::Unit, u(Unit::Hour)}},
    {"hours", {K::Unit, u(Unit::Hour)}},
    {"day", {K::Unit, u(Unit::Day)}},
    {"days", {K::Unit, u(Unit::Day)}},
    {"week", {K::Unit, u(Unit::Week)}},
    {"weeks", {K::Unit, u(Unit::Week)}},
    {"month", {K::Unit, u(Unit::Month)}},
    {"months", {K::Unit, u(Unit::Month)}},
    {"quarter", {K::Unit, u(Unit::Quarter)}},
    {"quarters", {K::Unit, u(Unit::Quarter)}},
    {"year", {K::Unit, u(Unit::Year)}},
    {"years", {K::Unit, u(Unit::Year)}},
    {"decade", {K::Unit, u(Unit::Decade)}},
    {"decades", {K::Unit, u(Unit::Decade)}},
    {"weekend", {K::Unit, -1}},
    {"spring", {K::Season, static_cast<int>(Season::Spring)}},
    {"summer", {K::Season, static_cast<int>(Season::Summer)}},
    {"fall", {K::Season, static_cast<int>(Season::Fall)}},
    {"autumn", {K::Season, static_cast<int>(Season::Fall)}},
    {"winter", {K::Season, static_cast<int>(Season::Winter)}},
    {"this", {K::Cycle, 0}},
    {"current", {K::Reference, static_cast<int>(RefKind::Present)}},
    {"last", {K::Cycle, -1}},
    {"next", {K::Cycle, 1}},
    {"coming", {K::Cycle, 1}},
    {"previous", {K::Cycle, -1, false, Base::Context}},
    {"following", {K::Cycle, 1, false, Base::Context}},
    {"that", {K::Cycle, 0, false, Base::Context}},
    {"now", {K::Reference, static_cast<int>(RefKind::Present)}},
    {"currently", {K::Reference, static_cast<int>(RefKind::Present)}},
    {"nowadays", {K::Reference, static_cast<int>(RefKind::Present)}},
    {"recently", {K::Reference, static_cast<int>(RefKind::Past)}},
    {"presently", {K::Reference, static_cast<int>(RefKind::Present)}},
    {"lately", {K::Reference, static_cast<int>(RefKind::Past)}},
    {"soon", {K::Reference, static_cast<int>(RefKind::Future)}},
    {"daily", {K::SetWord, u(Unit::Day)}},
    {"weekly", {K::SetWord, u(Unit::Week)}},
    {"monthly", {K::SetWord, u(Unit::Month)}},
    {"annually", {K::SetWord, u(Unit::Year)}},
    {"yearly", {K::SetWord, u(Unit::Year)}},
    {"quarterly", {K::SetWord, u(Unit::Quarter)}},
    {"kst", {K::Zone, 0}},
    {"gmt", {K::Zone, 1}},
    {"utc", {K::Zone, 1}},
    {"et", {K::Zone, 2}},
    {"est", {K::Zone, 2}},
    {"edt", {K::Zone, 2}},
    {"pt", {K::Zone, 3}},
    {"pst", {K::Zone, 3}},
    {"pdt", {K::Zone, 3}},
    {"ct", {K::Zone, 4}},
    {"cst", {K::Zone, 4}},
    {"cdt", {K::Zone, 4}},
    {"cet", {K::Zone, 5}},
    {"cest", {K::Zone, 5}},
    {"bst", {K::Zone, 6}},
    {"jst", {K::Zone, 7}},
    {"mt", {K::Zone, 10}},
    {"mst", {K::Zone, 10}},
    {"ist", {K::Zone, 11}},
};

constexpr std::string_view kOtherAnchors[] = {
    "the",
    "same",
    "later",
    "earlier",
    "early",
    "late",
    "mid",
    "end",
    "beginning",
    "start",
    "middle",
    "first",
    "second",
    "third",
    "fourth",
    "q1",
    "q2",
    "q3",
    "q4",
    "h1",
    "h2",
    "a",
    "an",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "fifteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "several",
    "few",
    "some",
    "half",
    "more",
    "over",
    "about",
    "around",
    "approximately",
    "roughly",
    "nearly",
    "almost",
    "at",
    "less",
    "under",
    "within",
    "up",
    "every",
    "each",
    "new",

    "in",
    "these",
    "past",
    "year",
    "circa",
    "fiscal",
    "by",
    "recent",
    "future",
    "nineteen",
    "eighteen",
    // the other number words, so that a word missing from the table starts no number
    "thirteen",
    "fourteen",
    "sixteen",
    "seventeen",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
    "hundred",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
    "thirtieth",
    "dozen",
};

constexpr std::string_view kHolidayStarts[] = {
    "christmas",    "chuseok",    "seollal",  "thanksgiving", "easter", "halloween", "valentine",
    "independence", "liberation", "children", "hangeul",      "hangul", "lunar",     "buddha",
};

constexpr std::size_t kLongest = 24;

struct Table {
    std::unordered_map<std::string_view, EnglishWord> words;
    /// Which (first letter, length) pairs some word has: most words of a text are ruled out
    /// without hashing them.
    std::array<std::array<bool, kLongest>, 26> shapes{};
    Table() {
        for (const auto word : kHolidayStarts)
            words.emplace(word, EnglishWord{EnglishWordKind::HolidayName});
        for (const auto& entry : kEntries)
            words.emplace(entry.word, entry.meaning);
        for (const auto word : kOtherAnchors)
            words.emplace(word, EnglishWord{});
        for (const auto& [word, meaning] : words) {
            if (isShaped(word))
                shapes[static_cast<std::size_t>(word[0] - 'a')][word.size()] = true;
        }
    }
    static bool isShaped(std::string_view word) {
        return !word.empty() && word.size() < kLongest && word[0] >= 'a' && word[0] <= 'z';
    }
    bool mayHave(std::string_view word) const {
        return isShaped(word) && shapes[static_cast<std::size_t>(word[0] - 'a')][word.size()];
    }
};

}  // namespace

const EnglishWord* englishWord(std::string_view lower) {
    static const Table table;
    if (!table.mayHave(lower))
        return nullptr;
    const auto found = table.words.find(lower);
    return found == table.words.end() ? nullptr : &found->second;
}

std::string_view englishZoneId(int index) {
    return index >= 0 && index < static_cast<int>(kZoneIds.size())
               ? kZoneIds[static_cast<std::size_t>(index)]
               : "";
}

}  // namespace yeonpyo::temporal
