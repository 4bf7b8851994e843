// Timeline layout as data: no overlapping labels, conserved counts, lanes, soft spans, hit testing.
#include <gtest/gtest.h>

#include <QTimeZone>

#include <cmath>
#include <numeric>
#include <ostream>

#include "app/render/lane_scan_p.h"
#include "app/render/timeline_layout.h"
#include "app/render/timeline_overview.h"
#include "tests/render/sample_story.h"

namespace yeonpyo::render {
namespace {

using testing::generatedEntries;
using testing::seoulSeconds;

TimelineFrame seoulFrame(double begin, double end, double width = 1600, double height = 700) {
    TimelineFrame frame;
    frame.time = TimeViewport(begin, end, width);
    frame.height = height;
    frame.zone = QTimeZone("Asia/Seoul");
    frame.locale = QLocale(QLocale::Korean, QLocale::SouthKorea);
    return frame;
}

qint64 drawnCount(const TimelineLayout& layout) {
    qint64 total = static_cast<qint64>(layout.events.size());
    for (const auto& cluster : layout.clusters)
        total += cluster.count;
    return total;
}

qint64 bruteForceVisible(const TimelineData& data, double t0, double t1) {
    qint64 count = 0;
    for (const auto& item : data.items())
        count += detail::isVisible(item, t0, t1) ? 1 : 0;
    return count;
}

void expectNoOverlappingLabels(const TimelineLayout& layout) {
    for (std::size_t i = 0; i < layout.events.size(); ++i) {
        for (std::size_t j = i + 1; j < layout.events.size(); ++j) {
            EXPECT_FALSE(layout.events[i].label.intersects(layout.events[j].label))
                << layout.events[i].title.toStdString() << " / "
                << layout.events[j].title.toStdString();
        }
    }
}

void expectLabelsInsideTheirLanes(const TimelineLayout& layout) {
    for (const auto& g : layout.events) {
        if (!g.hasLabel())
            continue;
        const QRectF lane = layout.lanes[g.lane].rect;
        EXPECT_GE(g.label.top(), lane.top());
        EXPECT_LE(g.label.bottom(), g.marker.y());
        EXPECT_GE(g.label.left(), 0.0);
        EXPECT_LE(g.label.right(), layout.size.width() + 1e-9);
    }
}

class StoryLayout : public ::testing::Test {
protected:
    TimelineLayouter layouter{TimelineStyle::fromTheme(theme(ThemeKind::Light))};
    QLocale korean{QLocale::Korean, QLocale::SouthKorea};
};

TEST_F(StoryLayout, EveryEventOfTheVisitGetsItsOwnLabelInTimeOrder) {
    const auto data =
        TimelineData::fromEvents(testing::zuckerbergSeoulEvents(), LaneMode::None, korean);
    const auto layout = layouter.layOut(
        data, seoulFrame(seoulSeconds("2024-02-28T06:00"), seoulSeconds("2024-03-01T00:00")));
    ASSERT_EQ(layout.events.size(), 5u);
    EXPECT_TRUE(layout.clusters.empty());
    for (std::size_t i = 1; i < layout.events.size(); ++i) {
        EXPECT_LE(layout.events[i - 1].marker.x(), layout.events[i].marker.x());
        EXPECT_EQ(layout.events[i].sequence, static_cast<int>(i) + 1);
    }
    expectNoOverlappingLabels(layout);
    expectLabelsInsideTheirLanes(layout);
}

TEST_F(StoryLayout, UncertainTimesAreSoftSpansAndPlannedEventsAreMarked) {
    const auto data =
        TimelineData::fromEvents(testing::zuckerbergSeoulEvents(), LaneMode::None, korean);
    const auto layout = layouter.layOut(
        data, seoulFrame(seoulSeconds("2024-02-28T06:00"), seoulSeconds("2024-03-01T00:00")));
    const EventGlyph* lunch = layout.glyphOf(2);
    const EventGlyph* call = layout.glyphOf(4);
    const EventGlyph* departure = layout.glyphOf(5);
    ASSERT_TRUE(lunch && call && departure);
    EXPECT_FALSE(lunch->span.isEmpty());
    EXPECT_TRUE(call->planned);
    EXPECT_TRUE(call->subtitle.contains(QStringLiteral("예정")));
    EXPECT_TRUE(lunch->subtitle.contains(QStringLiteral("LG트윈타워")));
    // Two events of the same uncertain day do not sit on one another.
    EXPECT_GE(departure->marker.x() - call->marker.x(), 2 * call->markerHalfWidth);
    EXPECT_LE(departure->marker.x(), departure->span.right());
}

TEST_F(StoryLayout, LabelsGiveTheReadersTimeOrThePlacesLocalTime) {
    Event arrival;
    arrival.id = 6;
    arrival.sequence = 6;
    arrival.kind = EventKind::Arrival;
    arrival.title = "뉴델리 도착";
    arrival.time.start = "2024-02-29T20:00";
    arrival.time.timeZone = "Asia/Kolkata";
    arrival.time.beginUtc = arrival.time.endUtc =
        seoulSeconds("2024-02-29T23:30");  // 20:00 in India
    const auto data = TimelineData::fromEvents({arrival}, LaneMode::None, korean);
    TimelineFrame frame =
        seoulFrame(seoulSeconds("2024-02-29T18:00"), seoulSeconds("2024-03-01T02:00"));
    const QString readers = layouter.layOut(data, frame).events.at(0).subtitle;
    EXPECT_TRUE(readers.startsWith(QStringLiteral("오후 11:30"))) << readers.toStdString();
    frame.placeLocalTimes = true;
    const QString local = layouter.layOut(data, frame).events.at(0).subtitle;
    EXPECT_TRUE(local.startsWith(QStringLiteral("오후 8시 ("))) << local.toStdString();
    frame.zone = QTimeZone("Asia/Kolkata");  // the reader is in India too: no zone named
    EXPECT_EQ(layouter.layOut(data, frame).events.at(0).subtitle, QStringLiteral("오후 8시"));
}

TEST_F(StoryLayout, EventsWithoutATimeAreCountedAsUnplaced) {
    auto events = testing::zuckerbergSeoulEvents();
    events[4].time.beginUtc.reset();
    const auto data = TimelineData::fromEvents(events, LaneMode::None, korean);
    const auto layout = layouter.layOut(
        data, seoulFrame(seoulSeconds("2024-02-28T00:00"), seoulSeconds("2024-03-01T00:00")));
    EXPECT_EQ(layout.unplacedCount, 1);
    EXPECT_EQ(layout.visibleCount, 4);
}

TEST_F(StoryLayout, KindLanesFollowTheKindOrderWithLocalisedCaptions) {
    const auto data =
        TimelineData::fromEvents(testing::zuckerbergSeoulEvents(), LaneMode::Kind, korean);
    const auto layout = layouter.layOut(
        data, seoulFrame(seoulSeconds("2024-02-28T00:00"), seoulSeconds("2024-03-01T00:00")));
    ASSERT_EQ(layout.lanes.size(), 3u);
    EXPECT_EQ(layout.lanes[0].caption, QStringLiteral("회의"));
    EXPECT_EQ(layout.lanes[1].caption, QStringLiteral("식사"));
    EXPECT_EQ(layout.lanes[2].caption, QStringLiteral("출발"));
    for (const auto& g : layout.events) {
        EXPECT_TRUE(layout.lanes[g.lane].rect.contains(g.marker)) << g.id;
    }
}

TEST_F(StoryLayout, AnEventWithoutRoomForItsLabelKeepsItsNumberedMarker) {
    const auto data =
        TimelineData::fromEvents(testing::zuckerbergSeoulEvents(), LaneMode::Kind, korean);
    const auto layout = layouter.layOut(
        data,
        seoulFrame(seoulSeconds("2024-02-28T06:00"), seoulSeconds("2024-03-01T00:00"), 700, 330));
    EXPECT_TRUE(layout.clusters.empty());
    ASSERT_EQ(layout.events.size(), 5u);
    const auto unlabelled = std::count_if(layout.events.begin(), layout.events.end(),
                                          [](const EventGlyph& g) { return !g.hasLabel(); });
    EXPECT_GE(unlabelled, 1);
    for (const auto& g : layout.events)
        EXPECT_EQ(layout.hitTest(g.marker).eventId, g.id);
}

TEST_F(StoryLayout, HitTestFindsMarkersLabelsAndNothingElsewhere) {
    const auto data =
        TimelineData::fromEvents(testing::zuckerbergSeoulEvents(), LaneMode::None, korean);
    const auto layout = layouter.layOut(
        data, seoulFrame(seoulSeconds("2024-02-28T06:00"), seoulSeconds("2024-03-01T00:00")));
    for (const auto& g : layout.events) {
        ASSERT_TRUE(g.hasLabel());
        EXPECT_EQ(layout.hitTest(g.marker).eventId, g.id);
        EXPECT_EQ(layout.hitTest(g.label.center()).eventId, g.id);
    }
    EXPECT_EQ(layout.hitTest({3, 3}).kind, TimelineHit::Kind::Nothing);
    EXPECT_EQ(layout.hitTest(layout.axisRect.center()).kind, TimelineHit::Kind::Nothing);
}

struct CrowdCase {
    std::size_t count;
    double spanDays;      ///< Of the generated events.
    double viewFraction;  ///< Of that span, shown in the frame.
    bool lanesByKind;
    bool aggregated;  ///< Expected level of detail of the lanes.

    friend void PrintTo(const CrowdCase& c, std::ostream* out) {
        *out << c.count << " events over " << c.spanDays << " days, " << c.viewFraction * 100
             << "% shown" << (c.lanesByKind ? ", lanes by kind" : "");
    }
};

class CrowdLayout : public ::testing::TestWithParam<CrowdCase> {};

TEST_P(CrowdLayout, CountsAreConservedAndLabelsNeverOverlap) {
    const CrowdCase c = GetParam();
    const std::int64_t begin = seoulSeconds("2024-01-01T00:00");
    const auto span = static_cast<std::int64_t>(c.spanDays * 86400);
    TimelineData data(generatedEntries(c.count, begin, span, c.lanesByKind), 12, "other");
    TimelineLayouter layouter(TimelineStyle::fromTheme(theme(ThemeKind::Light)));
    const double t0 = begin + span * 0.3;
    const double t1 = t0 + span * c.viewFraction;
    const auto layout = layouter.layOut(data, seoulFrame(t0, t1, 1920, 1080));
    EXPECT_EQ(layout.visibleCount, bruteForceVisible(data, t0, t1));
    EXPECT_EQ(drawnCount(layout), layout.visibleCount);
    expectNoOverlappingLabels(layout);
    expectLabelsInsideTheirLanes(layout);
    EXPECT_FALSE(layout.clusters.empty());  // every case has more events than room
    for (const auto& cluster : layout.clusters) {
        if (!c.aggregated) {
            EXPECT_GE(cluster.count, 2);  // an event alone keeps its own marker
        }
    }
    for (const auto& lane : layout.lanes)
        EXPECT_EQ(lane.aggregated, c.aggregated);
    EXPECT_EQ(layout.density.empty(), !c.aggregated);
    // Markers are drawn over cluster pills and win the hit test there; elsewhere a pill is found.
    int clusterHits = 0;
    for (const auto& cluster : layout.clusters) {
        const TimelineHit hit = layout.hitTest(cluster.rect.center());
        EXPECT_NE(hit.kind, TimelineHit::Kind::Nothing);
        if (hit.kind == TimelineHit::Kind::Cluster && hit.count == cluster.count)
            ++clusterHits;
    }
    EXPECT_GT(clusterHits, 0);
    const auto overview = densityOverview(data, t0, t1, 300);
    EXPECT_EQ(std::accumulate(overview.begin(), overview.end(), qint64{0}), layout.visibleCount);
    for (const auto& cluster : layout.clusters) {
        EXPECT_GT(cluster.count, 0);
        EXPECT_LT(cluster.beginTime, cluster.endTime);
    }
}

INSTANTIATE_TEST_SUITE_P(Zooms, CrowdLayout,
                         ::testing::Values(CrowdCase{400, 1, 1.0, false, false},
                                           CrowdCase{6000, 30, 0.05, false, false},
                                           CrowdCase{5000, 365, 0.05, true, false},
                                           CrowdCase{20000, 365, 0.5, false, true},
                                           CrowdCase{100000, 3650, 1.0, true, true}));

TEST(TimelineLayoutEdges, AnEmptyTimelineHasAnAxisAndNothingElse) {
    TimelineLayouter layouter(TimelineStyle::fromTheme(theme(ThemeKind::Dark)));
    const auto layout = layouter.layOut(TimelineData{}, seoulFrame(0, 86400));
    EXPECT_EQ(layout.visibleCount, 0);
    EXPECT_TRUE(layout.events.empty());
    EXPECT_FALSE(layout.axis.ticks.empty());
}

TEST(TimelineLayoutEdges, ASpanReachingIntoTheFrameIsVisible) {
    std::vector<TimelineEntry> entries(1);
    entries[0].beginUtc = 1000;
    entries[0].endUtc = 1000 + 86400;
    entries[0].precision = TimePrecision::Day;
    entries[0].title = "span";
    TimelineData data(std::move(entries), 1, "other");
    TimelineLayouter layouter(TimelineStyle::fromTheme(theme(ThemeKind::Light)));
    EXPECT_EQ(layouter.layOut(data, seoulFrame(40000, 50000)).visibleCount, 1);
    EXPECT_EQ(layouter.layOut(data, seoulFrame(90000, 95000)).visibleCount, 0);
}

TEST(TimelineLayoutCounts, CountsFromADocumentBecomeBarsAndClustersThatAddUp) {
    // A counter standing in for a document: one event per whole minute of the range.
    const BucketCounter perMinute = [](double begin, double end, int buckets,
                                       std::vector<std::int64_t>& counts) {
        counts.assign(static_cast<std::size_t>(buckets), 0);
        const double width = (end - begin) / buckets;
        for (auto minute = static_cast<std::int64_t>(std::ceil(begin / 60.0)) * 60; minute < end;
             minute += 60)
            ++counts[std::min<std::size_t>(counts.size() - 1,
                                           static_cast<std::size_t>((minute - begin) / width))];
    };
    TimelineLayouter layouter(TimelineStyle::fromTheme(theme(ThemeKind::Light)));
    TimelineLayout layout;
    layouter.layOutCounts(perMinute, 3, seoulFrame(0, 86400), layout);
    ASSERT_EQ(layout.lanes.size(), 1u);
    EXPECT_TRUE(layout.lanes.front().aggregated);
    EXPECT_TRUE(layout.events.empty());
    EXPECT_EQ(layout.visibleCount, 1440);
    EXPECT_EQ(layout.unplacedCount, 3);
    const qint64 clustered = std::accumulate(
        layout.clusters.begin(), layout.clusters.end(), qint64{0},
        [](qint64 sum, const ClusterGlyph& cluster) { return sum + cluster.count; });
    const qint64 barred =
        std::accumulate(layout.density.begin(), layout.density.end(), qint64{0},
                        [](qint64 sum, const DensityBar& bar) { return sum + bar.count; });
    EXPECT_EQ(clustered, 1440);
    EXPECT_EQ(barred, 1440);
    EXPECT_FALSE(layout.axis.ticks.empty());
}

TEST(TimelineLayoutCounts, NoEventsLeaveAnEmptyLaneWithAnAxis) {
    const BucketCounter none = [](double, double, int buckets, std::vector<std::int64_t>& counts) {
        counts.assign(static_cast<std::size_t>(buckets), 0);
    };
    TimelineLayouter layouter(TimelineStyle::fromTheme(theme(ThemeKind::Light)));
    TimelineLayout layout;
    layouter.layOutCounts(none, 0, seoulFrame(0, 86400), layout);
    EXPECT_EQ(layout.visibleCount, 0);
    EXPECT_TRUE(layout.clusters.empty());
    EXPECT_TRUE(layout.density.empty());
}

TEST(TimelineDataLanes, LanesBeyondTheLimitMergeIntoOther) {
    std::vector<TimelineEntry> entries;
    for (int i = 0; i < 20; ++i) {
        TimelineEntry e;
        e.id = i + 1;
        e.beginUtc = e.endUtc = 1000 * i;
        e.lane = QStringLiteral("place %1").arg(i);
        entries.push_back(e);
    }
    TimelineData data(std::move(entries), 5, "others");
    ASSERT_EQ(data.lanes().size(), 5u);
    EXPECT_EQ(data.lanes()[0].caption, QStringLiteral("place 0"));
    EXPECT_EQ(data.lanes()[4].caption, QStringLiteral("others"));
    EXPECT_EQ(data.lanes()[4].end - data.lanes()[4].first, 16u);
}

}  // namespace
}  // namespace yeonpyo::render
