// ArticleView: article text panel; highlights the quotes that back the selected event.
#include "app/gui/article_view.h"

#include <algorithm>
#include <vector>

#include <QComboBox>
#include <QEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QVBoxLayout>

#include "app/gui/text_offsets.h"
#include "app/gui/timeline_session.h"

namespace yeonpyo::gui {
namespace {

QTextEdit::ExtraSelection passage(QPlainTextEdit* edit, int from, int to, const QColor& color) {
    QTextEdit::ExtraSelection selection;
    selection.cursor = QTextCursor(edit->document());
    selection.cursor.setPosition(from);
    selection.cursor.setPosition(to, QTextCursor::KeepAnchor);
    selection.format.setBackground(color);
    // Ink that reads on the highlight under any palette, dark and high contrast included.
    selection.format.setForeground(color.lightness() > 150 ? QColor(Qt::black) : QColor(Qt::white));
    return selection;
}

QColor selectedQuoteColor() {
    return QColor(255, 214, 102);
}

QString articleLabel(const Article& article) {
    QString label = QString::fromStdString(article.title);
    if (label.isEmpty())
        label = QString::fromStdString(article.source);
    return label;
}

}  // namespace

ArticleView::ArticleView(TimelineSession& session, QWidget* parent)
    : QWidget(parent),
      session_(session),
      articles_(new QComboBox(this)),
      meta_(new QLabel(this)),
      text_(new QPlainTextEdit(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(articles_);
    layout->addWidget(meta_);
    layout->addWidget(text_, 1);
    articles_->setObjectName("articleChooser");
    meta_->setObjectName("articleMeta");
    meta_->setWordWrap(true);
    text_->setObjectName("articleText");
    text_->setReadOnly(true);
    text_->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    text_->viewport()->installEventFilter(this);
    text_->viewport()->setCursor(Qt::IBeamCursor);

    connect(articles_, &QComboBox::activated, this,
            [this](int index) { showArticle(articles_->itemData(index).toLongLong()); });
    connect(&session_, &TimelineSession::contentChanged, this, &ArticleView::rebuildArticleList);
    connect(&session_, &TimelineSession::selectionChanged, this, &ArticleView::onSelectionChanged);
    rebuildArticleList();
}

void ArticleView::rebuildArticleList() {
    articles_->clear();
    for (const Article& article : session_.articles()) {
        articles_->addItem(articleLabel(article), QVariant::fromValue<qlonglong>(article.id));
    }
    articles_->setVisible(articles_->count() > 1);
    const bool stillThere = session_.articleById(articleId_) != nullptr;
    const std::int64_t first = session_.articles().empty() ? 0 : session_.articles().front().id;
    articleId_ = 0;
    showArticle(stillThere ? articleId_ : first);
}

void ArticleView::showArticle(std::int64_t articleId) {
    const Article* article = session_.articleById(articleId);
    if (article == nullptr) {
        articleId_ = 0;
        text_->clear();
        meta_->setText(tr("No article"));
        return;
    }
    if (articleId != articleId_) {
        articleId_ = articleId;
        text_->setPlainText(QString::fromStdString(article->text));
        QStringList meta{QString::fromStdString(article->title)};
        if (!article->source.empty())
            meta << QString::fromStdString(article->source);
        if (!article->published.empty())
            meta << QString::fromStdString(article->published);
        meta_->setText(meta.join(QStringLiteral(" · ")));
        articles_->setCurrentIndex(articles_->findData(QVariant::fromValue<qlonglong>(articleId)));
    }
    highlightQuotes(session_.selectedEventId().value_or(0));
}

void ArticleView::revealQuote(std::int64_t articleId, int start, int end) {
    showArticle(articleId);
    const QString text = text_->toPlainText();
    QTextCursor cursor(text_->document());
    cursor.setPosition(utf16Position(text, start));
    cursor.setPosition(utf16Position(text, end), QTextCursor::KeepAnchor);
    text_->setTextCursor(cursor);
    text_->centerCursor();
}

void ArticleView::onSelectionChanged(std::int64_t eventId) {
    const Event* event = session_.eventById(eventId);
    if (event != nullptr && !event->quotes.empty()) {
        bool quotedHere = false;
        for (const Quote& quote : event->quotes)
            quotedHere |= quote.articleId == articleId_;
        if (!quotedHere)
            showArticle(event->quotes.front().articleId);
    }
    highlightQuotes(eventId);
}

void ArticleView::highlightQuotes(std::int64_t eventId) {
    const QString text = text_->toPlainText();
    const QColor otherColor = palette().color(QPalette::AlternateBase).darker(104);
    const QColor selectedColor = selectedQuoteColor();
    QList<QTextEdit::ExtraSelection> selections;
    int firstSelected = -1;
    for (const Event& event : session_.events()) {
        for (const Quote& quote : event.quotes) {
            if (quote.articleId != articleId_)
                continue;
            const int from = utf16Position(text, quote.start);
            const int to = utf16Position(text, quote.end);
            const bool selected = event.id == eventId;
            selections.append(passage(text_, from, to, selected ? selectedColor : otherColor));
            if (selected && (firstSelected < 0 || from < firstSelected))
                firstSelected = from;
        }
    }
    // Selected passages last, so they paint over overlapping passages of other events.
    std::stable_partition(selections.begin(), selections.end(),
                          [&](const auto& s) { return s.format.background() != selectedColor; });
    text_->setExtraSelections(selections);
    if (firstSelected >= 0) {
        QTextCursor cursor(text_->document());
        cursor.setPosition(firstSelected);
        text_->setTextCursor(cursor);
        text_->centerCursor();
    }
}

QStringList ArticleView::highlightedPassages() const {
    QStringList passages;
    for (const auto& selection : text_->extraSelections()) {
        if (selection.format.background() == selectedQuoteColor()) {
            passages << selection.cursor.selectedText();
        }
    }
    return passages;
}

bool ArticleView::eventFilter(QObject* watched, QEvent* event) {
    if (watched == text_->viewport() && event->type() == QEvent::MouseButtonRelease) {
        auto* mouse = static_cast<QMouseEvent*>(event);
        if (!text_->textCursor().hasSelection()) {
            selectEventAt(text_->cursorForPosition(mouse->position().toPoint()).position());
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ArticleView::selectEventAt(int utf16Position) {
    const int offset = codePointOffset(text_->toPlainText(), utf16Position);
    std::vector<std::int64_t> quoting;
    for (const Event& event : session_.events()) {
        for (const Quote& quote : event.quotes) {
            if (quote.articleId == articleId_ && quote.start <= offset && offset < quote.end) {
                quoting.push_back(event.id);
                break;
            }
        }
    }
    if (quoting.empty())
        return;
    // A sentence that reports several events (a headline, a summary) selects them in turn.
    const auto selected =
        std::find(quoting.begin(), quoting.end(), session_.selectedEventId().value_or(0));
    session_.select(selected == quoting.end() || selected + 1 == quoting.end() ? quoting.front()
                                                                               : *(selected + 1));
}

}  // namespace yeonpyo::gui
