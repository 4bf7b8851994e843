// Small Korean articles made up from templates, each different, for tests that ingest many.
#pragma once

#include <string>

namespace yeonpyo::cli::testing {

/// Article number `index`: a title and two sentences, each naming people, a city and a date, so
/// that every article yields events with quotes. Different indexes give different texts.
std::string generatedArticle(int index);

}  // namespace yeonpyo::cli::testing
