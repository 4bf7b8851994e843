// Candidates for the date of an article that does not state one, each with the evidence for it:
// what the viewer's date bar and `yeonpyo-cli dates` offer. Nothing here is ever chosen silently.
#pragma once

#include <string>
#include <vector>

#include "core/model/article.h"
#include "core/temporal/temporal.h"

namespace yeonpyo::pipeline {

/// Why a date is offered.
enum class CandidateBasis {
    WrittenDate,  ///< A full date written in the text ("2024년 2월 28일", "Feb. 28, 2024").
    Weekday,  ///< A weekday beside a day ("28일(수)", "Wednesday, Feb. 28"): the days that fit.
    RelativeYear,  ///< "내년"/"next year" (or 올해, 지난해, this/last year) beside an explicit
                   ///< year.
    OtherArticle,  ///< The date of another article of the document.
};

/// One offered date. A RelativeYear candidate may know only its year (month and day 0); the
/// others are whole dates.
struct DateCandidate {
    int year = 0;
    int month = 0;  ///< 0 when not known.
    int day = 0;    ///< 0 when not known.
    CandidateBasis basis = CandidateBasis::WrittenDate;
    std::string evidence;  ///< The words it rests on ("28일(수)", "내년 … 2025년"), or the
                           ///< other article's title.

    bool isComplete() const { return month != 0 && day != 0; }
    friend bool operator==(const DateCandidate&, const DateCandidate&) = default;
};

/// The candidates for `article` (its text and language), best first: dates written in it (most
/// often written first), years implied by a relative year beside an explicit one, days that fit a
/// weekday beside a day number (nearest to `anchor` first: the other articles' dates, else
/// today), then the dates of `others` (articles of the same document). Without duplicates; at most
/// `limit`.
std::vector<DateCandidate> dateCandidates(const Article& article,
                                          const std::vector<Article>& others,
                                          const temporal::CivilDate& today, std::size_t limit = 8);

/// "2024-02-28", or "2024-??-??" for a candidate known in part.
std::string candidateText(const DateCandidate& candidate);

/// An English sentence of why: "written in the text: “2024년 2월 28일”".
std::string candidateReason(const DateCandidate& candidate);

}  // namespace yeonpyo::pipeline
