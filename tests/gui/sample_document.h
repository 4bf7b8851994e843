// Builds a timeline document from the project's sample articles for GUI tests.
#pragma once

#include <QString>
#include <QTemporaryDir>

namespace yeonpyo::gui::testing {

/// A temporary folder holding a document ingested from resources/samples/*.txt.
class SampleDocument {
public:
    SampleDocument();
    bool ok() const { return !path_.isEmpty(); }
    const QString& path() const { return path_; }
    const QString& error() const { return error_; }

private:
    QTemporaryDir dir_;
    QString path_;
    QString error_;
};

}  // namespace yeonpyo::gui::testing
