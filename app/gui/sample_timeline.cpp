// Builds the sample timeline document from the articles compiled into the viewer (:/samples).
#include "app/gui/sample_timeline.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

#include <vector>

#include "core/pipeline/ingest.h"
#include "core/store/document.h"

namespace yeonpyo::gui {
namespace {

Result<std::vector<pipeline::IngestInput>> bundledSamples() {
    std::vector<pipeline::IngestInput> inputs;
    const QDir samples(QStringLiteral(":/samples"));
    // Reversed name order reads the Korean report (…-ko.txt) first, so the merged events keep
    // its Korean titles and places.
    for (const QString& name :
         samples.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name | QDir::Reversed)) {
        QFile file(samples.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            return Error{"The bundled sample " + name.toStdString() + " could not be read."};
        }
        inputs.push_back({name.toStdString(), file.readAll().toStdString(), std::nullopt});
    }
    if (inputs.empty())
        return Error{"The program was built without its sample articles."};
    return inputs;
}

Status buildSample(const std::filesystem::path& path) {
    auto inputs = bundledSamples();
    if (!inputs)
        return inputs.error();
    auto document = store::Document::open(path, store::OpenMode::CreateOrOpen);
    if (!document)
        return document.error();
    auto report = pipeline::ingest(*document, *inputs, {});
    if (!report)
        return report.error();
    return success();
}

}  // namespace

Result<std::filesystem::path> ensureSampleTimeline() {
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    if (!QDir().mkpath(folder)) {
        return Error{"The folder " + folder.toStdString() + " could not be created."};
    }
    const QString name = QStringLiteral("sample-%1.yeonpyo").arg(YEONPYO_VERSION);
    const std::filesystem::path path = QDir(folder).filePath(name).toStdString();
    if (std::filesystem::exists(path))
        return path;

    // Build beside the final name and rename, so an interrupted build never leaves half a sample.
    std::filesystem::path partial = path;
    partial += ".partial";
    std::error_code ignored;
    std::filesystem::remove(partial, ignored);
    if (Status built = buildSample(partial); !built) {
        std::filesystem::remove(partial, ignored);
        return built.error();
    }
    std::error_code renameError;
    std::filesystem::rename(partial, path, renameError);
    if (renameError)
        return Error{"The sample timeline could not be saved to " + path.string() + "."};
    return path;
}

}  // namespace yeonpyo::gui
