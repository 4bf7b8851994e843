// EventEditDialog: the form a user corrects or creates an event with.
#pragma once

#include <QDialog>

#include "core/model/event.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;
class QTimeEdit;

namespace yeonpyo::gui {

class PlaceField;

/// Title, kind, status, date (day, month or year; an optional clock time; a part of day; the
/// zone), place and participants (one per line: name, title, organisation). Quotes and links
/// are kept as they are.
class EventEditDialog : public QDialog {
    Q_OBJECT
public:
    EventEditDialog(const Event& event, QWidget* parent = nullptr);

    /// The event with the fields as entered.
    Event editedEvent() const;

    /// Participants as written one per line ("조주완, CEO, LG전자"), and back.
    static QString participantLines(const std::vector<Participant>& participants);
    static std::vector<Participant> participantsFrom(const QString& lines);

private:
    void buildForm();
    void fill();
    void updateClockEnabled();
    /// The time the date widgets describe now.
    EventTime enteredTime() const;

    Event event_;
    EventTime
        filledTime_;  ///< enteredTime() right after fill(): unchanged widgets keep event_.time.
    QLineEdit* title_ = nullptr;
    QComboBox* kind_ = nullptr;
    QComboBox* status_ = nullptr;
    QDateEdit* date_ = nullptr;
    QComboBox* precision_ = nullptr;
    QCheckBox* hasClock_ = nullptr;
    QTimeEdit* clock_ = nullptr;
    QComboBox* partOfDay_ = nullptr;
    QComboBox* zone_ = nullptr;
    PlaceField* place_ = nullptr;
    QPlainTextEdit* participants_ = nullptr;
};

}  // namespace yeonpyo::gui
