// Abbreviations that end in a full stop without ending the sentence (Mr., Feb., U.S.).
#pragma once

#include <string_view>

namespace yeonpyo::text {

/// Whether a sentence break between before and after must be dropped because before ends with
/// an abbreviation. Titles, months and initials (Mr., Feb., E.) always hold the sentence
/// together; words that can also end one (U.S., Inc., p.m.) do unless after starts with a word
/// that usually opens a sentence (The, He, But, …).
bool abbreviationHoldsSentence(std::string_view before, std::string_view after);

}  // namespace yeonpyo::text
