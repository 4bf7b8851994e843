// Writes a command's output to standard output or, atomically, to the file given with -o.
#pragma once

#include <QString>

#include <string_view>

#include "core/model/result.h"

namespace yeonpyo::cli {

/// Writes bytes to standard output when path is empty or "-", else to the file, replacing it
/// only when everything was written.
Status writeOutput(const QString& path, std::string_view bytes);

}  // namespace yeonpyo::cli
