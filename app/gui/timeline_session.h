// TimelineSession: the open timeline (articles, events) and the one selection every panel follows.
#pragma once

#include <QObject>
#include <QString>

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

#include "app/gui/event_filter.h"
#include "app/gui/event_window.h"
#include "core/model/article.h"
#include "core/model/event.h"
#include "core/model/result.h"
#include "core/store/document.h"

namespace yeonpyo::gui {

/// Holds what the panels show. Panels never talk to each other: they call select() and react
/// to selectionChanged(), so selecting an event anywhere selects it everywhere.
class TimelineSession : public QObject {
    Q_OBJECT
public:
    /// Documents with more events than this are read by visible range instead of whole.
    static constexpr std::int64_t kDefaultInMemoryLimit = 50000;

    explicit TimelineSession(QObject* parent = nullptr);
    ~TimelineSession() override;

    /// Opens a document: whole when it is small, by visible range (see showRange) when it holds
    /// more than inMemoryLimit() events. Keeps the current content on failure.
    Status open(const QString& path);
    /// Reads the open document again after it changed (an edit, an import).
    Status reload();
    /// Replaces the whole content with events held in memory and clears a selection whose event
    /// no longer exists.
    void setContent(QString documentPath, std::vector<Article> articles, std::vector<Event> events);

    std::int64_t inMemoryLimit() const { return inMemoryLimit_; }
    void setInMemoryLimit(std::int64_t limit) { inMemoryLimit_ = limit; }
    /// Most events a windowed document loads at once; a denser range on screen is drawn as
    /// counts. Takes effect when the next document opens.
    void setWindowLoadLimit(std::int64_t limit) { windowLoadLimit_ = limit; }
    /// The open document is read by visible range.
    bool isWindowed() const { return window_ != nullptr; }
    /// Tells a windowed document what is on screen; it loads those events (windowChanged
    /// follows) when they are few enough to draw one by one. Does nothing for other documents.
    void showRange(double begin, double end);
    /// The range on screen is too dense to load: events() is empty and the timeline draws
    /// countEvents() instead.
    bool showsCountsOnly() const;
    /// Counts of the document's events beginning in `buckets` equal slices of [begin, end).
    void countEvents(double begin, double end, int buckets,
                     std::vector<std::int64_t>& counts) const;
    /// Every event of the document, loaded or not.
    std::int64_t totalEventCount() const;
    /// Every person and place named by the document's events, sorted; read from the document
    /// when it is read by range (a query over all its events), else from memory.
    struct Names {
        std::vector<std::string> people;
        std::vector<std::string> places;
    };
    Result<Names> names() const;
    /// Earliest begin and latest end of the document's events (UTC seconds), if any.
    std::optional<store::TimeRange> timeExtent() const;

    const QString& documentPath() const { return documentPath_; }
    const std::vector<Article>& articles() const { return articles_; }
    /// The events the filter lets through, in sequence order: what the panels show. For a
    /// windowed document, those of the range on screen.
    const std::vector<Event>& events() const { return shown_; }
    /// Every event in memory: the document's, or the window's.
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
    /// A document was opened or changed.
    void contentChanged();
    /// A windowed document loaded the events of another range (events() changed).
    void windowChanged();
    /// eventId is 0 when nothing is selected.
    void selectionChanged(std::int64_t eventId);

private:
    /// Reads an already upgraded document, whole or by range.
    Status read(const QString& path);
    /// Narrows the events to the filter's, drops a selection that is gone, then emits `changed`.
    void applyFilter(void (TimelineSession::*changed)());
    bool keepsSelection() const;

    QString documentPath_;
    std::unique_ptr<EventWindow> window_;
    std::int64_t inMemoryLimit_ = kDefaultInMemoryLimit;
    std::int64_t windowLoadLimit_ = EventWindow::kDefaultLoadLimit;
    std::optional<std::pair<double, double>> shownRange_;
    std::optional<Event> selectedOutsideWindow_;
    std::vector<Article> articles_;
    std::vector<Event> events_;
    std::vector<Event> shown_;
    EventFilter filter_;
    std::optional<std::int64_t> selected_;
};

}  // namespace yeonpyo::gui
