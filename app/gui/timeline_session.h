// TimelineSession: the open timeline (articles, events) and the one selection every panel follows.
#pragma once

#include <QObject>
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

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
    const std::vector<Event>& events() const { return events_; }

    const Event* eventById(std::int64_t id) const;
    const Article* articleById(std::int64_t id) const;

    /// The selected event's id, if any.
    std::optional<std::int64_t> selectedEventId() const { return selected_; }
    const Event* selectedEvent() const;

public slots:
    /// Selects an event by id; 0 or an unknown id clears the selection.
    void select(std::int64_t eventId);
    void clearSelection() { select(0); }

signals:
    void contentChanged();
    /// eventId is 0 when nothing is selected.
    void selectionChanged(std::int64_t eventId);

private:
    QString documentPath_;
    std::vector<Article> articles_;
    std::vector<Event> events_;
    std::optional<std::int64_t> selected_;
};

}  // namespace yeonpyo::gui
