// Choosing the time expression that dates a trigger, and parts of day from clock times.
#include "core/extract/timing_p.h"

#include <algorithm>

namespace yeonpyo::extract {
namespace {

/// "luncheon", "만찬" alone: the tagger dates them on the last mentioned day, which states nothing
/// about any trigger's day (the trigger lexicon gives meals their part of day).
bool isMealWordAlone(const temporal::TimeExpression& expression) {
    return expression.rule == "ko.meal" || expression.rule == "en.meal";
}

}  // namespace

TimeFinder::TimeFinder(const std::vector<temporal::TimeExpression>& times, bool korean,
                       std::function<bool(std::size_t)> skip)
    : times_(times), korean_(korean), skip_(std::move(skip)) {}

std::optional<MentionTime> TimeFinder::timeOf(const temporal::TimeExpression& expression) const {
    if (!namesDay(expression.value) || expression.kind == temporal::ExpressionKind::Duration ||
        expression.kind == temporal::ExpressionKind::Set || skip_(expression.byteBegin) ||
        isMealWordAlone(expression)) {
        return std::nullopt;
    }
    const std::string clockPart = partOfDayOfClock(expression.value);
    return MentionTime{expression.value,
                       expression.endValue,
                       clockPart.empty() ? expression.timeOfDay : clockPart,
                       expression.derivation.empty()
                           ? expression.text + " → " + expression.value
                           : expression.text + ": " + expression.derivation,
                       true,
                       expression.byteBegin,
                       expression.timeZone};
}

std::vector<temporal::TimeExpression>::const_iterator TimeFinder::firstFrom(
    std::size_t begin) const {
    return std::lower_bound(times_.begin(), times_.end(), begin,
                            [](const temporal::TimeExpression& expression, std::size_t at) {
                                return expression.byteBegin < at;
                            });
}

std::optional<MentionTime> TimeFinder::lastDayIn(std::size_t begin, std::size_t end) const {
    std::optional<MentionTime> last;
    for (auto it = firstFrom(begin); it != times_.end() && it->byteBegin < end; ++it) {
        const auto& expression = *it;
        if (expression.byteBegin < begin || expression.byteBegin >= end)
            continue;
        if (auto time = timeOf(expression))
            last = time;
    }
    return last;
}

std::optional<MentionTime> TimeFinder::ownTime(std::size_t segmentBegin, std::size_t segmentEnd,
                                               std::size_t sentenceBegin, std::size_t sentenceEnd,
                                               std::size_t triggerBegin, std::size_t triggerEnd,
                                               bool lastTrigger) const {
    std::optional<MentionTime> best;
    std::size_t bestDistance = std::string::npos;
    for (auto it = firstFrom(sentenceBegin); it != times_.end() && it->byteBegin < sentenceEnd;
         ++it) {
        const auto& expression = *it;
        const std::size_t at = expression.byteBegin;
        if (at < triggerEnd && triggerBegin < expression.byteEnd)
            continue;
        const bool inSentence = at >= sentenceBegin && at < sentenceEnd;
        const bool inSegment = at >= segmentBegin && at < segmentEnd;
        const bool before = expression.byteEnd <= triggerBegin;
        // English: a time after the trigger but past its segment is the next trigger's ("at a
        // church service …, the couple will travel to Canberra on Monday").
        const bool usable = korean_ ? inSegment || (lastTrigger && !before && inSentence)
                                    : inSentence && (inSegment || before || lastTrigger);
        if (!usable)
            continue;
        const auto time = timeOf(expression);
        if (!time)
            continue;
        // Korean prefers what comes before the trigger; English what its own segment says.
        std::size_t distance = before ? triggerBegin - expression.byteEnd : at - triggerBegin;
        if (korean_ && !before)
            distance += sentenceEnd;
        if (!korean_ && !inSegment)
            distance += sentenceEnd;
        if (distance < bestDistance) {
            best = time;
            bestDistance = distance;
        }
    }
    return best;
}

std::string partOfDayOfClock(std::string_view value) {
    const auto t = value.find('T');
    if (t == std::string_view::npos || value.size() < t + 3)
        return {};
    const char high = value[t + 1];
    const char low = value[t + 2];
    if (high < '0' || high > '2' || low < '0' || low > '9')
        return {};
    const int hour = (high - '0') * 10 + (low - '0');
    if (hour < 5 || hour >= 22)
        return "night";
    if (hour < 12)
        return "morning";
    if (hour == 12)
        return "noon";
    return hour < 18 ? "afternoon" : "evening";
}

}  // namespace yeonpyo::extract
