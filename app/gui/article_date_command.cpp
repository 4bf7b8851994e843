// SetArticleDateCommand: redo re-dates through the pipeline, undo restores what it reported.
#include "app/gui/article_date_command.h"

#include "app/gui/timeline_editor.h"
#include "core/store/document.h"

namespace yeonpyo::gui {

SetArticleDateCommand::SetArticleDateCommand(TimelineEditor& editor, std::int64_t articleId,
                                             temporal::CivilDate date, const QString& text,
                                             QUndoCommand* parent)
    : QUndoCommand(text, parent), editor_(editor), articleId_(articleId), date_(date) {}

void SetArticleDateCommand::redo() {
    const bool written = editor_.write(
        [this](store::Document& document) -> Status {
            auto changes = pipeline::redateArticle(document, articleId_, date_);
            if (!changes)
                return changes.error();
            changes_ = std::move(*changes);
            return success();
        },
        TimelineEditor::Order::Kept);  // redateArticle renumbers the timeline itself
    if (!written) {
        setObsolete(true);
        return;
    }
    // Later commands remember the events the first redo added by the ids they had then.
    if (firstAdded_.empty()) {
        firstAdded_ = changes_.added;
    } else if (firstAdded_.size() == changes_.added.size()) {
        for (std::size_t i = 0; i < firstAdded_.size(); ++i)
            editor_.recordNewId(firstAdded_[i], changes_.added[i]);
    }
}

pipeline::EventChanges SetArticleDateCommand::currentChanges() const {
    pipeline::EventChanges current = changes_;
    for (auto* events : {&current.removed, &current.changedBefore}) {
        for (Event& event : *events) {
            event.id = editor_.currentId(event.id);
            for (std::int64_t& id : event.after)
                id = editor_.currentId(id);
        }
    }
    for (std::int64_t& id : current.added)
        id = editor_.currentId(id);
    return current;
}

void SetArticleDateCommand::undo() {
    const pipeline::EventChanges current = currentChanges();
    editor_.write(
        [&](store::Document& document) -> Status {
            auto renamed = pipeline::undoRedate(document, articleId_, current);
            if (!renamed)
                return renamed.error();
            for (const auto& [oldId, newId] : *renamed)
                editor_.recordNewId(oldId, newId);
            return success();
        },
        TimelineEditor::Order::Kept);  // undoRedate renumbers the timeline itself
}

}  // namespace yeonpyo::gui
