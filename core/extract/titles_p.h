// Short event titles in the article's language: "이재용 회장과 만찬", "Dinner with Lee Jae-yong".
#pragma once

#include <string>

#include "core/extract/events_p.h"

namespace yeonpyo::extract {

/// A title from the event's kind, trigger word, the people it was with (other than the story's
/// subject) and its place.
std::string titleOf(const DraftEvent& draft, const std::vector<Mention>& mentions,
                    const ArticleContext& context);

}  // namespace yeonpyo::extract
