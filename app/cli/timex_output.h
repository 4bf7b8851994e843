// What `yeonpyo-cli timex` writes: one JSON object per expression, or the text with inline TimeML
// <TIMEX3> tags that TempEval-3's scorer reads.
#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>
#include <vector>

#include "core/temporal/temporal.h"

namespace yeonpyo::cli {

/// {"text", "start", "end", "value", "time_of_day", "kind", "end_value"?, "mod"?, "rule",
/// "derivation"}.
nlohmann::ordered_json timexJson(const temporal::TimeExpression& found);

/// The text, XML-escaped, with each expression wrapped in <TIMEX3 tid type value [mod]>;
/// tids count from t1.
std::string timemlMarkup(std::string_view utf8Text,
                         const std::vector<temporal::TimeExpression>& found);

}  // namespace yeonpyo::cli
