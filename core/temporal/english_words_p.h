// The English time words (months, weekdays, units, parts of day, meals, zones, modifiers) and the
// words an English time expression can start with.
#pragma once

#include <cstdint>
#include <string_view>

#include "core/temporal/draft_p.h"

namespace yeonpyo::temporal {

enum class EnglishWordKind : std::uint8_t {
    Month,        ///< value 1–12; abbreviation when shortened ("Feb")
    Weekday,      ///< value 1 Monday … 7 Sunday
    RelativeDay,  ///< yesterday, today, tomorrow, tonight: value days (tonight: 0 and night)
    Part,         ///< morning, afternoon, evening, night: value PartOfDay
    Meal,         ///< breakfast, lunch, dinner: value PartOfDay
    ClockWord,    ///< noon, midday (12), midnight (24)
    Unit,         ///< day(s), week(s), … : value Unit
    Season,       ///< value Season
    Cycle,        ///< this, last, next, coming, previous, following, that: value shift; base
    Reference,    ///< now, currently, recently, soon: value RefKind
    SetWord,      ///< daily, weekly, monthly, annually: value Unit
    Zone,         ///< KST, GMT, ET, …: value index into englishZoneId()
    HolidayName,  ///< the first word of a holiday's name (Christmas, Chuseok, Valentine's …)
    Other,  ///< other words an expression can start with (the, early, mid, about, Christmas …)
};

struct EnglishWord {
    EnglishWordKind kind = EnglishWordKind::Other;
    int value = 0;
    bool abbreviation = false;
    Base base = Base::Document;
};

/// The word's entry, or nullptr; lower is lowercase ASCII.
const EnglishWord* englishWord(std::string_view lower);

/// IANA id of a zone abbreviation's index.
std::string_view englishZoneId(int index);

}  // namespace yeonpyo::temporal
