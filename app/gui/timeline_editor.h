// TimelineEditor: every change a user makes to the open document, as undoable commands.
#pragma once

#include <QObject>
#include <QString>
#include <QUndoStack>

#include <cstdint>
#include <functional>
#include <map>
#include <vector>

#include "core/model/event.h"
#include "core/model/result.h"
#include "core/temporal/temporal.h"

namespace yeonpyo::store {
class Document;
}

namespace yeonpyo::gui {

class TimelineSession;

/// Writes edits to the document of the session (each one a transaction that also renumbers the
/// timeline), marks them as the user's so re-imports keep them, and reloads the session. Every
/// edit is a QUndoCommand on undoStack(). Events re-created by an undo get new row ids; the
/// editor maps the ids commands remember to the current ones.
class TimelineEditor : public QObject {
    Q_OBJECT
public:
    using Change = std::function<Status(store::Document&)>;

    explicit TimelineEditor(TimelineSession& session, QObject* parent = nullptr);

    QUndoStack& undoStack() { return stack_; }

    /// Replaces an event with an edited copy (same id).
    void editEvent(const Event& edited, const QString& description);
    /// Moves an event in time by whole seconds, keeping its precision.
    void moveEvent(std::int64_t id, std::int64_t seconds);
    /// Adds a new event made by the user and selects it.
    void addEvent(const Event& event);
    void deleteEvent(std::int64_t id);
    /// Joins `absorbed` into `kept`: quotes, people and links move over, `absorbed` is deleted.
    void mergeEvents(std::int64_t kept, std::int64_t absorbed);
    /// Moves the quotes at the given indices of an event to a new event with the same fields.
    void splitEvent(std::int64_t id, const std::vector<std::size_t>& quoteIndices);
    /// Dates an article that did not state its date and resolves its events again in place.
    void setArticleDate(std::int64_t articleId, const temporal::CivilDate& date);

    // For commands ------------------------------------------------------------------------
    /// Whether a change can move events in the total order (and so needs a renumbering).
    enum class Order { MayChange, Kept };
    /// Runs a change in one transaction, followed by renumbering unless the order is kept; false
    /// (and failed()) on error.
    bool write(const Change& change, Order order = Order::MayChange);
    /// The current row id of an event a command remembered by an earlier id.
    std::int64_t currentId(std::int64_t rememberedId) const;
    void recordNewId(std::int64_t rememberedId, std::int64_t newId);
    /// Re-reads the document into the session, keeping the selection.
    void reload();
    TimelineSession& session() { return session_; }

signals:
    /// An edit could not be written; the sentence says why. The document is unchanged.
    void failed(const QString& sentence);

private:
    TimelineSession& session_;
    QUndoStack stack_;
    std::map<std::int64_t, std::int64_t> renamed_;
};

}  // namespace yeonpyo::gui
