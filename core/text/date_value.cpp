// Parser for one written date or date-time: Korean numeric and 년월일 forms, English month names,
// ISO 8601, clock times with a.m./p.m. or 오전/오후, and zones.
#include "core/text/date_value_p.h"

#include <array>
#include <cstdio>

#include "core/text/date_words_p.h"
#include "core/text/scan_cursor_p.h"
#include "core/text/zones_p.h"

namespace yeonpyo::text {
namespace {

constexpr int kMinYear = 1900;
constexpr int kMaxYear = 2199;
// Longest parenthesised note accepted after a date: "(수)", "(Wed)", "(현지시간)".
constexpr std::size_t kMaxNoteBytes = 16;

bool isLeapYear(int year) {
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int daysInMonth(int year, int month) {
    constexpr std::array<int, 12> kDays{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && isLeapYear(year) ? 29 : kDays[static_cast<std::size_t>(month - 1)];
}

bool isValidDate(int year, int month, int day) {
    return year >= kMinYear && year <= kMaxYear && month >= 1 && month <= 12 && day >= 1 &&
           day <= daysInMonth(year, month);
}

// 2024.02.28, 2024. 2. 28., 2024-02-28, 2024/02/28.
bool numericDate(ScanCursor& cursor, DateTimeValue& value) {
    const auto year = cursor.number(4, 4);
    if (!year)
        return false;
    const char separator = cursor.peek();
    if (!cursor.oneOf(".-/"))
        return false;
    if (separator == '.')
        cursor.skipSpaces();
    const auto month = cursor.number(1, 2);
    if (!month || !cursor.literal(std::string_view(&separator, 1)))
        return false;
    if (separator == '.')
        cursor.skipSpaces();
    const auto day = cursor.number(1, 2);
    if (!day)
        return false;
    if (separator == '.')
        cursor.literal(".");
    value.year = *year;
    value.month = *month;
    value.day = *day;
    value.koreanStyle = separator == '.';
    return true;
}

// 2024년 2월 28일.
bool koreanDate(ScanCursor& cursor, DateTimeValue& value) {
    const auto year = cursor.number(4, 4);
    if (!year)
        return false;
    cursor.skipSpaces();
    if (!cursor.literal("년"))
        return false;
    cursor.skipSpaces();
    const auto month = cursor.number(1, 2);
    if (!month)
        return false;
    cursor.skipSpaces();
    if (!cursor.literal("월"))
        return false;
    cursor.skipSpaces();
    const auto day = cursor.number(1, 2);
    if (!day)
        return false;
    cursor.skipSpaces();
    if (!cursor.literal("일"))
        return false;
    value = {*year, *month, *day, -1, 0, std::nullopt, true};
    return true;
}

// Feb. 28, 2024 / February 28 2024.
bool monthFirstDate(ScanCursor& cursor, DateTimeValue& value) {
    const auto month = readMonthName(cursor);
    if (!month)
        return false;
    cursor.skipSpaces();
    const auto day = cursor.number(1, 2);
    if (!day)
        return false;
    skipOrdinalSuffix(cursor);
    cursor.literal(",");
    cursor.skipSpaces();
    const auto year = cursor.number(4, 4);
    if (!year)
        return false;
    value = {*year, *month, *day, -1, 0, std::nullopt, false};
    return true;
}

// 28 February 2024 / 28 Feb. 2024.
bool dayFirstDate(ScanCursor& cursor, DateTimeValue& value) {
    const auto day = cursor.number(1, 2);
    if (!day)
        return false;
    skipOrdinalSuffix(cursor);
    cursor.skipSpaces();
    const auto month = readMonthName(cursor);
    if (!month)
        return false;
    cursor.literal(",");
    cursor.skipSpaces();
    const auto year = cursor.number(4, 4);
    if (!year)
        return false;
    value = {*year, *month, *day, -1, 0, std::nullopt, false};
    return true;
}

bool date(ScanCursor& cursor, DateTimeValue& value) {
    const std::size_t start = cursor.position();
    for (auto reader : {numericDate, koreanDate, monthFirstDate, dayFirstDate}) {
        cursor.moveTo(start);
        if (reader(cursor, value) && isValidDate(value.year, value.month, value.day))
            return true;
    }
    cursor.moveTo(start);
    return false;
}

// "(수)", "(Wed)": a short note in parentheses after a date.
void skipNote(ScanCursor& cursor) {
    const std::size_t start = cursor.position();
    cursor.skipSpaces();
    const std::size_t close = cursor.rest().substr(0, kMaxNoteBytes + 1).find(')');
    if (cursor.peek() == '(' && close != std::string_view::npos && close <= kMaxNoteBytes) {
        cursor.moveTo(cursor.position() + close + 1);
        return;
    }
    cursor.moveTo(start);
}

void skipDateTimeSeparator(ScanCursor& cursor) {
    cursor.skipSpaces();
    const std::size_t start = cursor.position();
    const bool word = cursor.literalIgnoringCase("at") && cursor.atWordEnd();
    if (!word)
        cursor.moveTo(start);
    if (word || cursor.oneOf(",-|@") || cursor.literal("–") || cursor.literal("·"))
        cursor.skipSpaces();
}

bool clockTime(ScanCursor& cursor, DateTimeValue& value) {
    const std::size_t start = cursor.position();
    int meridiem = -1;
    if (cursor.literal("오전"))
        meridiem = 0;
    if (meridiem < 0 && cursor.literal("오후"))
        meridiem = 12;
    cursor.skipSpaces();
    const auto hour = cursor.number(1, 2);
    std::optional<int> minute;
    bool korean = meridiem >= 0;
    if (hour && cursor.literal(":")) {
        minute = cursor.number(2, 2);
        if (minute && cursor.literal(":") && cursor.number(2, 2) && cursor.literal("."))
            cursor.number(1, 9);
    } else if (hour && (cursor.skipSpaces(), cursor.literal("시"))) {
        korean = true;
        const std::size_t afterHour = cursor.position();
        cursor.skipSpaces();
        minute = cursor.number(1, 2);
        if (!minute || !cursor.literal("분")) {
            cursor.moveTo(afterHour);
            minute = 0;
        }
    }
    if (!hour || !minute || *minute > 59) {
        cursor.moveTo(start);
        return false;
    }
    if (meridiem < 0)
        meridiem = readEnglishMeridiem(cursor);
    const bool twelveHour = meridiem >= 0;
    if ((twelveHour && (*hour < 1 || *hour > 12)) || *hour > 23) {
        cursor.moveTo(start);
        return false;
    }
    value.hour = twelveHour ? *hour % 12 + meridiem : *hour;
    value.minute = *minute;
    value.koreanStyle = value.koreanStyle || korean;
    return true;
}

}  // namespace

std::optional<ParsedDateTime> parseDateTimeAt(std::string_view text) {
    ScanCursor cursor(text);
    skipWeekdayName(cursor);
    DateTimeValue value;
    if (!date(cursor, value))
        return std::nullopt;
    std::size_t end = cursor.position();
    if (!cursor.literal("T")) {
        skipNote(cursor);
        skipDateTimeSeparator(cursor);
    }
    if (clockTime(cursor, value)) {
        end = cursor.position();
        if (auto offset = readZone(cursor, value)) {
            value.offsetMinutes = offset;
            end = cursor.position();
        }
    }
    if (value.hour < 0) {
        cursor.moveTo(end);
        skipNote(cursor);
        end = cursor.position();
    }
    return ParsedDateTime{value, end};
}

std::string toIso8601(const DateTimeValue& value) {
    char buffer[32];
    int length =
        std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", value.year, value.month, value.day);
    if (value.hour < 0)
        return std::string(buffer, static_cast<std::size_t>(length));
    length += std::snprintf(buffer + length, sizeof buffer - static_cast<std::size_t>(length),
                            "T%02d:%02d", value.hour, value.minute);
    std::string iso(buffer, static_cast<std::size_t>(length));
    if (value.offsetMinutes) {
        const int offset = *value.offsetMinutes;
        const int magnitude = offset < 0 ? -offset : offset;
        std::snprintf(buffer, sizeof buffer, "%c%02d:%02d", offset < 0 ? '-' : '+', magnitude / 60,
                      magnitude % 60);
        iso += buffer;
    }
    return iso;
}

}  // namespace yeonpyo::text
