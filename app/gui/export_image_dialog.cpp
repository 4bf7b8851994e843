// ExportImageDialog: the option widgets, their mapping to ImageExportChoices, preview and export.
#include "app/gui/export_image_dialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QToolButton>

#include "app/gui/export_file_names.h"
#include "app/gui/form_fields.h"
#include "app/gui/image_export_task.h"
#include "app/gui/image_preview.h"

namespace yeonpyo::gui {

ExportImageDialog::ExportImageDialog(ExportContext context, const ImageExportChoices& initial,
                                     const QString& path, QWidget* parent)
    : QDialog(parent),
      context_(std::move(context)),
      preview_(new ImagePreview(this)),
      task_(new ImageExportTask(this)),
      format_(namedWidget<QComboBox>(this, "format")),
      size_(namedWidget<QComboBox>(this, "size")),
      width_(namedSpinBox(this, "width", 16, 20000)),
      height_(namedSpinBox(this, "height", 16, 20000)),
      dpi_(namedSpinBox(this, "dpi", 24, 1200)),
      transparent_(namedWidget<QCheckBox>(this, "transparent")),
      scope_(namedWidget<QComboBox>(this, "scope")),
      from_(namedWidget<QDateEdit>(this, "from")),
      to_(namedWidget<QDateEdit>(this, "to")),
      map_(namedWidget<QCheckBox>(this, "map")),
      title_(namedWidget<QLineEdit>(this, "title")),
      legend_(namedWidget<QCheckBox>(this, "legend")),
      footer_(namedWidget<QCheckBox>(this, "footer")),
      theme_(namedWidget<QComboBox>(this, "theme")),
      lanes_(namedWidget<QComboBox>(this, "lanes")),
      pages_(namedSpinBox(this, "pages", 1, 100)),
      path_(namedWidget<QLineEdit>(this, "path")),
      outputInfo_(namedWidget<QLabel>(this, "outputInfo")) {
    setWindowTitle(tr("Export image"));
    buildOptions();
    buildFileRow();
    showChoices(initial);
    path_->setText(withImageExtension(path, initial.format));
    connectOptions();
    connect(task_, &ImageExportTask::finished, this, &ExportImageDialog::onExportFinished);
    updateEnabled();
    updatePreview();
}

ExportImageDialog::~ExportImageDialog() = default;

void ExportImageDialog::buildOptions() {
    addChoice(format_, tr("PNG image"), render::ImageFormat::Png);
    addChoice(format_, tr("SVG drawing (text kept as text)"), render::ImageFormat::Svg);
    addChoice(format_, tr("PDF document (fonts embedded)"), render::ImageFormat::Pdf);
    addChoice(size_, tr("1920 × 1080 (Full HD)"), SizePreset::FullHd);
    addChoice(size_, tr("3840 × 2160 (4K)"), SizePreset::Uhd4k);
    addChoice(size_, tr("A4 landscape"), SizePreset::A4);
    addChoice(size_, tr("Letter landscape"), SizePreset::Letter);
    addChoice(size_, tr("Custom"), SizePreset::Custom);
    addChoice(scope_, tr("Whole document"), ExportScope::WholeDocument);
    addChoice(scope_, tr("Date range"), ExportScope::DateRange);
    addChoice(scope_, tr("Current view of the timeline"), ExportScope::CurrentView);
    addChoice(theme_, tr("Light"), render::ThemeKind::Light);
    addChoice(theme_, tr("Dark"), render::ThemeKind::Dark);
    addChoice(theme_, tr("Print (grayscale-safe)"), render::ThemeKind::Print);
    addChoice(lanes_, tr("One lane"), render::LaneMode::None);
    addChoice(lanes_, tr("By kind"), render::LaneMode::Kind);
    addChoice(lanes_, tr("By place"), render::LaneMode::Place);
    addChoice(lanes_, tr("By person"), render::LaneMode::Participant);
    addChoice(lanes_, tr("By article"), render::LaneMode::Article);
    for (QDateEdit* date : {from_, to_}) {
        date->setCalendarPopup(true);
        date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    transparent_->setText(tr("Transparent background"));
    map_->setText(tr("Map inset with the route"));
    legend_->setText(tr("Legend of kinds"));
    footer_->setText(tr("Footer with sources and map attribution"));
    dpi_->setSuffix(tr(" dpi"));

    auto* customSize = new QHBoxLayout;
    customSize->addWidget(width_);
    customSize->addWidget(new QLabel(QStringLiteral("×"), this));
    customSize->addWidget(height_);
    auto* range = new QHBoxLayout;
    range->addWidget(from_);
    range->addWidget(new QLabel(QStringLiteral("–"), this));
    range->addWidget(to_);
    auto* form = new QFormLayout;
    form->addRow(tr("Format:"), format_);
    form->addRow(tr("Size:"), size_);
    form->addRow(tr("Pixels:"), customSize);
    form->addRow(tr("Resolution:"), dpi_);
    form->addRow(QString(), transparent_);
    form->addRow(tr("PDF pages:"), pages_);
    form->addRow(tr("Show:"), scope_);
    form->addRow(tr("Dates:"), range);
    form->addRow(tr("Title:"), title_);
    form->addRow(tr("Theme:"), theme_);
    form->addRow(tr("Lanes:"), lanes_);
    form->addRow(QString(), map_);
    form->addRow(QString(), legend_);
    form->addRow(QString(), footer_);
    form->addRow(QString(), outputInfo_);

    auto* columns = new QHBoxLayout;
    columns->addLayout(form);
    columns->addWidget(preview_, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
}

void ExportImageDialog::connectOptions() {
    for (QComboBox* box : {size_, scope_, theme_, lanes_})
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            updateEnabled();
            updatePreview();
        });
    connect(format_, &QComboBox::currentIndexChanged, this, &ExportImageDialog::onFormatChanged);
    for (QSpinBox* box : {width_, height_, dpi_, pages_})
        connect(box, &QSpinBox::valueChanged, this, &ExportImageDialog::updatePreview);
    for (QCheckBox* box : {transparent_, map_, legend_, footer_})
        connect(box, &QCheckBox::toggled, this, &ExportImageDialog::updatePreview);
    for (QDateEdit* date : {from_, to_})
        connect(date, &QDateEdit::dateChanged, this, &ExportImageDialog::updatePreview);
    connect(title_, &QLineEdit::textChanged, this, &ExportImageDialog::updatePreview);
}

void ExportImageDialog::buildFileRow() {
    auto* browseButton = namedWidget<QToolButton>(this, "browse");
    browseButton->setText(tr("Choose…"));
    connect(browseButton, &QToolButton::clicked, this, &ExportImageDialog::browse);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(new QLabel(tr("File:"), this));
    fileRow->addWidget(path_, 1);
    fileRow->addWidget(browseButton);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    exportButton_ = buttons->addButton(tr("Export"), QDialogButtonBox::AcceptRole);
    exportButton_->setObjectName("exportButton");
    exportButton_->setDefault(true);
    connect(exportButton_, &QPushButton::clicked, this, &ExportImageDialog::startExport);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = static_cast<QVBoxLayout*>(this->layout());
    layout->addLayout(fileRow);
    layout->addWidget(buttons);
}

void ExportImageDialog::showChoices(const ImageExportChoices& choices) {
    const QSignalBlocker blockFormat(format_);
    choose(format_, choices.format);
    choose(size_, choices.preset);
    width_->setValue(choices.customSize.width());
    height_->setValue(choices.customSize.height());
    dpi_->setValue(qRound(choices.dpi));
    transparent_->setChecked(choices.transparent);
    choose(scope_, choices.scope);
    from_->setDate(choices.from);
    to_->setDate(choices.to);
    map_->setChecked(choices.withMap);
    title_->setText(choices.title);
    legend_->setChecked(choices.legend);
    footer_->setChecked(choices.footer);
    choose(theme_, choices.theme);
    choose(lanes_, choices.lanes);
    pages_->setValue(choices.pages);
}

ImageExportChoices ExportImageDialog::choices() const {
    ImageExportChoices choices;
    choices.format = chosen<render::ImageFormat>(format_);
    choices.preset = chosen<SizePreset>(size_);
    choices.customSize = QSize(width_->value(), height_->value());
    choices.dpi = dpi_->value();
    choices.transparent = transparent_->isChecked();
    choices.scope = chosen<ExportScope>(scope_);
    choices.from = from_->date();
    choices.to = to_->date();
    choices.withMap = map_->isChecked();
    choices.title = title_->text();
    choices.legend = legend_->isChecked();
    choices.footer = footer_->isChecked();
    choices.theme = chosen<render::ThemeKind>(theme_);
    choices.lanes = chosen<render::LaneMode>(lanes_);
    choices.pages = pages_->value();
    return choices;
}

QString ExportImageDialog::path() const {
    return path_->text().trimmed();
}

void ExportImageDialog::onFormatChanged() {
    const auto format = chosen<render::ImageFormat>(format_);
    path_->setText(withImageExtension(path(), format));
    if (format != render::ImageFormat::Pdf && isPaperPreset(chosen<SizePreset>(size_)))
        choose(size_, SizePreset::FullHd);
    updateEnabled();
    updatePreview();
}

void ExportImageDialog::updateEnabled() {
    const ImageExportChoices now = choices();
    const bool png = now.format == render::ImageFormat::Png;
    const bool pdf = now.format == render::ImageFormat::Pdf;
    auto* sizes = static_cast<QStandardItemModel*>(size_->model());
    for (SizePreset paper : {SizePreset::A4, SizePreset::Letter})
        sizes->item(size_->findData(static_cast<int>(paper)))->setEnabled(pdf);
    width_->setEnabled(now.preset == SizePreset::Custom);
    height_->setEnabled(now.preset == SizePreset::Custom);
    dpi_->setEnabled(png);
    transparent_->setEnabled(png);
    pages_->setEnabled(pdf);
    from_->setEnabled(now.scope == ExportScope::DateRange);
    to_->setEnabled(now.scope == ExportScope::DateRange);
}

std::shared_ptr<const ExportSnapshot> ExportImageDialog::snapshotOf(
    const ImageExportChoices& choices) {
    const auto range = scopeRange(choices, context_);
    if (!range)
        return context_.snapshot;
    if (range != snapshotRange_ || !rangeSnapshot_) {
        rangeSnapshot_ = snapshotFor(choices, context_);
        snapshotRange_ = range;
    }
    return rangeSnapshot_;
}

void ExportImageDialog::updatePreview() {
    const ImageExportChoices now = choices();
    const render::ExportOptions options = toExportOptions(now, context_);
    outputInfo_->setText(outputDescription(now.format, options));
    preview_->request(snapshotOf(now), options, now.format);
}

void ExportImageDialog::browse() {
    const auto format = chosen<render::ImageFormat>(format_);
    const QString filter =
        QStringLiteral("%1 (*.%2)").arg(format_->currentText(), imageExtension(format));
    const QString chosenPath =
        QFileDialog::getSaveFileName(this, tr("Export image"), path(), filter);
    if (!chosenPath.isEmpty())
        path_->setText(withImageExtension(chosenPath, format));
}

void ExportImageDialog::startExport() {
    const ImageExportChoices now = choices();
    if (path().isEmpty()) {
        onExportFinished(QString(), tr("Choose the file to export to."));
        return;
    }
    const QString target = withImageExtension(path(), now.format);
    path_->setText(target);
    if (task_->start(target, snapshotOf(now), toExportOptions(now, context_)))
        exportButton_->setEnabled(false);
}

void ExportImageDialog::reject() {
    if (!task_->isRunning())
        QDialog::reject();
}

void ExportImageDialog::onExportFinished(const QString& path, const QString& error) {
    exportButton_->setEnabled(true);
    if (error.isEmpty()) {
        emit exported(path);
        accept();
        return;
    }
    auto* box = new QMessageBox(QMessageBox::Warning, QApplication::applicationDisplayName(), error,
                                QMessageBox::Ok, this);
    box->setObjectName("exportError");
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

}  // namespace yeonpyo::gui
