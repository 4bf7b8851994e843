// Asks the user for the date of an article that does not state one, offering dates found in its
// text.
#pragma once

#include <QDialog>

#include <optional>
#include <vector>

#include "core/pipeline/ingest.h"

class QDateEdit;
class QListWidget;

namespace yeonpyo::gui {

/// "When was this written?" for one article: a date field, the full dates found in the text to
/// pick from, and the choice to leave relative dates unresolved.
class ReferenceDateDialog : public QDialog {
    Q_OBJECT
public:
    ReferenceDateDialog(const QString& articleName, const std::vector<QDate>& datesInText,
                        QWidget* parent = nullptr);
    /// The chosen date, or std::nullopt when the user chose to leave dates unresolved.
    std::optional<temporal::CivilDate> chosenDate() const { return chosen_; }

private:
    QDateEdit* date_;
    QListWidget* found_;
    std::optional<temporal::CivilDate> chosen_;
};

/// For every input without a reference date whose text states no publication date, asks the user
/// (one dialog per article) and stores the answer in the input. False when the user cancelled the
/// import.
bool askMissingReferenceDates(QWidget* parent, std::vector<pipeline::IngestInput>& inputs);

/// Full calendar dates written in a text (e.g. "2024년 2월 28일", "Feb. 28, 2024"), most frequent
/// first.
std::vector<QDate> fullDatesInText(const std::string& utf8, const std::string& lang);

}  // namespace yeonpyo::gui
