// Export actions: file dialogs around render::exportImage and io::exportEvents.
#include "app/gui/export_actions.h"

#include <QApplication>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QSaveFile>
#include <QStatusBar>
#include <QStringList>

#include "app/gui/timeline_session.h"
#include "app/gui/timeline_view.h"
#include "app/render/image_export.h"
#include "core/io/export.h"

namespace yeonpyo::gui {
namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("ExportActions", text);
}

void report(QWidget* parent, const Status& status, const QString& path) {
    if (!status) {
        QMessageBox::warning(parent, QApplication::applicationDisplayName(),
                             QString::fromStdString(status.error().message));
        return;
    }
    QMessageBox::information(parent, QApplication::applicationDisplayName(),
                             tr("Exported to %1.").arg(QFileInfo(path).fileName()));
}

QString suggestedPath(const TimelineSession& session, const QString& extension) {
    const QFileInfo document(session.documentPath());
    const QString base = document.completeBaseName().isEmpty() ? QStringLiteral("timeline")
                                                               : document.completeBaseName();
    return QStringLiteral("%1.%2").arg(base, extension);
}

Status writeFile(const QString& path, const std::string& bytes) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(bytes.data(), static_cast<qint64>(bytes.size())) !=
            static_cast<qint64>(bytes.size()) ||
        !file.commit()) {
        return Error{"Could not write " + path.toStdString() + ": " +
                     file.errorString().toStdString() + "."};
    }
    return success();
}

}  // namespace

void exportTimelineImage(QWidget* parent, const TimelineSession& session,
                         const TimelineView& view) {
    const QString path = QFileDialog::getSaveFileName(
        parent, tr("Export image"), suggestedPath(session, QStringLiteral("png")),
        tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"));
    if (path.isEmpty())
        return;
    render::ExportOptions options;
    options.withMap = true;
    options.lanes = view.laneMode();
    options.zone = view.displayZone();
    options.locale = QLocale();
    options.selectedId = session.selectedEventId().value_or(0);
    if (!session.articles().empty())
        options.title = QString::fromStdString(session.articles().front().title);
    report(parent, render::exportImage(path, {session.events(), session.articles()}, options),
           path);
}

void exportTimelineData(QWidget* parent, const TimelineSession& session) {
    QStringList filters;
    for (io::Format format : io::allFormats()) {
        const QString name = QString::fromUtf8(
            io::formatName(format).data(), static_cast<qsizetype>(io::formatName(format).size()));
        const QString extension =
            QString::fromUtf8(io::fileExtension(format).data(),
                              static_cast<qsizetype>(io::fileExtension(format).size()));
        filters << QStringLiteral("%1 (*%2)").arg(name.toUpper(), extension);
    }
    QString chosenFilter = filters.front();
    const QString path = QFileDialog::getSaveFileName(
        parent, tr("Export data"), suggestedPath(session, QStringLiteral("json")),
        filters.join(QStringLiteral(";;")), &chosenFilter);
    if (path.isEmpty())
        return;
    const auto format = io::formatFromName(chosenFilter.section(' ', 0, 0).toStdString());
    auto bytes =
        io::exportEvents(format.value_or(io::Format::Json), session.articles(), session.events());
    if (!bytes) {
        report(parent, bytes.error(), path);
        return;
    }
    report(parent, writeFile(path, *bytes), path);
}

}  // namespace yeonpyo::gui
