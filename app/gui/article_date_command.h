// The undoable choice of an undated article's date: its events resolved again in place.
#pragma once

#include <QUndoCommand>

#include <cstdint>
#include <vector>

#include "core/pipeline/redate.h"
#include "core/temporal/temporal.h"

namespace yeonpyo::gui {

class TimelineEditor;

/// Dates an article and re-reads its events against that date (pipeline::redateArticle), the
/// user's edits kept; undo puts back every event it changed and the article's previous date.
class SetArticleDateCommand : public QUndoCommand {
public:
    SetArticleDateCommand(TimelineEditor& editor, std::int64_t articleId, temporal::CivilDate date,
                          const QString& text, QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;

private:
    /// The changes of the last redo with the ids of events since re-created mapped to current ones.
    pipeline::EventChanges currentChanges() const;

    TimelineEditor& editor_;
    std::int64_t articleId_;
    temporal::CivilDate date_;
    pipeline::EventChanges changes_;
    std::vector<std::int64_t> firstAdded_;  ///< Ids the first redo gave the events it added.
};

}  // namespace yeonpyo::gui
