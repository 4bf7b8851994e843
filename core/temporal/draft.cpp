// Drafts: offsets written as shifts of their fields, and the names of the rules that built them.
#include "core/temporal/draft_p.h"

namespace yeonpyo::temporal {

std::string Draft::ruleName(std::string_view language) const {
    std::string name(language);
    name += '.';
    for (int i = 0; i < ruleCount; ++i) {
        if (i > 0)
            name += '+';
        name += rules[static_cast<std::size_t>(i)];
    }
    if (ruleCount == 0)
        name += "expression";
    return name;
}

void inheritMeridiem(const Draft& first, Draft& last) {
    ClockDraft& clock = last.clock;
    if (clock.hour < 0 || clock.part != PartOfDay::None || clock.meridiem != Meridiem::None)
        return;
    clock.part = first.clock.part;
    clock.meridiem = first.clock.meridiem;
    clock.bareHour = clock.bareHour && first.clock.bareHour;
}

Unit applyOffset(Draft& draft, AmountDraft amount, int sign, Base base) {
    draft.addRule("offset");
    DateDraft& date = draft.date;
    const int steps = sign * amount.amount;
    if (amount.amount >= 0) {
        switch (amount.unit) {
            case Unit::Day:
                date.dayShift = {true, steps, base};
                return Unit::Day;
            case Unit::Week:  // "two weeks ago", "2주 뒤": the day, as TimeML counts it
                date.dayShift = {true, steps * 7, base};
                return Unit::Day;
            case Unit::Month:
                date.monthShift = {true, steps, base};
                return Unit::Month;
            case Unit::Year:
                date.yearShift = {true, steps, base};
                date.countedYears = true;
                return Unit::Year;
            case Unit::Decade:
                date.yearShift = {true, steps * 10, base};
                date.countedYears = true;
                return Unit::Year;
            default:
                break;
        }
    }
    draft.type = DraftType::Offset;
    draft.amount = amount;
    draft.offsetSign = sign;
    draft.offsetBase = base;
    return Unit::Second;
}

}  // namespace yeonpyo::temporal
