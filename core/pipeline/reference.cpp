// Reference date selection for ingest, in the order of precedence documented in reference.h.
#include "core/pipeline/reference.h"

#include <charconv>
#include <cstdio>

namespace yeonpyo::pipeline {
namespace {

std::string formatDate(const temporal::CivilDate& date) {
    char text[16];
    std::snprintf(text, sizeof text, "%04d-%02d-%02d", date.year, date.month, date.day);
    return text;
}

bool isLeapYear(int year) {
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int daysInMonth(int year, int month) {
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && isLeapYear(year) ? 29 : kDays[month - 1];
}

}  // namespace

std::optional<temporal::CivilDate> isoDatePart(const std::string& value) {
    if (value.size() < 10 || value[4] != '-' || value[7] != '-')
        return std::nullopt;
    temporal::CivilDate date;
    const char* text = value.data();
    const bool parsed = std::from_chars(text, text + 4, date.year).ptr == text + 4 &&
                        std::from_chars(text + 5, text + 7, date.month).ptr == text + 7 &&
                        std::from_chars(text + 8, text + 10, date.day).ptr == text + 10;
    if (!parsed || date.month < 1 || date.month > 12 || date.day < 1 ||
        date.day > daysInMonth(date.year, date.month)) {
        return std::nullopt;
    }
    return date;
}

ChosenReference chooseReference(const IngestInput& input, const IngestOptions& options,
                                Article& article) {
    ChosenReference chosen;
    chosen.reference.timeZone = options.timeZone.empty() ? kDefaultTimeZone : options.timeZone;
    if (input.referenceDate) {
        chosen.reference.date = input.referenceDate;
        chosen.source = "input";
    } else if (options.referenceDate) {
        chosen.reference.date = options.referenceDate;
        chosen.source = "option";
    } else if (auto published = isoDatePart(article.published)) {
        chosen.reference.date = published;
        chosen.source = "article";
    } else {
        chosen.source = "none";
        return chosen;
    }
    chosen.dateText = formatDate(*chosen.reference.date);
    if (article.published.empty())
        article.published = chosen.dateText;
    return chosen;
}

}  // namespace yeonpyo::pipeline
