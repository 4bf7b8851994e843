// ExportImageDialog: File > Export image — format, size, what to show and how, with a live
// preview; writes the file in the background.
#pragma once

#include <QDialog>

#include "app/gui/export_choices.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace yeonpyo::gui {

class ImagePreview;
class ImageExportTask;

/// Every change of an option repaints the preview (throttled, off the GUI thread). Export writes
/// the file through render::exportImage on the thread pool; the dialog accepts when the file is
/// written and shows the error sentence otherwise, staying open.
class ExportImageDialog : public QDialog {
    Q_OBJECT
public:
    /// context: what is exported; initial: the choices to start from; path: the file suggested
    /// (its extension follows the chosen format).
    ExportImageDialog(ExportContext context, const ImageExportChoices& initial, const QString& path,
                      QWidget* parent = nullptr);
    ~ExportImageDialog() override;

    /// The choices the widgets show now.
    ImageExportChoices choices() const;
    QString path() const;
    ImagePreview* preview() const { return preview_; }

public slots:
    /// Writes the image to path() with the current choices.
    void startExport();
    /// Closes the dialog, except while an export runs (its outcome is still to be shown).
    void reject() override;

signals:
    /// The file was written.
    void exported(const QString& path);

private:
    void buildOptions();
    void buildFileRow();
    void connectOptions();
    void showChoices(const ImageExportChoices& choices);
    void onFormatChanged();
    void updateEnabled();
    void updatePreview();
    /// The snapshot for the chosen scope, reused while the range stays the same.
    std::shared_ptr<const ExportSnapshot> snapshotOf(const ImageExportChoices& choices);
    void onExportFinished(const QString& path, const QString& error);
    void browse();

    ExportContext context_;
    std::optional<std::pair<std::int64_t, std::int64_t>> snapshotRange_;
    std::shared_ptr<const ExportSnapshot> rangeSnapshot_;
    ImagePreview* preview_;
    ImageExportTask* task_;
    QComboBox* format_;
    QComboBox* size_;
    QSpinBox* width_;
    QSpinBox* height_;
    QSpinBox* dpi_;
    QCheckBox* transparent_;
    QComboBox* scope_;
    QDateEdit* from_;
    QDateEdit* to_;
    QCheckBox* map_;
    QLineEdit* title_;
    QCheckBox* legend_;
    QCheckBox* footer_;
    QComboBox* theme_;
    QComboBox* lanes_;
    QSpinBox* pages_;
    QLineEdit* path_;
    QLabel* outputInfo_;
    QPushButton* exportButton_ = nullptr;
};

}  // namespace yeonpyo::gui
