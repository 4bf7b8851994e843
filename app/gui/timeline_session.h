// TimelineSession: the open timeline (articles, events) and the one selection every panel follows.
#pragma once

#include <QObject>
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

#include "app/gui/event_filter.h"
#include "core/model/article.h"
#include "core/model/event.h"

namespace yeonpyo::gui {

/// Holds what the panels show. Panels never talk to each other: they call select() and react
/// to selectionChanged(), so selecting an event anywhere selects it everywhere.
class TimelineSession : public QObject {
    Q_OBJECT
public:
    explicit TimelineSession(QObject* parent = nullptr);

    /// Replaces the whole content (after opening a document or an import) and clears a
    /// selection whose event no longer exists.
    void setContent(QString documentPath, std::vector<Article> articles, std::vector<Event> events);

    const QString& documentPath() const { return documentPath_; }
    const std::vector<Article>& articles() const { return articles_; }
    /// The events the filter lets through, in sequence order: what the panels show.
    const std::vector<Event>& events() const { return shown_; }
    /// Every event of the document.
    const std::vector<Event>& allEvents() const { return events_; }
    const EventFilter& filter() const { return filter_; }

    /// Any event of the document by id, shown or filtered out.
    const Event* eventById(std::int64_t id) const;
    const Article* articleById(std::int64_t id) const;

    /// The selected event's id, if any.
    std::optional<std::int64_t> selectedEventId() const { return selected_; }
    const Event* selectedEvent() const;

public slots:
    /// Selects an event by id; 0 or an unknown id clears the selection.
    void select(std::int64_t eventId);
    void clearSelection() { select(0); }
    /// Shows only the events the filter lets through (contentChanged follows); a selected event
    /// that is filtered out is deselected.
    void setFilter(const EventFilter& filter);

signals:
    void contentChanged();
    /// eventId is 0 when nothing is selected.
    void selectionChanged(std::int64_t eventId);

private:
    void applyFilter();

    QString documentPath_;
    std::vector<Article> articles_;
    std::vector<Event> events_;
    std::vector<Event> shown_;
    EventFilter filter_;
    std::optional<std::int64_t> selected_;
};

}  // namespace yeonpyo::gui
