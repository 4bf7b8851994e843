// EventListModel: the timeline's events as table rows (sequence, when, kind, title, place, people).
#pragma once

#include <QAbstractTableModel>

#include <cstdint>

namespace yeonpyo::gui {

class TimelineSession;

class EventListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Sequence, When, Kind, Title, Place, People, ColumnCount };
    static constexpr int EventIdRole = Qt::UserRole + 1;

    explicit EventListModel(const TimelineSession& session, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    /// Row of an event id, or -1.
    int rowOf(std::int64_t eventId) const;

private:
    QVariant displayText(int row, int column) const;
    const TimelineSession& session_;
};

}  // namespace yeonpyo::gui
