// EventInspector: read-only detail panel of the selected event.
#include "app/gui/event_inspector.h"

#include <QFormLayout>
#include <QLabel>
#include <QListWidget>

#include "app/gui/event_text.h"
#include "app/gui/timeline_session.h"

namespace yeonpyo::gui {

EventInspector::EventInspector(TimelineSession& session, QWidget* parent)
    : QWidget(parent), session_(session), quotes_(new QListWidget(this)) {
    auto* form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    title_ = addField("inspectorTitle", tr("Event"));
    kind_ = addField("inspectorKind", tr("Kind"));
    when_ = addField("inspectorWhen", tr("When"));
    why_ = addField("inspectorWhy", tr("Why this date"));
    place_ = addField("inspectorPlace", tr("Where"));
    people_ = addField("inspectorPeople", tr("Who"));
    order_ = addField("inspectorOrder", tr("Order"));
    conflicts_ = addField("inspectorConflicts", tr("Sources disagree"));
    outlets_ = addField("inspectorOutlets", tr("Outlets"));
    quotes_->setObjectName("inspectorQuotes");
    quotes_->setWordWrap(true);
    quotes_->setAlternatingRowColors(true);
    form->addRow(tr("Sources"), quotes_);

    connect(quotes_, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        emit quoteActivated(item->data(Qt::UserRole).toLongLong(),
                            item->data(Qt::UserRole + 1).toInt(),
                            item->data(Qt::UserRole + 2).toInt());
    });
    connect(&session_, &TimelineSession::selectionChanged, this, &EventInspector::showEvent);
    connect(&session_, &TimelineSession::contentChanged, this,
            [this] { showEvent(session_.selectedEventId().value_or(0)); });
    showEvent(0);
}

QLabel* EventInspector::addField(const QString& objectName, const QString& label) {
    auto* field = new QLabel(this);
    field->setObjectName(objectName);
    field->setWordWrap(true);
    field->setTextInteractionFlags(Qt::TextSelectableByMouse);
    static_cast<QFormLayout*>(layout())->addRow(label, field);
    return field;
}

void EventInspector::showEvent(std::int64_t eventId) {
    quotes_->clear();
    const Event* event = session_.eventById(eventId);
    if (event == nullptr) {
        for (QLabel* field : {kind_, when_, why_, place_, people_, order_, conflicts_, outlets_})
            field->clear();
        static_cast<QFormLayout*>(layout())->setRowVisible(conflicts_, false);
        static_cast<QFormLayout*>(layout())->setRowVisible(outlets_, false);
        title_->setText(tr("Select an event on the timeline, the map or in the article."));
        return;
    }
    title_->setText(QStringLiteral("<b>%1. %2</b>")
                        .arg(event->sequence)
                        .arg(QString::fromStdString(event->title).toHtmlEscaped()));
    kind_->setText(kindAndStatusText(*event));
    when_->setText(whenText(*event));
    why_->setText(derivationText(*event));
    place_->setText(placeText(event->place));
    people_->setText(participantsText(event->participants));
    order_->setText(orderText(*event, session_));
    conflicts_->setText(conflictsText(*event, session_));
    static_cast<QFormLayout*>(layout())->setRowVisible(conflicts_, !event->conflicts.empty());
    outlets_->setText(outletsText(*event, session_));
    static_cast<QFormLayout*>(layout())->setRowVisible(outlets_, !outlets_->text().isEmpty());
    for (const Quote& quote : event->quotes) {
        auto* item = new QListWidgetItem(quoteText(quote, session_), quotes_);
        item->setData(Qt::UserRole, QVariant::fromValue<qlonglong>(quote.articleId));
        item->setData(Qt::UserRole + 1, quote.start);
        item->setData(Qt::UserRole + 2, quote.end);
    }
}

}  // namespace yeonpyo::gui
