// MainWindow: the timeline above, map, article and inspector below, all following one selection.
#pragma once

#include <QMainWindow>

#include <memory>

class QCloseEvent;
class QDragEnterEvent;
class QDropEvent;
class QLabel;
class QTabWidget;
class QTableView;

namespace yeonpyo::gui {

class ArticleView;
class DateBar;
class ImportController;
class EventInspector;
class EventListModel;
class FilterPanel;
class MapView;
class OverviewSlider;
class RecentFilesMenu;
class SearchPanel;
class TimelineEditor;
class TimelineSession;
class TimelineView;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(TimelineSession& session, QWidget* parent = nullptr);
    ~MainWindow() override;

    TimelineView* timelineView() const { return timeline_; }
    MapView* mapView() const { return map_; }
    ArticleView* articleView() const { return article_; }
    EventInspector* inspector() const { return inspector_; }
    QTableView* eventTable() const { return eventTable_; }
    SearchPanel* searchPanel() const { return search_; }
    FilterPanel* filterPanel() const { return filter_; }
    OverviewSlider* overview() const { return overview_; }
    DateBar* dateBar() const { return dateBar_; }
    TimelineEditor& editor() const { return *editor_; }

    /// Opens a document; shows a message and keeps the current one on failure.
    bool openDocument(const QString& path);
    /// Opens the timeline built from the bundled sample articles, building it on first use.
    bool openSampleTimeline();
    /// Errors go to standard error instead of a message box (for unattended runs such as
    /// --screenshot, where nobody would close the box).
    void setErrorsToStandardError(bool on) { errorsToStandardError_ = on; }
    /// Selects the event with this sequence number, if there is one.
    void selectSequence(int sequence);
    /// Gives the window the size and panel layout it had when it was last closed.
    void restoreLayout();
    /// Imports article files, folders (recursively) and http(s) URLs into the open document.
    void importSources(const QStringList& sources);
    ImportController& importer() const { return *importer_; }

public slots:
    /// Asks where to create an empty timeline, creates it and opens it.
    void newDocumentDialog();
    void openDocumentDialog();
    /// Asks for a file and writes a consistent copy of the open document there (off the GUI
    /// thread, with progress and cancel); the window stays on the original.
    void saveCopyDialog();
    /// Writes the copy to target (the work of saveCopyDialog after its question); copySaved or
    /// a message follows.
    void saveCopyTo(const QString& target);
    /// Imports the article the clipboard holds: files or URLs, a URL as text, or the text itself.
    void pasteArticle();
    void showShortcuts();
    void showAbout();
    /// Reads the open document again (another program, such as yeonpyo-cli, may have changed it),
    /// keeping the view and the selection.
    void refreshDocument();
    void importArticlesDialog();
    void exportImageDialog();
    void exportDataDialog();
    void editSelectedEvent();
    void newEvent();
    void deleteSelectedEvent();
    void mergeSelectedEvent();
    void splitSelectedEvent();

signals:
    /// Save a copy as… wrote this file.
    void copySaved(const QString& path);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void buildPanels();
    void buildMenus();
    void buildFileMenu();
    void buildHelpMenu();
    /// Describes every panel for screen readers (names and descriptions).
    void describePanels();
    void buildEditMenu();
    void buildViewMenu();
    void connectEditing();
    void connectSelection();
    void updateTitle();
    /// Gives the overview the density of the events shown, over their whole time extent.
    void updateOverview();
    void showError(const QString& sentence);
    void onImportFinished(const QString& message, bool changed);
    /// A document is open and no import runs; otherwise says so and returns false.
    bool readyToImport();
    /// Remembers a document in Open Recent.
    void rememberRecent(const QString& path);

    TimelineSession& session_;
    std::unique_ptr<EventListModel> eventModel_;
    std::unique_ptr<ImportController> importer_;
    std::unique_ptr<TimelineEditor> editor_;
    TimelineView* timeline_ = nullptr;
    MapView* map_ = nullptr;
    ArticleView* article_ = nullptr;
    EventInspector* inspector_ = nullptr;
    QTableView* eventTable_ = nullptr;
    SearchPanel* search_ = nullptr;
    FilterPanel* filter_ = nullptr;
    OverviewSlider* overview_ = nullptr;
    DateBar* dateBar_ = nullptr;
    bool errorsToStandardError_ = false;
    QTabWidget* details_ = nullptr;
    QLabel* status_ = nullptr;
    RecentFilesMenu* recent_ = nullptr;
};

}  // namespace yeonpyo::gui
