// DateBar: candidates from the document's text, a date field, and the undoable choice.
#include "app/gui/date_bar.h"

#include <QComboBox>
#include <QDate>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

#include <map>

#include "app/gui/timeline_editor.h"
#include "app/gui/timeline_session.h"
#include "core/store/document.h"

namespace yeonpyo::gui {
namespace {

temporal::CivilDate civil(const QDate& date) {
    return {date.year(), date.month(), date.day()};
}

bool quotes(const Event& event, std::int64_t articleId) {
    for (const Quote& quote : event.quotes) {
        if (quote.articleId == articleId)
            return true;
    }
    return false;
}

}  // namespace

DateBar::DateBar(TimelineSession& session, TimelineEditor& editor, QWidget* parent)
    : QFrame(parent),
      session_(session),
      editor_(editor),
      message_(new QLabel(this)),
      choices_(new QComboBox(this)),
      date_(new QDateEdit(this)),
      use_(new QPushButton(tr("Use this date"), this)),
      close_(new QToolButton(this)) {
    setObjectName("dateBar");
    setAccessibleName(tr("Article date"));
    setAccessibleDescription(tr("Asks for the date of an article that does not state one."));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette colours = palette();
    const bool dark = colours.color(QPalette::Window).lightness() < 128;
    colours.setColor(QPalette::Window, dark ? QColor(0x3a, 0x33, 0x10) : QColor(0xff, 0xf4, 0xce));
    colours.setColor(QPalette::WindowText,
                     dark ? QColor(0xff, 0xec, 0xb3) : QColor(0x4d, 0x3a, 0x00));
    setPalette(colours);

    auto* icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxQuestion).pixmap(22, 22));
    message_->setObjectName("dateBarMessage");
    message_->setWordWrap(true);
    message_->setTextFormat(Qt::RichText);
    choices_->setObjectName("dateCandidates");
    choices_->setAccessibleName(tr("Candidate dates"));
    choices_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    date_->setObjectName("articleDate");
    date_->setAccessibleName(tr("Article date"));
    date_->setCalendarPopup(true);
    date_->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    use_->setObjectName("useArticleDate");
    close_->setObjectName("dismissDateBar");
    close_->setAutoRaise(true);
    close_->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    close_->setToolTip(tr("Not now: leave the article undated"));
    close_->setAccessibleName(tr("Close the date bar"));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(icon);
    layout->addWidget(message_, 1);
    layout->addWidget(choices_);
    layout->addWidget(date_);
    layout->addWidget(use_);
    layout->addWidget(close_);

    connect(choices_, &QComboBox::activated, this, &DateBar::chooseCandidate);
    connect(use_, &QPushButton::clicked, this, &DateBar::useDate);
    connect(close_, &QToolButton::clicked, this, &DateBar::dismiss);
    connect(&session_, &TimelineSession::contentChanged, this, &DateBar::refresh);
    hide();
}

void DateBar::refresh() {
    std::vector<const Article*> undated;
    for (const Article& article : session_.articles()) {
        if (article.published.empty() && !putAside_.contains(article.id))
            undated.push_back(&article);
    }
    const QString path = session_.documentPath();
    if (undated.empty() || path.isEmpty()) {
        articleId_ = 0;
        hide();
        return;
    }
    auto document = store::Document::open(path.toStdString(), store::OpenMode::ReadOnly);
    auto article =
        document ? document->article(undated.front()->id) : Result<Article>(document.error());
    if (!article) {
        articleId_ = 0;
        hide();
        return;
    }
    showArticle(*article, static_cast<int>(undated.size()));
}

void DateBar::showArticle(const Article& article, int undatedCount) {
    articleId_ = article.id;
    const QString name = article.title.empty() ? QString::fromStdString(article.source)
                                               : QString::fromStdString(article.title);
    QString text = tr("<b>%1</b> does not say when it was written, so its events have no year. "
                      "Choose its date to place them on the calendar.")
                       .arg(name.toHtmlEscaped());
    if (undatedCount > 1)
        text += QLatin1Char(' ') + tr("(%n undated article(s) in all)", "", undatedCount);
    message_->setText(text);
    fillCandidates(article);
    show();
}

void DateBar::fillCandidates(const Article& article) {
    candidates_ =
        pipeline::dateCandidates(article, session_.articles(), civil(QDate::currentDate()));
    choices_->clear();
    for (const auto& candidate : candidates_) {
        const QString when =
            candidate.isComplete()
                ? QLocale().toString(QDate(candidate.year, candidate.month, candidate.day),
                                     QLocale::LongFormat)
                : tr("%1 (choose the month and day)").arg(candidate.year);
        choices_->addItem(when + QStringLiteral(" — ") + reasonText(candidate));
    }
    choices_->setVisible(!candidates_.empty());
    if (candidates_.empty())
        date_->setDate(QDate::currentDate());
    else
        chooseCandidate(0);
}

void DateBar::chooseCandidate(int index) {
    if (index < 0 || index >= static_cast<int>(candidates_.size()))
        return;
    choices_->setCurrentIndex(index);
    const pipeline::DateCandidate& candidate = candidates_[static_cast<std::size_t>(index)];
    if (candidate.isComplete()) {
        date_->setDate(QDate(candidate.year, candidate.month, candidate.day));
        return;
    }
    // A year alone: keep the month shown, take the day the events are known by.
    const QDate shown = date_->date();
    const int day = knownDayOfEvents();
    const QDate first(candidate.year, shown.month(), 1);
    date_->setDate(first.addDays(std::min(day > 0 ? day : shown.day(), first.daysInMonth()) - 1));
    date_->setFocus();
}

int DateBar::knownDayOfEvents() const {
    std::map<int, int> days;
    for (const Event& event : session_.allEvents()) {
        const std::string& start = event.time.start;
        if (quotes(event, articleId_) && start.size() >= 10 && start.starts_with("XXXX-") &&
            start[8] != 'X')
            ++days[std::stoi(start.substr(8, 2))];
    }
    int best = 0;
    int most = 0;
    for (const auto& [day, count] : days) {
        if (count > most) {
            best = day;
            most = count;
        }
    }
    return best;
}

QString DateBar::reasonText(const pipeline::DateCandidate& candidate) const {
    const QString evidence = QString::fromStdString(candidate.evidence);
    switch (candidate.basis) {
        case pipeline::CandidateBasis::WrittenDate:
            return tr("written in the text: “%1”").arg(evidence);
        case pipeline::CandidateBasis::Weekday:
            return tr("“%1”: the weekday fits this day").arg(evidence);
        case pipeline::CandidateBasis::RelativeYear:
            return tr("“%1”: a relative year beside an explicit one").arg(evidence);
        case pipeline::CandidateBasis::OtherArticle:
            return tr("the date of another article: “%1”").arg(evidence);
    }
    return {};
}

void DateBar::useDate() {
    if (articleId_ == 0)
        return;
    editor_.setArticleDate(articleId_, civil(date_->date()));
}

void DateBar::askAgain() {
    putAside_.clear();
    refresh();
}

void DateBar::dismiss() {
    if (articleId_ != 0)
        putAside_.insert(articleId_);
    refresh();
}

}  // namespace yeonpyo::gui
