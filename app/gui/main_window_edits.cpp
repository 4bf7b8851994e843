// MainWindow's Edit and View menus and the edits they start (undoable, through TimelineEditor).
#include <QAction>
#include <QActionGroup>
#include <QInputDialog>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTableView>

#include "app/gui/article_view.h"
#include "app/gui/base_layer_menu.h"
#include "app/gui/event_edit_dialog.h"
#include "app/gui/export_actions.h"
#include "app/gui/main_window.h"
#include "app/gui/map_view.h"
#include "app/gui/search_panel.h"
#include "app/gui/split_event_dialog.h"
#include "app/gui/timeline_editor.h"
#include "app/gui/timeline_session.h"
#include "app/gui/timeline_view.h"
#include "app/gui/view_theme.h"

namespace yeonpyo::gui {
namespace {

struct LaneChoice {
    const char* text;
    render::LaneMode mode;
};

}  // namespace

void MainWindow::buildEditMenu() {
    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = editor_->undoStack().createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = editor_->undoStack().createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(tr("Copy &image"), QKeySequence(tr("Ctrl+Shift+C")), this,
                    [this] { copyTimelineImage(session_, *timeline_, map_->tileSource()); });
    // Ctrl+V reaches this only when no text field takes it for itself.
    QAction* paste = edit->addAction(tr("&Paste article"), this, &MainWindow::pasteArticle);
    paste->setObjectName("pasteArticle");
    paste->setShortcuts({QKeySequence(tr("Ctrl+Shift+V")), QKeySequence::Paste});
    edit->addSeparator();
    edit->addAction(tr("&Edit event…"), QKeySequence(Qt::Key_F2), this,
                    &MainWindow::editSelectedEvent);
    edit->addAction(tr("&New event…"), QKeySequence(tr("Ctrl+Shift+N")), this,
                    &MainWindow::newEvent);
    edit->addAction(tr("&Delete event"), QKeySequence::Delete, this,
                    &MainWindow::deleteSelectedEvent);
    edit->addAction(tr("&Merge event into…"), this, &MainWindow::mergeSelectedEvent);
    edit->addAction(tr("&Split event…"), this, &MainWindow::splitSelectedEvent);
    edit->addSeparator();
    edit->addAction(tr("&Find…"), QKeySequence::Find, this, [this] {
        details_->setCurrentWidget(search_);
        search_->queryField()->setFocus();
        search_->queryField()->selectAll();
    });
}

void MainWindow::buildViewMenu() {
    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addAction(tr("&Refresh"), QKeySequence::Refresh, this, &MainWindow::refreshDocument);
    view->addSeparator();
    view->addAction(tr("&Fit all"), QKeySequence(tr("Ctrl+0")), timeline_, &TimelineView::fitAll);
    view->addAction(tr("Fit &selection"), QKeySequence(tr("Ctrl+9")), this, [this] {
        timeline_->fitSelection();
        map_->fitToSelection();
    });
    view->addAction(tr("Zoom &in"), QKeySequence::ZoomIn, timeline_, &TimelineView::zoomIn);
    view->addAction(tr("Zoom &out"), QKeySequence::ZoomOut, timeline_, &TimelineView::zoomOut);
    view->addAction(tr("Fit &map to events"), map_, &MapView::fitToEvents);
    view->addMenu(new BaseLayerMenu(*map_, this));
    view->addMenu(new ThemeMenu(this));
    connect(map_, &MapView::tileFailed, this,
            [this](const QString& message) { statusBar()->showMessage(message, 5000); });
    view->addSeparator();
    QMenu* lanes = view->addMenu(tr("&Lanes"));
    auto* laneGroup = new QActionGroup(lanes);
    const LaneChoice choices[] = {{QT_TR_NOOP("None"), render::LaneMode::None},
                                  {QT_TR_NOOP("By participant"), render::LaneMode::Participant},
                                  {QT_TR_NOOP("By place"), render::LaneMode::Place},
                                  {QT_TR_NOOP("By kind"), render::LaneMode::Kind},
                                  {QT_TR_NOOP("By article"), render::LaneMode::Article}};
    for (const LaneChoice& choice : choices) {
        QAction* action = lanes->addAction(tr(choice.text), timeline_, [this, mode = choice.mode] {
            timeline_->setLaneMode(mode);
        });
        action->setCheckable(true);
        action->setChecked(choice.mode == timeline_->laneMode());
        laneGroup->addAction(action);
    }
    QAction* localTimes = view->addAction(tr("Times in each &place's local zone"));
    localTimes->setCheckable(true);
    connect(localTimes, &QAction::toggled, timeline_, &TimelineView::setPlaceLocalTimes);
    QAction* follow = view->addAction(tr("Map &follows the timeline"));
    follow->setCheckable(true);
    connect(follow, &QAction::toggled, this, [this](bool on) {
        const auto& viewport = timeline_->viewport();
        map_->setActiveTime(on ? std::optional(std::pair{viewport.begin(), viewport.end()})
                               : std::nullopt);
    });
    connect(timeline_, &TimelineView::visibleRangeChanged, this,
            [this, follow](double begin, double end) {
                if (follow->isChecked())
                    map_->setActiveTime(std::pair{begin, end});
            });
}

void MainWindow::connectEditing() {
    connect(editor_.get(), &TimelineEditor::failed, this, &MainWindow::showError);
    connect(timeline_, &TimelineView::eventDragged, editor_.get(), &TimelineEditor::moveEvent);
    connect(timeline_, &TimelineView::editRequested, this, [this](std::int64_t id) {
        session_.select(id);
        editSelectedEvent();
    });
    connect(eventTable_, &QTableView::doubleClicked, this, &MainWindow::editSelectedEvent);
    connect(map_, &MapView::placeRequested, this,
            [this](std::int64_t id, double latitude, double longitude) {
                const Event* event = session_.eventById(id);
                if (event == nullptr)
                    return;
                Event placed = *event;
                placed.place.lat = latitude;
                placed.place.lon = longitude;
                placed.place.gazetteerId.clear();
                if (placed.place.precision == PlacePrecision::Unknown)
                    placed.place.precision = PlacePrecision::Venue;
                editor_->editEvent(
                    placed, tr("Place “%1” on the map").arg(QString::fromStdString(event->title)));
            });
    connect(search_, &SearchPanel::articleRequested, article_, &ArticleView::showArticle);
}

void MainWindow::editSelectedEvent() {
    const Event* selected = session_.selectedEvent();
    if (selected == nullptr)
        return;
    EventEditDialog dialog(*selected, this);
    if (dialog.exec() == QDialog::Accepted) {
        editor_->editEvent(dialog.editedEvent(),
                           tr("Edit “%1”").arg(QString::fromStdString(selected->title)));
    }
}

void MainWindow::newEvent() {
    if (session_.documentPath().isEmpty())
        return showError(tr("Open a timeline before adding events."));
    Event blank;
    if (const Event* selected = session_.selectedEvent())
        blank.time = selected->time;
    blank.title = tr("New event").toStdString();
    EventEditDialog dialog(blank, this);
    if (dialog.exec() == QDialog::Accepted)
        editor_->addEvent(dialog.editedEvent());
}

void MainWindow::deleteSelectedEvent() {
    if (const Event* selected = session_.selectedEvent())
        editor_->deleteEvent(selected->id);
}

void MainWindow::mergeSelectedEvent() {
    const Event* selected = session_.selectedEvent();
    if (selected == nullptr)
        return;
    QStringList names;
    std::vector<std::int64_t> ids;
    for (const Event& event : session_.allEvents()) {
        if (event.id == selected->id)
            continue;
        names << QStringLiteral("%1. %2")
                     .arg(event.sequence)
                     .arg(QString::fromStdString(event.title));
        ids.push_back(event.id);
    }
    if (ids.empty())
        return;
    bool chosen = false;
    const QString name =
        QInputDialog::getItem(this, tr("Merge event"),
                              tr("Merge “%1” into:").arg(QString::fromStdString(selected->title)),
                              names, 0, false, &chosen);
    if (chosen)
        editor_->mergeEvents(ids[static_cast<std::size_t>(names.indexOf(name))], selected->id);
}

void MainWindow::splitSelectedEvent() {
    const Event* selected = session_.selectedEvent();
    if (selected == nullptr)
        return;
    if (selected->quotes.size() < 2)
        return showError(tr("An event needs at least two quotes to be split."));
    SplitEventDialog dialog(*selected, session_, this);
    if (dialog.exec() == QDialog::Accepted)
        editor_->splitEvent(selected->id, dialog.chosenQuotes());
}

}  // namespace yeonpyo::gui
