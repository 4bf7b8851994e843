// Reading one article or one event of a yeonpyo.events/1 document, shared by the whole-file and
// the streaming JSON readers.
#pragma once

#include <optional>
#include <string>

#include "core/io/import.h"
#include "core/io/json_fields_p.h"

namespace yeonpyo::io {

/// Reads the article at `path` ("articles[0]"); `error` is set to the first problem.
Article readArticle(const Json& json, const std::string& path, std::optional<Error>& error);

/// Reads the event at `path` ("events[3]"); `error` is set to the first problem.
Event readEvent(const Json& json, const std::string& path, const ImportOptions& options,
                std::optional<Error>& error);

}  // namespace yeonpyo::io
