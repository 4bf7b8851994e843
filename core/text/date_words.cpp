// English month and weekday names, ordinal suffixes and a.m./p.m. markers for the date parser.
#include "core/text/date_words_p.h"

#include <array>
#include <string_view>
#include <utility>

namespace yeonpyo::text {
namespace {

struct NamedNumber {
    std::string_view name;
    int value;
};

// Full names before abbreviations, so that "January" is not read as "Jan" + "uary".
constexpr std::array<NamedNumber, 24> kMonthNames{{
    {"january", 1},   {"february", 2},  {"march", 3},  {"april", 4},     {"may", 5},
    {"june", 6},      {"july", 7},      {"august", 8}, {"september", 9}, {"october", 10},
    {"november", 11}, {"december", 12}, {"sept", 9},   {"jan", 1},       {"feb", 2},
    {"mar", 3},       {"apr", 4},       {"jun", 6},    {"jul", 7},       {"aug", 8},
    {"sep", 9},       {"oct", 10},      {"nov", 11},   {"dec", 12},
}};

// Full names before abbreviations, and longer abbreviations before shorter ones.
constexpr std::array<std::string_view, 16> kWeekdayNames{
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon",
    "tues",   "tue",     "wed",       "thurs",    "thu",    "fri",      "sat",    "sun"};

}  // namespace

std::optional<int> readMonthName(ScanCursor& cursor) {
    for (const auto& month : kMonthNames) {
        const std::size_t start = cursor.position();
        if (!cursor.literalIgnoringCase(month.name))
            continue;
        if (cursor.atWordEnd()) {
            cursor.literal(".");
            return month.value;
        }
        cursor.moveTo(start);
    }
    return std::nullopt;
}

void skipWeekdayName(ScanCursor& cursor) {
    const std::size_t start = cursor.position();
    for (auto name : kWeekdayNames) {
        if (cursor.literalIgnoringCase(name) && cursor.atWordEnd()) {
            cursor.literal(".");
            cursor.literal(",");
            cursor.skipSpaces();
            return;
        }
        cursor.moveTo(start);
    }
}

void skipOrdinalSuffix(ScanCursor& cursor) {
    for (auto suffix : {"st", "nd", "rd", "th"}) {
        const std::size_t start = cursor.position();
        if (cursor.literalIgnoringCase(suffix) && cursor.atWordEnd())
            return;
        cursor.moveTo(start);
    }
}

int readEnglishMeridiem(ScanCursor& cursor) {
    const std::size_t start = cursor.position();
    cursor.skipSpaces();
    for (auto [marker, shift] :
         {std::pair{"a.m.", 0}, {"p.m.", 12}, {"a.m", 0}, {"p.m", 12}, {"am", 0}, {"pm", 12}}) {
        const std::size_t before = cursor.position();
        if (cursor.literalIgnoringCase(marker) && cursor.atWordEnd())
            return shift;
        cursor.moveTo(before);
    }
    cursor.moveTo(start);
    return -1;
}

}  // namespace yeonpyo::text
