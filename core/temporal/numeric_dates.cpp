// Reading all-digit dates (ISO 8601, dotted, slashed) and HH:MM clock times.
#include "core/temporal/numeric_dates_p.h"

#include "core/temporal/civil_p.h"
#include "core/temporal/numerals_p.h"

namespace yeonpyo::temporal {
namespace {

bool isDateSeparator(char32_t c) {
    return c == U'-' || c == U'.' || c == U'/';
}

/// After a separator: dots allow a space ("2024. 2. 28."), the others do not.
int afterSeparator(const Scan& text, int pos, char32_t separator) {
    if (text[pos] != separator)
        return -1;
    return separator == U'.' && isSpace(text[pos + 1]) ? pos + 2 : pos + 1;
}

/// The date's end must not continue as a number ("2024.02.28.1", "2024-02-281").
bool endsCleanly(const Scan& text, int end) {
    if (isDigit(text[end]))
        return false;
    if ((text[end] == U'.' || text[end] == U'-' || text[end] == U'/') && isDigit(text[end + 1]))
        return false;
    return true;
}

/// A clock time right after a date: "T15:30" or one or two spaces and "17:32".
void readTimeAfterDate(const Scan& text, NumericDate& date) {
    int at = date.end;
    if (text[at] == U'T') {
        ++at;
    } else if (isSpace(text[at])) {
        at = text.skipSpaces(at, 2);
    } else {
        return;
    }
    const auto time = readColonTime(text, at);
    if (!time)
        return;
    date.hour = time->hour;
    date.minute = time->minute;
    date.end = time->end;
}

}  // namespace

bool numberMayStartAt(const Scan& text, int pos) {
    const char32_t before = text[pos - 1];
    if (isDigit(before) || isAsciiLetter(before))
        return false;
    if ((before == U'.' || before == U',' || before == U':') && isDigit(text[pos - 2]))
        return false;
    return true;
}

std::optional<NumericDate> readNumericDate(const Scan& text, int pos) {
    const auto year = readDigits(text, pos);
    if (!year || (year->digits != 4 && year->digits != 2))
        return std::nullopt;
    const char32_t separator = text[year->end];
    if (!isDateSeparator(separator) || (year->digits == 2 && separator != U'.'))
        return std::nullopt;
    const int monthAt = afterSeparator(text, year->end, separator);
    const auto month = readDigits(text, monthAt);
    if (!month || month->digits > 2 || (year->digits == 2 && month->digits != 2))
        return std::nullopt;
    const int dayAt = afterSeparator(text, month->end, separator);
    const auto day = readDigits(text, dayAt);
    if (!day || day->digits > 2 || (year->digits == 2 && day->digits != 2))
        return std::nullopt;
    NumericDate date;
    date.year = year->digits == 2 ? 2000 + year->value : year->value;
    date.month = month->value;
    date.day = day->value;
    date.end = day->end;
    if (date.year < 1800 || date.year > 2200 || !isValidDate(date.year, date.month, date.day))
        return std::nullopt;
    if (separator == U'.' && text[date.end] == U'.' && !isDigit(text[date.end + 1]))
        ++date.end;  // "2024. 2. 28."
    if (!endsCleanly(text, date.end))
        return std::nullopt;
    readTimeAfterDate(text, date);
    return date;
}

std::optional<ColonTime> readColonTime(const Scan& text, int pos) {
    const auto hour = readDigits(text, pos);
    if (!hour || hour->digits > 2)
        return std::nullopt;
    const char32_t colon = text[hour->end];
    if (colon != U':' && colon != 0xFF1A)
        return std::nullopt;
    const auto minute = readDigits(text, hour->end + 1);
    if (!minute || minute->digits != 2 || minute->value > 59)
        return std::nullopt;
    if (hour->value > 24 || (hour->value == 24 && minute->value != 0))
        return std::nullopt;
    int end = minute->end;
    if (text[end] == U':') {
        const auto second = readDigits(text, end + 1);
        if (!second || second->digits != 2 || second->value > 59)
            return std::nullopt;
        end = second->end;
    }
    if (isDigit(text[end]) || (text[end] == U':' && isDigit(text[end + 1])))
        return std::nullopt;
    return ColonTime{hour->value, minute->value, end};
}

}  // namespace yeonpyo::temporal
