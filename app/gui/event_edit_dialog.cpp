// EventEditDialog: a form over an event's editable fields.
#include "app/gui/event_edit_dialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTimeEdit>
#include <QTimeZone>

#include "app/gui/event_text.h"
#include "app/gui/event_time_edit.h"
#include "app/gui/place_field.h"

namespace yeonpyo::gui {
namespace {

constexpr EventKind kKinds[] = {EventKind::Meeting,      EventKind::Meal,      EventKind::Visit,
                                EventKind::Speech,       EventKind::Departure, EventKind::Arrival,
                                EventKind::Announcement, EventKind::Other};
constexpr EventStatus kStatuses[] = {EventStatus::Happened, EventStatus::Planned,
                                     EventStatus::Reported};
constexpr const char* kPartsOfDay[] = {"", "morning", "noon", "afternoon", "evening", "night"};

template <typename Value>
void selectData(QComboBox* box, const Value& value) {
    const int index = box->findData(QVariant::fromValue(value));
    if (index >= 0)
        box->setCurrentIndex(index);
}

}  // namespace

EventEditDialog::EventEditDialog(const Event& event, QWidget* parent)
    : QDialog(parent), event_(event) {
    setObjectName("eventEditDialog");
    setWindowTitle(event.id == 0 ? tr("New event") : tr("Edit event"));
    buildForm();
    fill();
}

void EventEditDialog::buildForm() {
    title_ = new QLineEdit(this);
    title_->setObjectName("title");
    kind_ = new QComboBox(this);
    for (EventKind kind : kKinds)
        kind_->addItem(kindName(kind), static_cast<int>(kind));
    status_ = new QComboBox(this);
    for (EventStatus status : kStatuses)
        status_->addItem(statusName(status), static_cast<int>(status));
    date_ = new QDateEdit(this);
    date_->setObjectName("date");
    date_->setCalendarPopup(true);
    date_->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    precision_ = new QComboBox(this);
    precision_->addItem(tr("day"), static_cast<int>(DatePrecision::Day));
    precision_->addItem(tr("month"), static_cast<int>(DatePrecision::Month));
    precision_->addItem(tr("year"), static_cast<int>(DatePrecision::Year));
    hasClock_ = new QCheckBox(tr("at"), this);
    hasClock_->setObjectName("hasClock");
    clock_ = new QTimeEdit(this);
    clock_->setObjectName("clock");
    clock_->setDisplayFormat(QStringLiteral("HH:mm"));
    partOfDay_ = new QComboBox(this);
    for (const char* part : kPartsOfDay) {
        partOfDay_->addItem(*part ? partOfDayText(QString::fromLatin1(part)) : tr("(none)"),
                            QString::fromLatin1(part));
    }
    zone_ = new QComboBox(this);
    zone_->setEditable(true);
    for (const QByteArray& id : QTimeZone::availableTimeZoneIds())
        zone_->addItem(QString::fromLatin1(id));
    place_ = new PlaceField(this);
    participants_ = new QPlainTextEdit(this);
    participants_->setObjectName("participants");
    participants_->setPlaceholderText(tr("One per line: name, title, organisation"));

    auto* when = new QHBoxLayout;
    for (QWidget* part :
         std::initializer_list<QWidget*>{date_, precision_, hasClock_, clock_, partOfDay_, zone_})
        when->addWidget(part);
    auto* form = new QFormLayout;
    form->addRow(tr("Title"), title_);
    auto* kindRow = new QHBoxLayout;
    kindRow->addWidget(kind_);
    kindRow->addWidget(status_);
    form->addRow(tr("Kind"), kindRow);
    form->addRow(tr("When"), when);
    form->addRow(tr("Where"), place_);
    form->addRow(tr("Who"), participants_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(hasClock_, &QCheckBox::toggled, this, &EventEditDialog::updateClockEnabled);
    connect(precision_, &QComboBox::currentIndexChanged, this,
            &EventEditDialog::updateClockEnabled);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(720, 380);
}

void EventEditDialog::fill() {
    title_->setText(QString::fromStdString(event_.title));
    selectData(kind_, static_cast<int>(event_.kind));
    selectData(status_, static_cast<int>(event_.status));
    const QString start = QString::fromStdString(event_.time.start);
    const QDate day = QDate::fromString(start.left(10), Qt::ISODate);
    const QDate month = QDate::fromString(start.left(7), QStringLiteral("yyyy-MM"));
    const QDate year = QDate::fromString(start.left(4), QStringLiteral("yyyy"));
    date_->setDate(day.isValid()     ? day
                   : month.isValid() ? month
                   : year.isValid()  ? year
                                     : QDate::currentDate());
    selectData(precision_, static_cast<int>(precisionOfValue(event_.time.start)));
    const QTime clock = QTime::fromString(start.mid(11, 5), QStringLiteral("HH:mm"));
    hasClock_->setChecked(clock.isValid());
    clock_->setTime(clock.isValid() ? clock : QTime(12, 0));
    selectData(partOfDay_, QString::fromStdString(event_.time.timeOfDay));
    zone_->setCurrentText(event_.time.timeZone.empty()
                              ? QStringLiteral("Asia/Seoul")
                              : QString::fromStdString(event_.time.timeZone));
    place_->setPlace(event_.place);
    participants_->setPlainText(participantLines(event_.participants));
    updateClockEnabled();
    filledTime_ = enteredTime();
}

void EventEditDialog::updateClockEnabled() {
    const bool day = precision_->currentData().toInt() == static_cast<int>(DatePrecision::Day);
    hasClock_->setEnabled(day);
    clock_->setEnabled(day && hasClock_->isChecked());
    partOfDay_->setEnabled(day);
}

Event EventEditDialog::editedEvent() const {
    Event event = event_;
    event.title = title_->text().trimmed().toStdString();
    event.kind = static_cast<EventKind>(kind_->currentData().toInt());
    event.status = static_cast<EventStatus>(status_->currentData().toInt());
    const EventTime entered = enteredTime();
    if (!(entered == filledTime_))
        event.time = entered;
    event.place = place_->place();
    event.participants = participantsFrom(participants_->toPlainText());
    return event;
}

EventTime EventEditDialog::enteredTime() const {
    const auto precision = static_cast<DatePrecision>(precision_->currentData().toInt());
    const bool withClock = precision == DatePrecision::Day && hasClock_->isChecked();
    const QString zone = QTimeZone::isTimeZoneIdAvailable(zone_->currentText().toLatin1())
                             ? zone_->currentText()
                             : QStringLiteral("Asia/Seoul");
    const QString partOfDay =
        precision == DatePrecision::Day ? partOfDay_->currentData().toString() : QString();
    return timeFromParts(date_->date(), withClock ? std::optional(clock_->time()) : std::nullopt,
                         precision, partOfDay, zone);
}

QString EventEditDialog::participantLines(const std::vector<Participant>& participants) {
    QStringList lines;
    for (const Participant& person : participants) {
        QStringList parts{QString::fromStdString(person.name), QString::fromStdString(person.title),
                          QString::fromStdString(person.org)};
        while (!parts.isEmpty() && parts.back().isEmpty())
            parts.removeLast();
        lines << parts.join(QStringLiteral(", "));
    }
    return lines.join(QLatin1Char('\n'));
}

std::vector<Participant> EventEditDialog::participantsFrom(const QString& lines) {
    std::vector<Participant> participants;
    for (const QString& line : lines.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QStringList parts = line.split(QLatin1Char(','));
        if (parts.value(0).trimmed().isEmpty())
            continue;
        participants.push_back({parts.value(0).trimmed().toStdString(),
                                parts.value(1).trimmed().toStdString(),
                                parts.mid(2).join(QLatin1Char(',')).trimmed().toStdString()});
    }
    return participants;
}

}  // namespace yeonpyo::gui
