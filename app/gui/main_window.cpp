// MainWindow: panels, menus and the wiring that makes every panel follow one selection.
#include "app/gui/main_window.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <cstdio>

#include "app/gui/article_view.h"
#include "app/gui/date_bar.h"
#include "app/gui/event_inspector.h"
#include "app/gui/event_list_model.h"
#include "app/gui/export_actions.h"
#include "app/gui/filter_panel.h"
#include "app/gui/import_controller.h"
#include "app/gui/map_view.h"
#include "app/gui/overview_slider.h"
#include "app/gui/sample_timeline.h"
#include "app/gui/search_panel.h"
#include "app/gui/timeline_editor.h"
#include "app/gui/timeline_session.h"
#include "app/gui/timeline_view.h"

namespace yeonpyo::gui {

MainWindow::MainWindow(TimelineSession& session, QWidget* parent)
    : QMainWindow(parent),
      session_(session),
      eventModel_(std::make_unique<EventListModel>(session)),
      importer_(std::make_unique<ImportController>(this)),
      editor_(std::make_unique<TimelineEditor>(session)) {
    buildPanels();
    buildMenus();
    describePanels();
    setAcceptDrops(true);
    connectSelection();
    connectEditing();
    status_ = new QLabel(this);
    statusBar()->addPermanentWidget(status_);
    connect(&session_, &TimelineSession::contentChanged, this, &MainWindow::updateTitle);
    connect(&session_, &TimelineSession::windowChanged, this, &MainWindow::updateTitle);
    connect(importer_.get(), &ImportController::finished, this, &MainWindow::onImportFinished);
    updateTitle();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildPanels() {
    timeline_ = new TimelineView(session_, this);
    map_ = new MapView(session_, this);
    article_ = new ArticleView(session_, this);
    inspector_ = new EventInspector(session_, this);
    eventTable_ = new QTableView(this);
    eventTable_->setObjectName("eventTable");
    eventTable_->setModel(eventModel_.get());
    eventTable_->setSelectionBehavior(QAbstractItemView::SelectRows);
    eventTable_->setSelectionMode(QAbstractItemView::SingleSelection);
    eventTable_->verticalHeader()->hide();
    eventTable_->horizontalHeader()->setStretchLastSection(true);

    search_ = new SearchPanel(session_, this);
    filter_ = new FilterPanel(session_, this);
    details_ = new QTabWidget(this);
    details_->setObjectName("detailsTabs");
    details_->addTab(inspector_, tr("Event"));
    details_->addTab(eventTable_, tr("All events"));
    details_->addTab(search_, tr("Search"));
    details_->addTab(filter_, tr("Filter"));
    QTabWidget* details = details_;

    auto* lower = new QSplitter(Qt::Horizontal, this);
    lower->setObjectName("lowerSplitter");
    lower->addWidget(map_);
    lower->addWidget(article_);
    lower->addWidget(details);
    lower->setSizes({480, 520, 440});

    overview_ = new OverviewSlider(this);
    auto* timelinePane = new QWidget(this);
    auto* timelineLayout = new QVBoxLayout(timelinePane);
    timelineLayout->setContentsMargins(0, 0, 0, 0);
    timelineLayout->setSpacing(0);
    dateBar_ = new DateBar(session_, *editor_, this);
    timelineLayout->addWidget(dateBar_);
    timelineLayout->addWidget(timeline_, 1);
    timelineLayout->addWidget(overview_);

    auto* main = new QSplitter(Qt::Vertical, this);
    main->setObjectName("mainSplitter");
    main->addWidget(timelinePane);
    main->addWidget(lower);
    main->setSizes({300, 600});
    setCentralWidget(main);
}

void MainWindow::buildMenus() {
    buildFileMenu();
    buildEditMenu();
    buildViewMenu();
    buildHelpMenu();
}

void MainWindow::connectSelection() {
    connect(eventTable_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid()) {
                    session_.select(current.data(EventListModel::EventIdRole).toLongLong());
                }
            });
    connect(&session_, &TimelineSession::selectionChanged, this, [this](std::int64_t eventId) {
        const int row = eventModel_->rowOf(eventId);
        if (row >= 0 && eventTable_->currentIndex().row() != row) {
            eventTable_->selectRow(row);
        }
    });
    connect(inspector_, &EventInspector::quoteActivated, article_, &ArticleView::revealQuote);
    connect(&session_, &TimelineSession::contentChanged, this, &MainWindow::updateOverview);
    connect(timeline_, &TimelineView::visibleRangeChanged, overview_,
            &OverviewSlider::setVisibleRange);
    connect(overview_, &OverviewSlider::rangeRequested, timeline_, &TimelineView::showRange);
}

void MainWindow::updateOverview() {
    constexpr int kBuckets = 480;
    const auto extent = session_.timeExtent();
    if (!extent) {
        overview_->setDensity({}, 0, 0);
        return;
    }
    // An hour either side, so that a single event or one day still has a strip to sit on.
    const double begin = static_cast<double>(extent->begin) - 3600;
    const double end = static_cast<double>(extent->end) + 3600;
    std::vector<std::int64_t> counts;
    session_.countEvents(begin, end, kBuckets, counts);
    overview_->setDensity(std::move(counts), begin, end);
    overview_->setVisibleRange(timeline_->viewport().begin(), timeline_->viewport().end());
}

void MainWindow::updateTitle() {
    const QString path = session_.documentPath();
    setWindowFilePath(path);
    setWindowTitle(path.isEmpty()
                       ? QApplication::applicationDisplayName()
                       : QStringLiteral("%1 — %2").arg(QFileInfo(path).fileName(),
                                                       QApplication::applicationDisplayName()));
    QString events = tr("%Ln event(s)", "", static_cast<int>(session_.totalEventCount()));
    if (session_.isWindowed())
        events += QStringLiteral(" (") +
                  tr("%Ln on screen", "", static_cast<int>(session_.events().size())) +
                  QStringLiteral(")");
    status_->setText(events + QStringLiteral(" · ") +
                     tr("%Ln article(s)", "", static_cast<int>(session_.articles().size())));
}

bool MainWindow::openDocument(const QString& path) {
    const bool another = path != session_.documentPath();
    if (auto opened = session_.open(path); !opened) {
        showError(QString::fromStdString(opened.error().message));
        return false;
    }
    rememberRecent(path);
    editor_->undoStack().clear();
    dateBar_->askAgain();
    if (another) {
        search_->clear();
        filter_->clearFilter();
    }
    timeline_->fitAll();
    map_->fitToEvents();
    return true;
}

bool MainWindow::openSampleTimeline() {
    auto path = ensureSampleTimeline();
    if (!path) {
        showError(QString::fromStdString(path.error().message));
        return false;
    }
    return openDocument(QString::fromStdString(path->string()));
}

void MainWindow::selectSequence(int sequence) {
    for (const Event& event : session_.events()) {
        if (event.sequence == sequence)
            session_.select(event.id);
    }
}

void MainWindow::refreshDocument() {
    if (session_.documentPath().isEmpty())
        return;
    const auto selected = session_.selectedEventId();
    if (auto reloaded = session_.reload(); !reloaded) {
        showError(QString::fromStdString(reloaded.error().message));
        return;
    }
    if (selected)
        session_.select(*selected);
    statusBar()->showMessage(tr("Read the document again."), 3000);
}

void MainWindow::openDocumentDialog() {
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open timeline"), {},
        tr("Yeonpyo timelines (*.yeonpyo *.sqlite *.db);;All files (*)"));
    if (!path.isEmpty())
        openDocument(path);
}

void MainWindow::importArticlesDialog() {
    if (session_.documentPath().isEmpty()) {
        showError(tr("Open or create a timeline before importing articles."));
        return;
    }
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Import articles"), {}, tr("Articles (*.txt *.html *.htm *.md);;All files (*)"));
    importSources(files);
}

void MainWindow::onImportFinished(const QString& message, bool changed) {
    if (changed)
        openDocument(session_.documentPath());
    statusBar()->showMessage(message, 10000);
}

void MainWindow::exportImageDialog() {
    exportTimelineImage(this, session_, *timeline_, map_->tileSource());
}

void MainWindow::exportDataDialog() {
    exportTimelineData(this, session_);
}

void MainWindow::showError(const QString& sentence) {
    if (errorsToStandardError_) {
        std::fprintf(stderr, "yeonpyo: %s\n", qPrintable(sentence));
        return;
    }
    QMessageBox::warning(this, QApplication::applicationDisplayName(), sentence);
}

}  // namespace yeonpyo::gui
