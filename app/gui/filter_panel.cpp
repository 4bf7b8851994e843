// FilterPanel: controls for the session's event filter.
#include "app/gui/filter_panel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QPushButton>

#include <set>

#include "app/gui/event_text.h"
#include "app/gui/timeline_session.h"

namespace yeonpyo::gui {
namespace {

constexpr EventKind kKinds[] = {EventKind::Meeting,      EventKind::Meal,      EventKind::Visit,
                                EventKind::Speech,       EventKind::Departure, EventKind::Arrival,
                                EventKind::Announcement, EventKind::Other};

/// Refills a combo box with "any" and the given texts, keeping the current choice if it is still
/// there.
void refill(QComboBox* box, const QString& anyText, const std::set<QString>& texts) {
    const QString current = box->currentData().toString();
    box->clear();
    box->addItem(anyText, QString());
    for (const QString& text : texts)
        box->addItem(text, text);
    box->setCurrentIndex(std::max(0, box->findData(current)));
}

QDateEdit* dateEdit(QWidget* parent) {
    auto* edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    return edit;
}

}  // namespace

FilterPanel::FilterPanel(TimelineSession& session, QWidget* parent)
    : QWidget(parent),
      session_(session),
      useFrom_(new QCheckBox(tr("From"), this)),
      from_(dateEdit(this)),
      useTo_(new QCheckBox(tr("To"), this)),
      to_(dateEdit(this)),
      kind_(new QComboBox(this)),
      participant_(new QComboBox(this)),
      place_(new QComboBox(this)),
      article_(new QComboBox(this)) {
    setObjectName("filterPanel");
    from_->setAccessibleName(tr("From date"));
    to_->setAccessibleName(tr("To date"));
    kind_->setObjectName("filterKind");
    participant_->setObjectName("filterParticipant");
    place_->setObjectName("filterPlace");
    article_->setObjectName("filterArticle");
    kind_->addItem(tr("any kind"), -1);
    for (EventKind kind : kKinds)
        kind_->addItem(kindName(kind), static_cast<int>(kind));
    auto* clearButton = new QPushButton(tr("Show all events"), this);

    auto* range = new QHBoxLayout;
    for (QWidget* part : std::initializer_list<QWidget*>{useFrom_, from_, useTo_, to_})
        range->addWidget(part);
    auto* form = new QFormLayout(this);
    form->addRow(tr("Dates"), range);
    form->addRow(tr("Kind"), kind_);
    form->addRow(tr("Person"), participant_);
    form->addRow(tr("Place"), place_);
    form->addRow(tr("Article"), article_);
    form->addRow(clearButton);

    for (QCheckBox* box : {useFrom_, useTo_})
        connect(box, &QCheckBox::toggled, this, &FilterPanel::apply);
    for (QDateEdit* edit : {from_, to_})
        connect(edit, &QDateEdit::dateChanged, this, &FilterPanel::apply);
    for (QComboBox* box : {kind_, participant_, place_, article_}) {
        connect(box, &QComboBox::currentIndexChanged, this, &FilterPanel::apply);
    }
    connect(clearButton, &QPushButton::clicked, this, &FilterPanel::clearFilter);
    connect(&session_, &TimelineSession::contentChanged, this, &FilterPanel::refillChoices);
    refillChoices();
}

void FilterPanel::refillChoices() {
    // A large document's names take a query over all its events: read them when shown.
    choicesStale_ = session_.isWindowed() && !isVisible();
    if (choicesStale_)
        return;
    filling_ = true;
    auto names = session_.names();
    std::set<QString> people;
    std::set<QString> places;
    if (names) {
        for (const std::string& name : names->people)
            people.insert(QString::fromStdString(name));
        for (const std::string& name : names->places)
            places.insert(QString::fromStdString(name));
    }
    refill(participant_, tr("anyone"), people);
    refill(place_, tr("anywhere"), places);
    const QVariant currentArticle = article_->currentData();
    article_->clear();
    article_->addItem(tr("any article"), QVariant());
    for (const Article& article : session_.articles()) {
        article_->addItem(QString::fromStdString(article.title),
                          QVariant::fromValue<qlonglong>(article.id));
    }
    article_->setCurrentIndex(std::max(0, article_->findData(currentArticle)));
    filling_ = false;
}

void FilterPanel::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (choicesStale_)
        refillChoices();
}

void FilterPanel::apply() {
    if (filling_)
        return;
    EventFilter filter = session_.filter();
    filter.from = useFrom_->isChecked() ? std::optional(from_->date()) : std::nullopt;
    filter.to = useTo_->isChecked() ? std::optional(to_->date()) : std::nullopt;
    const int kind = kind_->currentData().toInt();
    filter.kind = kind >= 0 ? std::optional(static_cast<EventKind>(kind)) : std::nullopt;
    filter.participant = participant_->currentData().toString();
    filter.place = place_->currentData().toString();
    filter.articleId = article_->currentData().isValid()
                           ? std::optional<std::int64_t>(article_->currentData().toLongLong())
                           : std::nullopt;
    if (!(filter == session_.filter()))
        session_.setFilter(filter);
}

void FilterPanel::clearFilter() {
    filling_ = true;
    useFrom_->setChecked(false);
    useTo_->setChecked(false);
    for (QComboBox* box : {kind_, participant_, place_, article_})
        box->setCurrentIndex(0);
    filling_ = false;
    apply();
}

}  // namespace yeonpyo::gui
