// The "why this date" of a time value in the reader's language: derivations are written and stored
// in English and read out in Korean by a table of their phrases.
#pragma once

#include <string>
#include <string_view>

namespace yeonpyo::temporal {

/// The derivation in language "ko" or "en" ("day 28 of the reference month (article dated
/// 2024-02-28)" → "기사 날짜 2024-02-28이 속한 달의 28일"). Phrases the table does not know stay
/// as they are; any other language gets the English text.
std::string derivationIn(std::string_view english, std::string_view language);

}  // namespace yeonpyo::temporal
