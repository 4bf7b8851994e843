// DateBar: the bar above the timeline that asks, once and in view, for the date of an article
// that does not state one, offering candidate dates with their reasons.
#pragma once

#include <QFrame>

#include <cstdint>
#include <set>
#include <vector>

#include "core/pipeline/date_candidates.h"

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QToolButton;

namespace yeonpyo::gui {

class TimelineEditor;
class TimelineSession;

/// Shown while the document holds an article without a date (its events lack their year): the
/// candidates (dates in its text, days that fit a weekday, a year implied by "내년" beside an
/// explicit year, other articles' dates) each with its reason, and a date field for any other
/// date. "Use this date" dates the article through the editor's undo stack; nothing is ever
/// chosen without the user. Closing the bar leaves that article undated until the document is
/// opened again.
class DateBar : public QFrame {
    Q_OBJECT
public:
    DateBar(TimelineSession& session, TimelineEditor& editor, QWidget* parent = nullptr);

    /// The article the bar asks about; 0 when it is hidden.
    std::int64_t articleId() const { return articleId_; }
    const std::vector<pipeline::DateCandidate>& candidates() const { return candidates_; }

public slots:
    /// Finds the first undated article the user has not put aside and asks about it.
    void refresh();
    /// Dates the article with the date in the field.
    void useDate();
    /// Puts the article aside and hides the bar (or moves to the next undated article).
    void dismiss();
    /// Forgets the articles put aside and asks again (a document was opened).
    void askAgain();

private:
    void showArticle(const Article& article, int undatedCount);
    void fillCandidates(const Article& article);
    void chooseCandidate(int index);
    /// The day of month most of the article's events are known by ("XXXX-XX-28" → 28), or 0.
    int knownDayOfEvents() const;
    QString reasonText(const pipeline::DateCandidate& candidate) const;

    TimelineSession& session_;
    TimelineEditor& editor_;
    QLabel* message_;
    QComboBox* choices_;
    QDateEdit* date_;
    QPushButton* use_;
    QToolButton* close_;
    std::int64_t articleId_ = 0;
    std::set<std::int64_t> putAside_;
    std::vector<pipeline::DateCandidate> candidates_;
};

}  // namespace yeonpyo::gui
