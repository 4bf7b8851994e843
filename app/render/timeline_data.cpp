// Builds TimelineData: lane assignment, sorting and the per-lane ranges the layout searches.
#include "app/render/timeline_data.h"

#include <QDateTime>
#include <QTimeZone>

#include <algorithm>
#include <cctype>
#include <map>
#include <numeric>
#include <tuple>

#include "app/render/labels.h"

namespace yeonpyo::render {
namespace {

struct LaneStats {
    int rank = 0;
    std::int64_t firstBegin = 0;
    int index = 0;
};

bool isLong(const TimelineEntry& e) {
    return e.endUtc - e.beginUtc > TimelineData::kShortSpanSeconds;
}

/// Lane index per caption: sorted by rank then first time; the tail merged into the last lane.
std::map<QString, int> assignLanes(const std::vector<TimelineEntry>& entries, int maxLanes,
                                   std::vector<QString>& captions, const QString& otherCaption) {
    std::map<QString, LaneStats> stats;
    for (const auto& e : entries) {
        auto [it, inserted] = stats.try_emplace(e.lane, LaneStats{e.laneRank, e.beginUtc, 0});
        if (!inserted)
            it->second.firstBegin = std::min(it->second.firstBegin, e.beginUtc);
    }
    std::vector<std::pair<QString, LaneStats>> order(stats.begin(), stats.end());
    std::stable_sort(order.begin(), order.end(), [](const auto& a, const auto& b) {
        if (a.second.rank != b.second.rank)
            return a.second.rank < b.second.rank;
        return a.second.firstBegin < b.second.firstBegin;
    });
    const int limit = std::max(1, maxLanes);
    std::map<QString, int> laneOf;
    for (int i = 0; i < static_cast<int>(order.size()); ++i) {
        const int lane = std::min(i, limit - 1);
        laneOf[order[i].first] = lane;
        if (lane == static_cast<int>(captions.size()))
            captions.push_back(order[i].first);
    }
    if (static_cast<int>(order.size()) > limit)
        captions.back() = otherCaption;
    return laneOf;
}

std::int64_t secondsOf(const std::string& iso) {
    QDateTime when = QDateTime::fromString(QString::fromStdString(iso), Qt::ISODate);
    if (!when.isValid()) {
        const QDate date = QDate::fromString(QString::fromStdString(iso).left(10), Qt::ISODate);
        if (!date.isValid())
            return -1;
        when = date.startOfDay(QTimeZone::utc());
    }
    return when.toSecsSinceEpoch();
}

}  // namespace

TimelineData::TimelineData(std::vector<TimelineEntry> entries, int maxLanes,
                           const QString& otherCaption, int unplaced)
    : unplaced_(unplaced) {
    std::vector<QString> captions;
    const auto laneOf = assignLanes(entries, maxLanes, captions, otherCaption);

    std::vector<std::uint32_t> order(entries.size());
    std::iota(order.begin(), order.end(), 0u);
    std::vector<std::uint16_t> laneIndex(entries.size());
    for (std::size_t i = 0; i < entries.size(); ++i) {
        laneIndex[i] = static_cast<std::uint16_t>(laneOf.at(entries[i].lane));
    }
    std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
        const auto& x = entries[a];
        const auto& y = entries[b];
        return std::tuple(laneIndex[a], isLong(x), x.beginUtc, x.sequence, x.id) <
               std::tuple(laneIndex[b], isLong(y), y.beginUtc, y.sequence, y.id);
    });

    items_.reserve(entries.size());
    begins_.reserve(entries.size());
    texts_.reserve(entries.size());
    lanes_.resize(captions.size());
    for (std::size_t lane = 0; lane < captions.size(); ++lane)
        lanes_[lane].caption = captions[lane];
    for (std::uint32_t source : order) {
        auto& e = entries[source];
        const auto row = static_cast<std::uint32_t>(items_.size());
        Lane& lane = lanes_[laneIndex[source]];
        if (lane.end == 0)
            lane.first = lane.longFirst = row;
        if (!isLong(e)) {
            lane.longFirst = row + 1;
            lane.maxShortSpan = std::max(lane.maxShortSpan, e.endUtc - e.beginUtc);
        }
        lane.end = row + 1;
        items_.push_back({e.beginUtc, std::max(e.endUtc, e.beginUtc), e.id, e.sequence,
                          laneIndex[source], e.kind, e.precision, e.planned});
        begins_.push_back(e.beginUtc);
        texts_.push_back({std::move(e.title), std::move(e.place), std::move(e.timeOfDay)});
    }
}

TimelineData TimelineData::fromEvents(const std::vector<Event>& events, LaneMode mode,
                                      const QLocale& locale, int maxLanes) {
    std::vector<TimelineEntry> entries;
    entries.reserve(events.size());
    int unplaced = 0;
    const QString other = otherLaneName(locale);
    for (const Event& event : events) {
        if (!event.time.beginUtc) {
            ++unplaced;
            continue;
        }
        TimelineEntry e;
        e.id = event.id;
        e.beginUtc = *event.time.beginUtc;
        e.endUtc = std::max(e.beginUtc, event.time.endUtc.value_or(e.beginUtc));
        e.sequence = event.sequence;
        e.kind = event.kind;
        e.planned = event.status == EventStatus::Planned;
        e.precision = precisionOf(event.time.start, event.time.timeOfDay);
        e.title = QString::fromStdString(event.title);
        e.place = QString::fromStdString(event.place.name);
        e.timeOfDay = QString::fromStdString(event.time.timeOfDay);
        switch (mode) {
            case LaneMode::None:
                break;
            case LaneMode::Kind:
                e.lane = kindName(event.kind, locale);
                e.laneRank = static_cast<int>(event.kind);
                break;
            case LaneMode::Place:
                e.lane = e.place;
                break;
            case LaneMode::Participant:
                if (!event.participants.empty()) {
                    e.lane = QString::fromStdString(event.participants.front().name);
                }
                break;
            case LaneMode::Article:
                if (!event.quotes.empty())
                    e.lane = QString::number(event.quotes.front().articleId);
                break;
        }
        if (mode != LaneMode::None && mode != LaneMode::Kind && e.lane.isEmpty()) {
            e.lane = other;
            e.laneRank = 1;  // events without the lane key go last
        }
        entries.push_back(std::move(e));
    }
    return TimelineData(std::move(entries), maxLanes, other, unplaced);
}

TimelineData TimelineData::fromArticles(const std::vector<Article>& articles,
                                        const QLocale& locale) {
    std::vector<TimelineEntry> entries;
    int unplaced = 0;
    for (const Article& article : articles) {
        const std::int64_t when = article.published.empty() ? -1 : secondsOf(article.published);
        if (when < 0) {
            ++unplaced;
            continue;
        }
        TimelineEntry e;
        e.id = article.id;
        e.beginUtc = e.endUtc = when;
        e.precision = article.published.size() > 10 ? TimePrecision::Exact : TimePrecision::Day;
        if (e.precision == TimePrecision::Day)
            e.endUtc = when + 86400;
        e.title = QString::fromStdString(article.title);
        e.place = QString::fromStdString(article.source);
        entries.push_back(std::move(e));
    }
    return TimelineData(std::move(entries), 1, otherLaneName(locale), unplaced);
}

std::optional<std::pair<std::int64_t, std::int64_t>> TimelineData::extent() const {
    if (items_.empty())
        return std::nullopt;
    std::int64_t first = items_.front().begin;
    std::int64_t last = items_.front().end;
    for (const auto& item : items_) {
        first = std::min(first, item.begin);
        last = std::max(last, item.end);
    }
    return std::pair{first, last};
}

std::optional<std::uint32_t> TimelineData::rowOf(std::int64_t id) const {
    for (std::uint32_t row = 0; row < items_.size(); ++row) {
        if (items_[row].id == id)
            return row;
    }
    return std::nullopt;
}

TimePrecision precisionOf(const std::string& timex, const std::string& timeOfDay) {
    const auto t = timex.find('T');
    if (t != std::string::npos && t + 1 < timex.size() &&
        std::isdigit(static_cast<unsigned char>(timex[t + 1]))) {
        return TimePrecision::Exact;
    }
    if (t != std::string::npos || !timeOfDay.empty())
        return TimePrecision::PartOfDay;
    if (timex.size() == 4)
        return TimePrecision::Year;
    if (timex.size() == 7)
        return TimePrecision::Month;  // "2024-02" and "2024-Q1"
    return TimePrecision::Day;
}

}  // namespace yeonpyo::render
