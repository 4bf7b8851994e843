// SearchPanel: full-text search over the document's articles, events and quotes, with a results
// list.
#pragma once

#include <QWidget>

#include <cstdint>
#include <set>

class QCheckBox;
class QLineEdit;
class QListWidget;
class QListWidgetItem;

namespace yeonpyo::gui {

class TimelineSession;

/// Searches the open document (SQLite FTS5, Hangul by trigrams) when the user presses Enter.
/// Event hits narrow the timeline, map and table to the results (unless "Show only results" is
/// off); clicking a hit selects the event or opens the article.
class SearchPanel : public QWidget {
    Q_OBJECT
public:
    explicit SearchPanel(TimelineSession& session, QWidget* parent = nullptr);

    QLineEdit* queryField() const { return query_; }
    QListWidget* results() const { return results_; }

public slots:
    void search();
    void clear();

signals:
    void articleRequested(std::int64_t articleId);

private:
    void showHitsOnly(bool on);
    void activate(QListWidgetItem* item);

    TimelineSession& session_;
    QLineEdit* query_;
    QCheckBox* onlyResults_;
    QListWidget* results_;
    std::set<std::int64_t> eventHits_;
};

}  // namespace yeonpyo::gui
