// SampleDocument: ingests the bundled sample articles through the real pipeline.
#include "sample_document.h"

#include <QDir>
#include <QFile>

#include "core/pipeline/ingest.h"
#include "core/store/document.h"

namespace yeonpyo::gui::testing {

SampleDocument::SampleDocument() {
    const QDir samples(QStringLiteral(YEONPYO_SOURCE_DIR "/resources/samples"));
    std::vector<pipeline::IngestInput> inputs;
    for (const QString& name : samples.entryList({"*.txt"}, QDir::Files, QDir::Name)) {
        QFile file(samples.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            error_ = "cannot read " + name;
            return;
        }
        inputs.push_back({name.toStdString(), file.readAll().toStdString(), std::nullopt});
    }
    const QString path = dir_.filePath("sample.yeonpyo");
    {
        auto document = store::Document::open(path.toStdString(), store::OpenMode::CreateOrOpen);
        if (!document) {
            error_ = QString::fromStdString(document.error().message);
            return;
        }
        auto report = pipeline::ingest(*document, inputs, {});
        if (!report) {
            error_ = QString::fromStdString(report.error().message);
            return;
        }
    }
    path_ = path;
}

}  // namespace yeonpyo::gui::testing
