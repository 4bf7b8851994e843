// SplitEventDialog: the user ticks the quotes that report a different event.
#pragma once

#include <QDialog>

#include <vector>

#include "core/model/event.h"

class QListWidget;

namespace yeonpyo::gui {

class TimelineSession;

/// Lists an event's quotes with check boxes; the ticked ones go to the new event.
class SplitEventDialog : public QDialog {
    Q_OBJECT
public:
    SplitEventDialog(const Event& event, const TimelineSession& session, QWidget* parent = nullptr);

    /// Indices of the ticked quotes.
    std::vector<std::size_t> chosenQuotes() const;

private:
    QListWidget* quotes_;
};

}  // namespace yeonpyo::gui
