// Wording and anchors shared by the resolvers: the base day of a relative field, shifts, tense
// labels.
#include <cstdlib>

#include "core/temporal/resolver_p.h"

namespace yeonpyo::temporal {

BaseDay baseDay(Base base, const ResolveContext& context) {
    if (base == Base::StoryDay && context.storyDay) {
        return {context.storyDay, Anchor::Context,
                "the day the story is at, " + formatDay(*context.storyDay)};
    }
    if (base == Base::StoryDay && !context.reference)
        base = Base::Context;
    if (base == Base::Context && context.lastDay) {
        return {context.lastDay, Anchor::Context,
                "the last mentioned date " + formatDay(*context.lastDay)};
    }
    if (context.reference) {
        std::string text = "the article date " + describeDate(*context.reference);
        if (base == Base::Context)
            text += " (no date mentioned before)";
        return {PartialDate::of(*context.reference), Anchor::Reference, std::move(text)};
    }
    return {std::nullopt, Anchor::None, "the article date, which is unknown"};
}

std::string shiftText(int amount, Unit unit, const std::string& base) {
    if (amount == 0)
        return unit == Unit::Day ? base
                                 : "the " + std::string(unitName(unit, false)) + " of " + base;
    const int n = std::abs(amount);
    const std::string count = n == 1 ? "the " + std::string(unitName(unit, false))
                                     : std::to_string(n) + " " + std::string(unitName(unit, true));
    return count + (amount < 0 ? " before " : " after ") + base;
}

std::string tenseLabel(const Tense& tense) {
    const std::string kind = tense.kind == TenseKind::Past ? "past tense" : "future tense";
    return tense.marker.empty() ? kind : kind + " ('" + tense.marker + "')";
}

}  // namespace yeonpyo::temporal
