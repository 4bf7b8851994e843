// MainWindow::describePanels: names and descriptions that screen readers give each panel and
// control.
#include <QAbstractButton>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTableView>

#include "app/gui/article_view.h"
#include "app/gui/event_inspector.h"
#include "app/gui/filter_panel.h"
#include "app/gui/main_window.h"
#include "app/gui/map_view.h"
#include "app/gui/search_panel.h"
#include "app/gui/timeline_view.h"

namespace yeonpyo::gui {
namespace {

void describe(QWidget* widget, const QString& name, const QString& description = {}) {
    if (widget == nullptr)
        return;
    widget->setAccessibleName(name);
    if (!description.isEmpty())
        widget->setAccessibleDescription(description);
}

}  // namespace

void MainWindow::describePanels() {
    describe(timeline_, tr("Timeline"),
             tr("The events in time order. Up and Down select the previous and next event, Home "
                "and End the first and last, Enter edits the selected one, Left and Right move "
                "the view, plus and minus zoom."));
    describe(map_, tr("Map"),
             tr("Where the events took place, numbered in order and joined by the route. Click a "
                "marker to select its event."));
    describe(article_, tr("Article"),
             tr("The text of an article, with the sentences that report the selected event "
                "highlighted."));
    describe(article_->findChild<QComboBox*>("articleChooser"), tr("Article shown"));
    describe(article_->findChild<QPlainTextEdit*>("articleText"), tr("Article text"),
             tr("Click a sentence to select the event it reports."));
    describe(inspector_, tr("Selected event"),
             tr("What the selected event is, when and where it happened, who took part, and the "
                "quotes that report it."));
    describe(inspector_->findChild<QListWidget*>("inspectorQuotes"), tr("Sources"),
             tr("Activate a quote to show it in its article."));
    describe(eventTable_, tr("All events"),
             tr("Every event in a table; select a row to select "
                "the event, double-click it to edit it."));
    describe(details_, tr("Details"));
    describe(search_, tr("Search"));
    describe(search_->queryField(), tr("Search text"),
             tr("Words to find in articles, events, people, places and quotes; Enter searches."));
    describe(search_->findChild<QListWidget*>("searchResults"), tr("Search results"));
    describe(filter_, tr("Filter"),
             tr("Shows only the events of some dates, kind, person, place or article."));
}

}  // namespace yeonpyo::gui
