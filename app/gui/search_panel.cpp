// SearchPanel: runs store searches and shows their hits.
#include "app/gui/search_panel.h"

#include <optional>

#include <QCheckBox>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

#include <optional>

#include "app/gui/timeline_session.h"
#include "core/store/document.h"

namespace yeonpyo::gui {
namespace {

constexpr int kMaxHits = 500;
constexpr int kKindRole = Qt::UserRole;
constexpr int kIdRole = Qt::UserRole + 1;

/// The snippet with its matches (wrapped in [ ]) in bold.
QString snippetHtml(const std::string& snippet) {
    QString html = QString::fromStdString(snippet).toHtmlEscaped();
    html.replace(QLatin1Char('['), QStringLiteral("<b>"))
        .replace(QLatin1Char(']'), QStringLiteral("</b>"));
    return html;
}

}  // namespace

SearchPanel::SearchPanel(TimelineSession& session, QWidget* parent)
    : QWidget(parent),
      session_(session),
      query_(new QLineEdit(this)),
      onlyResults_(new QCheckBox(tr("Show only results on the timeline and map"), this)),
      results_(new QListWidget(this)) {
    setObjectName("searchPanel");
    query_->setObjectName("searchField");
    query_->setPlaceholderText(tr("Search articles, events, people, places and quotes"));
    query_->setClearButtonEnabled(true);
    onlyResults_->setChecked(true);
    results_->setObjectName("searchResults");
    results_->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(query_);
    layout->addWidget(onlyResults_);
    layout->addWidget(results_);
    connect(query_, &QLineEdit::returnPressed, this, &SearchPanel::search);
    connect(query_, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (text.isEmpty())
            clear();
    });
    connect(onlyResults_, &QCheckBox::toggled, this, &SearchPanel::showHitsOnly);
    connect(results_, &QListWidget::itemActivated, this, &SearchPanel::activate);
    connect(results_, &QListWidget::itemClicked, this, &SearchPanel::activate);
}

void SearchPanel::search() {
    const QString query = query_->text().trimmed();
    if (query.isEmpty() || session_.documentPath().isEmpty())
        return clear();
    results_->clear();
    eventHits_.clear();
    auto document =
        store::Document::open(session_.documentPath().toStdString(), store::OpenMode::ReadOnly);
    auto hits = document ? document->search(query.toStdString(), kMaxHits)
                         : Result<std::vector<store::SearchHit>>(document.error());
    if (!hits) {
        results_->addItem(QString::fromStdString(hits.error().message));
        return;
    }
    for (const store::SearchHit& hit : *hits) {
        const bool isEvent = hit.kind == store::SearchHit::Kind::Event;
        const Event* event = isEvent ? session_.eventById(hit.id) : nullptr;
        std::optional<Event> offScreen;  // A large document holds only the events on screen.
        if (isEvent && event == nullptr) {
            if (auto read = document->event(hit.id); read) {
                offScreen = std::move(*read);
                event = &*offScreen;
            }
        }
        const Article* article = isEvent ? nullptr : session_.articleById(hit.id);
        const QString heading = event ? QStringLiteral("%1. %2")
                                            .arg(event->sequence)
                                            .arg(QString::fromStdString(event->title))
                                : article
                                    ? tr("Article: %1").arg(QString::fromStdString(article->title))
                                    : QString();
        auto* item = new QListWidgetItem(
            heading + QStringLiteral(" — ") + QString::fromStdString(hit.snippet), results_);
        item->setToolTip(snippetHtml(hit.snippet));
        item->setData(kKindRole, isEvent);
        item->setData(kIdRole, QVariant::fromValue<qlonglong>(hit.id));
        if (isEvent)
            eventHits_.insert(hit.id);
    }
    if (hits->empty())
        results_->addItem(tr("Nothing matches “%1”.").arg(query));
    showHitsOnly(onlyResults_->isChecked());
}

void SearchPanel::clear() {
    results_->clear();
    eventHits_.clear();
    showHitsOnly(false);
}

void SearchPanel::showHitsOnly(bool on) {
    EventFilter filter = session_.filter();
    const bool searching = on && results_->count() > 0 && !query_->text().trimmed().isEmpty();
    filter.onlyIds = searching ? std::optional(eventHits_) : std::nullopt;
    if (!(filter == session_.filter()))
        session_.setFilter(filter);
}

void SearchPanel::activate(QListWidgetItem* item) {
    if (item == nullptr || !item->data(kIdRole).isValid())
        return;
    const std::int64_t id = item->data(kIdRole).toLongLong();
    if (item->data(kKindRole).toBool()) {
        session_.select(id);
    } else {
        emit articleRequested(id);
    }
}

}  // namespace yeonpyo::gui
