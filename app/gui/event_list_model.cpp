// EventListModel: table model over the session's events, in sequence order.
#include "app/gui/event_list_model.h"

#include "app/gui/event_text.h"
#include "app/gui/timeline_session.h"

namespace yeonpyo::gui {

EventListModel::EventListModel(const TimelineSession& session, QObject* parent)
    : QAbstractTableModel(parent), session_(session) {
    const auto reset = [this] {
        beginResetModel();
        endResetModel();
    };
    connect(&session_, &TimelineSession::contentChanged, this, reset);
    connect(&session_, &TimelineSession::windowChanged, this, reset);
}

int EventListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(session_.events().size());
}

int EventListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Event& event = session_.events()[static_cast<std::size_t>(index.row())];
    switch (role) {
        case Qt::DisplayRole:
            return displayText(index.row(), index.column());
        case Qt::ToolTipRole:
            return derivationText(event);
        case EventIdRole:
            return QVariant::fromValue<qlonglong>(event.id);
        case Qt::TextAlignmentRole:
            return index.column() == Sequence ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                              : QVariant();
        default:
            return {};
    }
}

QVariant EventListModel::displayText(int row, int column) const {
    const Event& event = session_.events()[static_cast<std::size_t>(row)];
    switch (column) {
        case Sequence:
            return event.sequence;
        case When:
            return whenText(event);
        case Kind:
            return kindName(event.kind);
        case Title:
            return QString::fromStdString(event.title);
        case Place:
            return QString::fromStdString(event.place.name);
        case People:
            return participantsText(event.participants);
        default:
            return {};
    }
}

QVariant EventListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
        case Sequence:
            return tr("#");
        case When:
            return tr("When");
        case Kind:
            return tr("Kind");
        case Title:
            return tr("Event");
        case Place:
            return tr("Place");
        case People:
            return tr("People");
        default:
            return {};
    }
}

int EventListModel::rowOf(std::int64_t eventId) const {
    const auto& events = session_.events();
    for (std::size_t row = 0; row < events.size(); ++row) {
        if (events[row].id == eventId)
            return static_cast<int>(row);
    }
    return -1;
}

}  // namespace yeonpyo::gui
