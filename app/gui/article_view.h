// ArticleView: the source article's text with the selected event's quotes highlighted.
#pragma once

#include <QWidget>

#include <cstdint>

class QComboBox;
class QLabel;
class QPlainTextEdit;

namespace yeonpyo::gui {

class TimelineSession;

/// Shows one article at a time. When an event is selected, it switches to the article of the
/// event's first quote, highlights every quote of the event in that article and scrolls the
/// first into view. Clicking a highlighted passage of another event selects that event.
class ArticleView : public QWidget {
    Q_OBJECT
public:
    explicit ArticleView(TimelineSession& session, QWidget* parent = nullptr);

    /// The article shown, or 0.
    std::int64_t currentArticleId() const { return articleId_; }
    /// The highlighted text passages, in order (for tests and accessibility).
    QStringList highlightedPassages() const;
    QPlainTextEdit* textEdit() const { return text_; }

public slots:
    void showArticle(std::int64_t articleId);
    /// Shows the article and scrolls to (and selects) the code point span [start, end).
    void revealQuote(std::int64_t articleId, int start, int end);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void rebuildArticleList();
    void onSelectionChanged(std::int64_t eventId);
    void highlightQuotes(std::int64_t eventId);
    void selectEventAt(int utf16Position);

    TimelineSession& session_;
    QComboBox* articles_;
    QLabel* meta_;
    QPlainTextEdit* text_;
    std::int64_t articleId_ = 0;
};

}  // namespace yeonpyo::gui
