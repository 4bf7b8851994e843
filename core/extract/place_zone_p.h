// The time zone of an event's place, for times stated in local time ("(현지시간)").
#pragma once

#include <string>
#include <string_view>

#include "core/lexicon/lexicon.h"

namespace yeonpyo::extract {

/// The IANA zone of a gazetteer place: its own row in the zone table, else its nearest enclosing
/// place's, else the one zone of its country; empty when the place or its zone is unknown.
std::string placeZone(const lexicon::Lexicon& lexicon, std::string_view gazetteerId);

}  // namespace yeonpyo::extract
