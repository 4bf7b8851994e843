// The Korean recognizer's scan and chain: anchors, chains of components, approximations and ranges.
#include "core/temporal/korean_parser_p.h"

#include "core/temporal/numeric_dates_p.h"

namespace yeonpyo::temporal {
namespace {

constexpr std::u32string_view kApproximations[] = {U"께", U"경", U"쯤", U"무렵"};

bool isApostrophe(char32_t c) {
    return c == U'\'' || c == 0x2019;
}

/// A range end repeats the start with its finest field replaced ("28~29일" → day 29).
Draft rangeEndOf(const Draft& draft) {
    Draft last = draft;
    last.rangeLast = 0;
    switch (draft.rangeUnit) {
        case Unit::Year:
            last.date.year = draft.rangeLast;
            break;
        case Unit::Month:
            last.date.month = draft.rangeLast;
            break;
        case Unit::Hour:
            last.clock.hour = draft.rangeLast;
            break;
        default:
            last.date.day = draft.rangeLast;
            break;
    }
    return last;
}

/// The end of a range states only finer fields than the start ("15일" after "7월 13일", "4시"
/// after "오후 2시"), so it continues the start rather than naming a date of its own.
bool leavesOut(const Draft& first, const Draft& last) {
    const DateDraft& a = first.date;
    const DateDraft& b = last.date;
    const bool dayOnly = b.day && !b.month && !b.year && !b.monthShift.set && !b.dayShift.set;
    const bool clockOnly = !b.hasCalendarField() && last.clock.hour >= 0;
    return (dayOnly && (a.month || a.monthShift.set)) ||
           (clockOnly && (first.clock.hour >= 0 || a.day || a.dayShift.set));
}

bool isPoint(const Draft& draft) {
    return draft.type == DraftType::Point &&
           (draft.date.hasCalendarField() || draft.clock.hour >= 0 ||
            draft.clock.part != PartOfDay::None || draft.clock.meridiem != Meridiem::None);
}

}  // namespace

std::vector<Candidate> KoreanParser::findAll() const {
    std::vector<Candidate> found;
    found.reserve(static_cast<std::size_t>(text_.size() / 64));
    for (int pos = 0; pos < text_.size();) {
        const char32_t c = text_[pos];
        bool anchor = false;
        if (isDigit(c)) {
            anchor = numberMayStartAt(text_, pos);
        } else if (isHangulSyllable(c)) {
            anchor = !isHangulSyllable(text_[pos - 1]) && isKoreanAnchor(c);
        } else if (isApostrophe(c)) {
            anchor = isDigit(text_[pos + 1]) && isDigit(text_[pos + 2]) && !isDigit(text_[pos + 3]);
        }
        if (anchor) {
            if (auto candidate = parseAt(pos)) {
                pos = candidate->end;
                found.push_back(std::move(*candidate));
                continue;
            }
        }
        ++pos;
    }
    return found;
}

std::optional<Candidate> KoreanParser::parseAt(int pos) const {
    Draft draft;
    int end = chain(pos, draft, kRankNone);
    if (end < 0)
        return std::nullopt;
    if (draft.type == DraftType::Point && !isPoint(draft))
        return std::nullopt;
    end = approximation(end, draft);
    Candidate candidate{pos, end, draft, std::nullopt};
    if (draft.rangeLast) {
        candidate.rangeEnd = rangeEndOf(draft);
        candidate.draft.rangeLast = 0;
        if (draft.rangeUnit == Unit::Day)
            candidate.draft.date.rangeLastDay = draft.rangeLast;
    }
    candidate.end = range(end, candidate);
    return candidate;
}

int KoreanParser::chain(int pos, Draft& draft, int rank) const {
    int result = -1;
    Draft chosen;
    auto visit = [&](const Step& step) {
        if (step.rank < kRankTerminal) {
            Draft continued = step.draft;
            const int end = chain(text_.skipSpaces(step.end, 2), continued, step.rank);
            if (end >= 0) {
                chosen = continued;
                result = end;
                return true;
            }
        }
        if (step.canEnd && endsWord(step.end)) {
            chosen = step.draft;
            result = step.end;
            return true;
        }
        return false;
    };
    Steps steps(visit);
    readings(pos, draft, rank, steps);
    if (result >= 0)
        draft = chosen;
    return result;
}

void KoreanParser::readings(int pos, const Draft& draft, int rank, Steps& steps) const {
    const char32_t c = text_[pos];
    Draft trial = draft;
    int trialRank = rank;
    if (isDigit(c)) {
        const int end = numberComponent(pos, trial, trialRank);
        steps.add(trial, trialRank, end);
    } else if (c == U'(' || c == 0xFF08) {
        const int end = parenComponent(pos, trial, trialRank);
        steps.add(trial, trialRank, end);
    } else if (isApostrophe(c)) {
        const int end = apostropheYear(pos, trial, trialRank);
        steps.add(trial, trialRank, end);
    } else if (isAsciiUpper(c)) {
        const int end = latinZone(pos, trial, trialRank);
        steps.add(trial, trialRank, end);
    } else if (isHangulSyllable(c)) {
        wordReadings(pos, draft, rank, steps);
        if (steps.taken())
            return;
        const int end = nativeComponent(pos, trial, trialRank);
        if (steps.add(trial, trialRank, end))
            return;
        sinoDateReadings(pos, draft, rank, steps);
    }
}

bool KoreanParser::endsWord(int pos) const {
    if (!isHangulSyllable(text_[pos]))
        return true;
    return isKoreanParticleTail(text_, pos, text_.hangulRunEnd(pos));
}

int KoreanParser::approximation(int end, Draft& draft) const {
    if (draft.type != DraftType::Point)
        return end;
    for (const auto word : kApproximations) {
        if (text_.startsWith(end, word)) {  // "6월 말께" keeps its END
            if (draft.mod == Mod::None)
                draft.mod = Mod::Approx;
            return end + static_cast<int>(word.size());
        }
    }
    if (draft.mod != Mod::None)
        return end;
    const int spaced = text_.skipSpaces(end, 1);
    for (const std::u32string_view word :
         {std::u32string_view(U"전후"), std::u32string_view(U"무렵")}) {
        if (spaced > end && text_.startsWith(spaced, word) && endsWord(spaced + 2)) {
            draft.mod = Mod::Approx;  // "3시 전후", "자정 무렵"
            return spaced + 2;
        }
    }
    return end;
}

int KoreanParser::range(int end, Candidate& candidate) const {
    if (candidate.rangeEnd || !isPoint(candidate.draft))
        return end;
    const int dash = text_.skipSpaces(end, 1);
    const bool byDash = isRangeDash(text_[dash]);
    const bool byParticles = text_.startsWith(end, U"부터");
    if (!byDash && !byParticles)
        return end;
    const int next = byDash ? text_.skipSpaces(dash + 1, 1) : text_.skipSpaces(end + 2, 2);
    Draft last;
    const int lastEnd = chain(next, last, kRankNone);
    if (lastEnd < 0 || !isPoint(last) || last.rangeLast)
        return end;
    // "13일부터 15일까지", and without 까지 when the end leaves out what the start states
    // ("7월 13일부터 15일 열린다": the 15th of July)
    const bool until = text_.startsWith(lastEnd, U"까지");
    if (byParticles && !until && !leavesOut(candidate.draft, last))
        return end;
    inheritMeridiem(candidate.draft, last);
    candidate.rangeEnd = last;
    candidate.firstEnd = end;
    candidate.lastBegin = next;
    return byParticles && until ? lastEnd + 2 : lastEnd;
}

}  // namespace yeonpyo::temporal
