// Export actions: the export dialog, the clipboard image and data files, with their settings.
#include "app/gui/export_actions.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMessageBox>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>

#include <algorithm>

#include "app/gui/export_file_names.h"
#include "app/gui/export_image_dialog.h"
#include "app/gui/timeline_session.h"
#include "app/gui/timeline_view.h"
#include "app/render/image_export.h"
#include "core/io/export.h"

namespace yeonpyo::gui {
namespace {

const QString kFolderKey = QStringLiteral("export/folder");
const QString kDataFilterKey = QStringLiteral("export/dataFilter");
constexpr int kStatusMs = 10000;

QString tr(const char* text, int count = -1) {
    return QCoreApplication::translate("yeonpyo::gui", text, nullptr, count);
}

QString exportFolder(QSettings& settings, const TimelineSession& session) {
    const QString remembered = settings.value(kFolderKey).toString();
    if (!remembered.isEmpty() && QFileInfo(remembered).isDir())
        return remembered;
    if (!session.documentPath().isEmpty())
        return QFileInfo(session.documentPath()).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
}

void announce(QWidget* parent, const QString& message) {
    if (auto* window = qobject_cast<QMainWindow*>(parent))
        window->statusBar()->showMessage(message, kStatusMs);
}

void warn(QWidget* parent, const QString& sentence) {
    QMessageBox::warning(parent, QApplication::applicationDisplayName(), sentence);
}

/// The days the events cover in the display zone; the view's days when nothing is dated.
std::pair<QDate, QDate> documentDays(const ExportContext& context) {
    std::int64_t first = static_cast<std::int64_t>(context.view.first);
    std::int64_t last = static_cast<std::int64_t>(context.view.second);
    bool found = false;
    for (const Event& event : context.snapshot->events) {
        if (!event.time.beginUtc)
            continue;
        const std::int64_t begin = *event.time.beginUtc;
        const std::int64_t end = std::max(begin + 1, event.time.endUtc.value_or(begin + 1));
        first = found ? std::min(first, begin) : begin;
        last = found ? std::max(last, end) : end;
        found = true;
    }
    return {QDateTime::fromSecsSinceEpoch(first, context.zone).date(),
            QDateTime::fromSecsSinceEpoch(std::max(first, last - 1), context.zone).date()};
}

Status writeFile(const QString& path, const std::string& bytes) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(bytes.data(), static_cast<qint64>(bytes.size())) !=
            static_cast<qint64>(bytes.size()) ||
        !file.commit()) {
        return Error{
            QStringLiteral("Cannot write “%1”: %2.").arg(path, file.errorString()).toStdString()};
    }
    return success();
}

}  // namespace

ExportContext exportContextOf(const TimelineSession& session, const TimelineView& view,
                              std::shared_ptr<render::TileSource> mapTiles) {
    auto snapshot = std::make_shared<ExportSnapshot>();
    snapshot->events = session.events();
    snapshot->articles = session.articles();
    ExportContext context;
    context.snapshot = std::move(snapshot);
    context.zone = view.displayZone();
    context.locale = view.locale();
    context.view = {view.viewport().begin(), view.viewport().end()};
    context.selectedId = session.selectedEventId().value_or(0);
    context.mapTiles = std::move(mapTiles);
    return context;
}

ImageExportChoices initialChoices(QSettings& settings, const TimelineSession& session,
                                  const TimelineView& view) {
    ImageExportChoices choices = loadChoices(settings);
    if (!session.articles().empty())
        choices.title = QString::fromStdString(session.articles().front().title);
    choices.lanes = view.laneMode();
    std::tie(choices.from, choices.to) = documentDays(exportContextOf(session, view));
    return choices;
}

void exportTimelineImage(QWidget* parent, const TimelineSession& session, const TimelineView& view,
                         std::shared_ptr<render::TileSource> mapTiles) {
    QSettings settings;
    const ImageExportChoices initial = initialChoices(settings, session, view);
    const QString path = suggestedExportPath(
        exportFolder(settings, session), session.documentPath(), imageExtension(initial.format));
    ExportImageDialog dialog(exportContextOf(session, view, std::move(mapTiles)), initial, path,
                             parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    saveChoices(settings, dialog.choices());
    settings.setValue(kFolderKey, QFileInfo(dialog.path()).absolutePath());
    announce(parent, tr("Exported the image to %1.").arg(QFileInfo(dialog.path()).fileName()));
}

QImage currentViewImage(QSettings& settings, const TimelineSession& session,
                        const TimelineView& view, std::shared_ptr<render::TileSource> mapTiles) {
    ImageExportChoices choices = initialChoices(settings, session, view);
    choices.format = render::ImageFormat::Png;
    choices.scope = ExportScope::CurrentView;
    choices.preset = SizePreset::Custom;
    choices.customSize = view.size() * 2;
    choices.dpi = 2 * 96.0;
    choices.transparent = false;
    const ExportContext context = exportContextOf(session, view, std::move(mapTiles));
    return render::renderImage(snapshotFor(choices, context)->document(),
                               toExportOptions(choices, context));
}

void copyTimelineImage(const TimelineSession& session, const TimelineView& view,
                       std::shared_ptr<render::TileSource> mapTiles) {
    QSettings settings;
    QGuiApplication::clipboard()->setImage(
        currentViewImage(settings, session, view, std::move(mapTiles)));
}

void exportTimelineData(QWidget* parent, const TimelineSession& session) {
    QSettings settings;
    const QStringList filters = dataFileFilters();
    QString filter = settings.value(kDataFilterKey, filters.front()).toString();
    if (!filters.contains(filter))
        filter = filters.front();
    const io::Format suggested = dataFormatOfFilter(filter).value_or(io::Format::Json);
    const std::string_view extension = io::fileExtension(suggested);
    const QString chosen = QFileDialog::getSaveFileName(
        parent, tr("Export data"),
        suggestedExportPath(exportFolder(settings, session), session.documentPath(),
                            QString::fromUtf8(extension.substr(1).data(),
                                              static_cast<qsizetype>(extension.size() - 1))),
        filters.join(QStringLiteral(";;")), &filter);
    if (chosen.isEmpty())
        return;
    const auto [path, format] =
        dataExportTarget(chosen, dataFormatOfFilter(filter).value_or(io::Format::Json));
    settings.setValue(kDataFilterKey, filter);
    settings.setValue(kFolderKey, QFileInfo(path).absolutePath());
    const auto bytes = io::exportEvents(format, session.articles(), session.events());
    const Status written = bytes ? writeFile(path, *bytes) : Status(bytes.error());
    if (!written) {
        warn(parent, QString::fromStdString(written.error().message));
        return;
    }
    announce(parent, tr("Exported %n event(s) to %1.", static_cast<int>(session.events().size()))
                         .arg(QFileInfo(path).fileName()));
}

}  // namespace yeonpyo::gui
