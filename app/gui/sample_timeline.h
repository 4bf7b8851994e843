// The sample timeline shown on first start: built once from the bundled sample articles.
#pragma once

#include <filesystem>

#include "core/model/result.h"

namespace yeonpyo::gui {

/// Path of the sample document in the user's data folder, building it from the sample articles
/// bundled in the program (resources/samples) when it does not exist yet for this version.
Result<std::filesystem::path> ensureSampleTimeline();

}  // namespace yeonpyo::gui
