// The Korean recognizer: at each anchor (a digit, or a syllable that starts a time word or numeral)
// it reads a chain of components from coarse to fine ("2024년 2월 28일(수) 오후 3시 30분"), then
// approximations (께, 전후), stated zones ((현지시간)) and ranges (28~29일, 27일부터 29일까지).
#pragma once

#include <array>
#include <optional>
#include <vector>

#include "core/temporal/draft_p.h"
#include "core/temporal/korean_words_p.h"
#include "core/temporal/text_scan_p.h"

namespace yeonpyo::temporal {

/// Order of components in a chain: each must be finer than the one before.
enum Rank : int {
    kRankNone = 0,
    kRankPrefix = 1,  ///< 지난, 오는, 이번, 올, 현지시간
    kRankYear = 2,
    kRankPartOfYear = 3,  ///< quarter, half, season
    kRankMonth = 4,
    kRankPeriodMod = 5,  ///< 초, 중순, 말 after a year or month
    kRankWeek = 6,
    kRankDay = 7,
    kRankWeekday = 8,
    kRankPart = 9,
    kRankClock = 10,
    kRankMinute = 11,
    kRankZone = 12,
    kRankTerminal = 13,  ///< durations, vague references: nothing follows
};

/// One way to read a component: the draft with it added, its rank and end.
struct Step {
    const Draft& draft;
    int rank = kRankNone;
    int end = -1;
    bool canEnd = true;  ///< False for prefixes that are no expression alone (지난, 올, 현지시간).
};

/// Receives the readings of one component in order and hands each to a visitor until the visitor
/// takes one (no readings are stored: chains are read at every anchor of the text).
class Steps {
public:
    template <typename Visit>
    explicit Steps(Visit& visit)
        : visitor_(&visit), call_([](void* visitor, const Step& step) {
              return (*static_cast<Visit*>(visitor))(step);
          }) {}

    /// Offers a reading when end >= 0; returns true once a reading has been taken.
    bool add(const Draft& draft, int rank, int end, bool canEnd = true) {
        if (!taken_ && end >= 0)
            taken_ = call_(visitor_, Step{draft, rank, end, canEnd});
        return taken_;
    }
    bool taken() const { return taken_; }

private:
    void* visitor_;
    bool (*call_)(void*, const Step&);
    bool taken_ = false;
};

class KoreanParser {
public:
    explicit KoreanParser(const Scan& text) : text_(text) {}

    /// Every expression of the text, in order, not overlapping.
    std::vector<Candidate> findAll() const;

private:
    std::optional<Candidate> parseAt(int pos) const;
    /// Reads components from pos on; returns the chain's end or -1 when none fits.
    int chain(int pos, Draft& draft, int rank) const;
    /// Every reading of the component at pos.
    void readings(int pos, const Draft& draft, int rank, Steps& steps) const;

    // korean_words_component.cpp
    void wordReadings(int pos, const Draft& draft, int rank, Steps& steps) const;
    int parenComponent(int pos, Draft& draft, int& rank) const;
    /// A zone abbreviation after a clock time ("오후 3시 GMT", "(CET)"); returns its end or -1.
    int latinZone(int pos, Draft& draft, int& rank) const;

    // korean_word_numbers.cpp
    void sinoDateReadings(int pos, const Draft& draft, int rank, Steps& steps) const;
    int nativeComponent(int pos, Draft& draft, int& rank) const;

    // korean_numbers.cpp
    int numberComponent(int pos, Draft& draft, int& rank) const;
    int apostropheYear(int pos, Draft& draft, int& rank) const;
    /// After "'24.": month and day ("'24.2.28", "'24.2.28.").
    int apostropheDate(int year, int pos, Draft& draft, int& rank) const;
    int yearComponent(int value, int digits, int pos, Draft& draft, int& rank) const;
    /// True when a lone 주 or 월 stands before the number at pos ("주 5일", "월 3일"): a count
    /// per week or month.
    bool perPeriod(int pos) const;
    int dayComponent(int value, int pos, Draft& draft, int& rank, bool more, bool inRange) const;
    int clockComponent(int hour, int pos, Draft& draft, int& rank, bool native) const;

    // korean_amounts.cpp
    /// After an amount and its unit: duration, offset or nothing ("3일간", "3년 전", "10년 만에").
    /// dayOfMonth: the number may also be a day of the month, so 전후/이후/께 are left to it.
    int amountSuffix(int pos, AmountDraft amount, bool bareAllowed, bool dayOfMonth, Draft& draft,
                     int& rank) const;
    /// amountSuffix once a trailing 여 and a half (반) are read.
    int amountSuffixAfter(int pos, AmountDraft amount, bool bareAllowed, bool dayOfMonth,
                          Draft& draft, int& rank) const;
    /// A stay counted in nights and days ("3박 4일", "2박3일간"): pos is just past 박, nights its
    /// number; a duration of the days, never a day of the month. Returns its end or -1.
    int nightsAndDays(int nights, int pos, Draft& draft, int& rank) const;

    /// True when the word that ends at pos ends there, or continues only with particles.
    bool endsWord(int pos) const;
    /// Approximation after a chain ("께", "경", "쯤", "무렵", " 전후"); returns the new end.
    int approximation(int end, Draft& draft) const;
    /// A range after a chain ("~29일", "부터 29일까지"); returns the new end.
    int range(int end, Candidate& candidate) const;

    const Scan& text_;
};

}  // namespace yeonpyo::temporal
