// Choosing the reference date and time zone an article's relative dates are resolved against.
#pragma once

#include <string>

#include "core/model/article.h"
#include "core/pipeline/ingest.h"
#include "core/temporal/temporal.h"

namespace yeonpyo::pipeline {

inline constexpr const char* kDefaultTimeZone = "Asia/Seoul";

struct ChosenReference {
    temporal::Reference reference;
    std::string dateText;  ///< "2024-02-28", or empty when there is none.
    std::string source;    ///< "input", "option", "article" or "none".
};

/// The input's own date wins, then the command's --reference-date, then the article's
/// publication date; without any, dates stay underspecified. The zone is the option's or
/// Asia/Seoul. An article without a publication date records the chosen date as one.
ChosenReference chooseReference(const IngestInput& input, const IngestOptions& options,
                                Article& article);

/// Parses the date part of an ISO 8601 date or date-time ("2024-02-28T17:32+09:00").
std::optional<temporal::CivilDate> isoDatePart(const std::string& value);

}  // namespace yeonpyo::pipeline
