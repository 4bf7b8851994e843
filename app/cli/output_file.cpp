// Output of data commands: standard output or a file replaced in one step.
#include "app/cli/output_file.h"

#include <QSaveFile>

#include <cstdio>

namespace yeonpyo::cli {

Status writeOutput(const QString& path, std::string_view bytes) {
    if (path.isEmpty() || path == QLatin1String("-")) {
        if (std::fwrite(bytes.data(), 1, bytes.size(), stdout) != bytes.size() ||
            std::fflush(stdout) != 0) {
            return Error{"Could not write to standard output."};
        }
        return success();
    }
    QSaveFile file(path);
    const auto size = static_cast<qint64>(bytes.size());
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes.data(), size) != size ||
        !file.commit()) {
        return Error{"Could not write " + path.toStdString() + ": " +
                     file.errorString().toStdString() + "."};
    }
    return success();
}

}  // namespace yeonpyo::cli
