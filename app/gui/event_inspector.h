// EventInspector: every field of the selected event — date and why, part of day, place, people,
// quotes.
#pragma once

#include <QWidget>

#include <cstdint>

class QLabel;
class QListWidget;

namespace yeonpyo::gui {

class TimelineSession;

class EventInspector : public QWidget {
    Q_OBJECT
public:
    explicit EventInspector(TimelineSession& session, QWidget* parent = nullptr);

signals:
    /// The user activated one of the event's quotes.
    void quoteActivated(std::int64_t articleId, int start, int end);

private:
    void showEvent(std::int64_t eventId);
    QLabel* addField(const QString& objectName, const QString& label);

    TimelineSession& session_;
    QLabel* title_;
    QLabel* kind_;
    QLabel* when_;
    QLabel* why_;
    QLabel* place_;
    QLabel* people_;
    QLabel* order_;
    QLabel* conflicts_;  ///< Where the sources disagree; hidden when they agree.
    QLabel* outlets_;    ///< "Reported by N outlets"; hidden when one outlet ran the text.
    QListWidget* quotes_;
};

}  // namespace yeonpyo::gui
