// The undoable edits of a timeline: replace events, insert one, remove some.
#pragma once

#include <QUndoCommand>

#include <vector>

#include "core/model/event.h"

namespace yeonpyo::gui {

class TimelineEditor;

/// Overwrites events with edited copies as the user's; undo restores them exactly as they were.
class ReplaceEventsCommand : public QUndoCommand {
public:
    ReplaceEventsCommand(TimelineEditor& editor, std::vector<Event> before,
                         std::vector<Event> after, const QString& text,
                         QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;

private:
    bool writeAll(const std::vector<Event>& events, bool restoring);
    /// Every event keeps its time and its `after` links: no renumbering is needed.
    bool keepsOrder() const;

    TimelineEditor& editor_;
    std::vector<Event> before_;
    std::vector<Event> after_;
};

/// Adds an event the user made; undo deletes it again.
class InsertEventCommand : public QUndoCommand {
public:
    InsertEventCommand(TimelineEditor& editor, Event event, const QString& text,
                       QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;
    /// The id the event was first stored under (the editor maps it to the current one).
    std::int64_t rememberedId() const { return rememberedId_; }

private:
    TimelineEditor& editor_;
    Event event_;
    std::int64_t rememberedId_ = 0;
};

/// Deletes events; undo puts them back with their quotes, people and the links other events had
/// to them.
class RemoveEventsCommand : public QUndoCommand {
public:
    RemoveEventsCommand(TimelineEditor& editor, std::vector<Event> removed,
                        std::vector<Event> dependents, const QString& text,
                        QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;

private:
    TimelineEditor& editor_;
    std::vector<Event> removed_;
    std::vector<Event> dependents_;  ///< Other events as they were, with links to removed ones.
};

}  // namespace yeonpyo::gui
