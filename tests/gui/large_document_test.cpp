// A document too large for memory: the viewer reads it by the range on screen, draws counts where
// the range is too dense, and still selects, follows and edits events.
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>

#include <algorithm>

#include "app/gui/filter_panel.h"
#include "app/gui/main_window.h"
#include "app/gui/map_view.h"
#include "app/gui/search_panel.h"
#include "app/gui/timeline_editor.h"
#include "app/gui/timeline_session.h"
#include "app/gui/timeline_view.h"
#include "core/store/synthetic.h"
#include "main_window_fixture.h"

namespace yeonpyo::gui {
namespace {

constexpr std::int64_t kEvents = 3000;
constexpr std::int64_t kHour = 3600;

/// A synthetic document of kEvents events, an hour apart on average (about four months).
QString makeLargeDocument(const QTemporaryDir& dir) {
    const std::string path = dir.filePath("large.yeonpyo").toStdString();
    auto document = store::Document::open(path, store::OpenMode::CreateOrOpen);
    if (!document)
        return {};
    store::SyntheticSpec spec;
    spec.eventCount = kEvents;
    if (!store::writeSyntheticTimeline(*document, spec))
        return {};
    return QString::fromStdString(path);
}

class LargeDocument : public ::testing::Test {
protected:
    void SetUp() override {
        path = makeLargeDocument(dir);
        ASSERT_FALSE(path.isEmpty());
        session.setInMemoryLimit(1000);
        session.setWindowLoadLimit(500);
        window.resize(1400, 900);
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        ASSERT_TRUE(window.openDocument(path));
        QApplication::processEvents();
    }

    TimelineView& timeline() { return *window.timelineView(); }
    /// Shows one day from the first event's day on.
    void zoomToOneDay(std::int64_t dayOffset = 0) {
        const std::int64_t begin = store::SyntheticSpec{}.firstBeginUtc + dayOffset * 24 * kHour;
        timeline().showRange(static_cast<double>(begin), static_cast<double>(begin + 24 * kHour));
    }

    QTemporaryDir dir;
    QString path;
    TimelineSession session;
    MainWindow window{session};
};

TEST_F(LargeDocument, OpensByRangeAndDrawsTheWholeDocumentAsCountsThatAddUp) {
    EXPECT_TRUE(session.isWindowed());
    EXPECT_EQ(session.totalEventCount(), kEvents);
    EXPECT_TRUE(session.showsCountsOnly());
    EXPECT_TRUE(session.events().empty());
    const render::TimelineLayout& layout = timeline().currentLayout();
    EXPECT_TRUE(layout.events.empty());
    EXPECT_FALSE(layout.density.empty());
    qint64 clustered = 0;
    for (const render::ClusterGlyph& cluster : layout.clusters)
        clustered += cluster.count;
    EXPECT_EQ(clustered, kEvents);
    EXPECT_EQ(layout.visibleCount, kEvents);
}

TEST_F(LargeDocument, ZoomingInLoadsOnlyTheEventsNearTheRangeOnScreen) {
    zoomToOneDay(10);
    EXPECT_FALSE(session.showsCountsOnly());
    ASSERT_FALSE(session.events().empty());
    EXPECT_LE(static_cast<std::int64_t>(session.events().size()), 500);
    const double begin = timeline().viewport().begin();
    const double end = timeline().viewport().end();
    const double width = end - begin;
    for (const Event& event : session.events()) {
        ASSERT_TRUE(event.time.beginUtc.has_value());
        EXPECT_GE(static_cast<double>(*event.time.endUtc), begin - width);
        EXPECT_LE(static_cast<double>(*event.time.beginUtc), end + width);
    }
    EXPECT_FALSE(timeline().currentLayout().events.empty());
    const std::int64_t onScreen = session.events().front().id;
    session.select(onScreen);
    EXPECT_TRUE(window.mapView()->isMarkerHighlighted(onScreen));
}

TEST_F(LargeDocument, PanningFarLoadsOtherEvents) {
    zoomToOneDay(10);
    const std::int64_t firstId = session.events().front().id;
    zoomToOneDay(90);
    ASSERT_FALSE(session.events().empty());
    EXPECT_TRUE(std::none_of(session.events().begin(), session.events().end(),
                             [firstId](const Event& event) { return event.id == firstId; }));
}

TEST_F(LargeDocument, SelectingAnEventOffScreenBringsItIntoView) {
    const std::int64_t farId = kEvents - 13;  // Synthetic ids follow time order; an hour long.
    session.select(farId);
    ASSERT_EQ(session.selectedEventId().value_or(0), farId);
    EXPECT_FALSE(session.showsCountsOnly());
    const Event* selected = session.eventById(farId);
    ASSERT_NE(selected, nullptr);
    const auto at = static_cast<double>(selected->time.beginUtc.value_or(0));
    EXPECT_GE(at, timeline().viewport().begin());
    EXPECT_LE(at, timeline().viewport().end());
    const render::TimelineLayout& layout = timeline().currentLayout();
    const bool drawn = layout.glyphOf(farId) != nullptr ||
                       std::any_of(layout.clusters.begin(), layout.clusters.end(),
                                   [at](const render::ClusterGlyph& cluster) {
                                       return cluster.beginTime <= at && at <= cluster.endTime;
                                   });
    EXPECT_TRUE(drawn);
    ASSERT_NE(session.selectedEvent(), nullptr);
    EXPECT_EQ(session.selectedEvent()->id, farId);
}

TEST_F(LargeDocument, ASearchHitFarAwayIsNamedAndActivatingItShowsIt) {
    const std::int64_t farId = kEvents - 13;
    const std::string title = store::syntheticEvent(store::SyntheticSpec{}, farId - 1, 1).title;
    SearchPanel& search = *window.searchPanel();
    search.queryField()->setText(QString::fromStdString(title));
    QTest::keyClick(search.queryField(), Qt::Key_Return);
    QListWidgetItem* hit = nullptr;
    for (int row = 0; row < search.results()->count(); ++row) {
        if (search.results()->item(row)->text().contains(QString::fromStdString(title)))
            hit = search.results()->item(row);
    }
    ASSERT_NE(hit, nullptr) << "no result names " << title;
    window.findChild<QTabWidget*>()->setCurrentWidget(&search);
    QApplication::processEvents();
    const QRect box = search.results()->visualItemRect(hit);
    QTest::mouseClick(search.results()->viewport(), Qt::LeftButton, {}, box.center());
    EXPECT_EQ(session.selectedEventId().value_or(0), farId);
    ASSERT_NE(session.selectedEvent(), nullptr);
    const auto at = static_cast<double>(session.selectedEvent()->time.beginUtc.value_or(0));
    EXPECT_GE(at, timeline().viewport().begin());
    EXPECT_LE(at, timeline().viewport().end());
}

TEST_F(LargeDocument, DeletingAnEventIsWrittenAndTheWindowReloads) {
    zoomToOneDay(20);
    ASSERT_FALSE(session.events().empty());
    const std::int64_t id = session.events().front().id;
    session.select(id);
    window.deleteSelectedEvent();
    EXPECT_EQ(session.totalEventCount(), kEvents - 1);
    EXPECT_EQ(session.eventById(id), nullptr);
    window.editor().undoStack().undo();
    EXPECT_EQ(session.totalEventCount(), kEvents);
    EXPECT_TRUE(session.isWindowed());
}

TEST_F(LargeDocument, TheFilterOffersEveryPlaceOfTheDocumentNotOnlyThoseLoaded) {
    ASSERT_TRUE(session.events().empty());  // All of it on screen: counts only.
    auto document = store::Document::open(path.toStdString(), store::OpenMode::ReadOnly);
    ASSERT_TRUE(document.ok());
    auto places = document->placeNames();
    ASSERT_TRUE(places.ok());
    ASSERT_GT(places->size(), 1u);
    window.findChild<QTabWidget*>()->setCurrentWidget(window.filterPanel());
    QApplication::processEvents();
    const auto boxes = window.filterPanel()->findChildren<QComboBox*>();
    const bool offered = std::any_of(boxes.begin(), boxes.end(), [&](const QComboBox* box) {
        return box->count() == static_cast<int>(places->size()) + 1 &&
               box->findText(QString::fromStdString(places->back())) >= 0;
    });
    EXPECT_TRUE(offered);
}

TEST_F(LargeDocument, TheStatusBarCountsTheWholeDocument) {
    zoomToOneDay(5);
    const auto labels = window.statusBar()->findChildren<QLabel*>();
    const bool counted = std::any_of(labels.begin(), labels.end(), [](const QLabel* label) {
        return label->text().contains(QLocale().toString(kEvents)) ||
               label->text().contains(QString::number(kEvents));
    });
    EXPECT_TRUE(counted);
}

TEST(SmallDocument, IsReadWholeBelowTheLimit) {
    testing::SampleDocument sample;
    ASSERT_TRUE(sample.ok());
    TimelineSession session;
    ASSERT_TRUE(session.open(sample.path()));
    EXPECT_FALSE(session.isWindowed());
    EXPECT_FALSE(session.showsCountsOnly());
    EXPECT_EQ(session.totalEventCount(), static_cast<std::int64_t>(session.allEvents().size()));
}

}  // namespace
}  // namespace yeonpyo::gui
