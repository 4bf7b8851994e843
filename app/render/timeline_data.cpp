// Builds TimelineData: lane assignment, sorting and the per-lane ranges the layout searches.
#include "app/render/timeline_data.h"

#include <QDateTime>
#include <QHash>
#include <QTimeZone>

#include <algorithm>
#include <cctype>
#include <map>
#include <tuple>

#include "app/render/labels.h"
#include "app/render/stand_in_calendar_p.h"

namespace yeonpyo::render {
namespace {

struct LaneStats {
    int rank = 0;
    std::int64_t firstBegin = 0;
};

bool isLong(const TimelineEntry& e) {
    return e.endUtc - e.beginUtc > TimelineData::kShortSpanSeconds;
}

/// Calls visit(entry index, stats of its lane) for every entry; rows of one lane tend to come
/// together, so the previous lane is checked before hashing.
template <typename Table, typename Visit>
void forEachLane(const std::vector<TimelineEntry>& entries, Table& table, Visit visit) {
    const QString* previousName = nullptr;
    typename Table::iterator previous;
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const QString& name = entries[i].lane;
        if (!previousName || *previousName != name) {
            previous = table.find(name);
            previousName = &name;
        }
        visit(i, previous);
    }
}

/// Lane index per caption: sorted by rank then first time; the tail merged into the last lane.
QHash<QString, int> assignLanes(const std::vector<TimelineEntry>& entries, int maxLanes,
                                std::vector<QString>& captions, const QString& otherCaption) {
    QHash<QString, LaneStats> stats;
    const QString* previousName = nullptr;
    LaneStats* current = nullptr;
    for (const auto& e : entries) {
        if (!previousName || *previousName != e.lane) {
            auto it = stats.find(e.lane);
            if (it == stats.end())
                it = stats.insert(e.lane, LaneStats{e.laneRank, e.beginUtc});
            current = &*it;
            previousName = &e.lane;
        }
        current->firstBegin = std::min(current->firstBegin, e.beginUtc);
    }
    std::vector<std::pair<QString, LaneStats>> order;
    for (auto it = stats.cbegin(); it != stats.cend(); ++it)
        order.emplace_back(it.key(), it.value());
    std::sort(order.begin(), order.end(), [](const auto& a, const auto& b) {
        return std::tie(a.second.rank, a.second.firstBegin, a.first) <
               std::tie(b.second.rank, b.second.firstBegin, b.first);
    });
    const int limit = std::max(1, maxLanes);
    QHash<QString, int> laneOf;
    for (int i = 0; i < static_cast<int>(order.size()); ++i) {
        const int lane = std::min(i, limit - 1);
        laneOf.insert(order[i].first, lane);
        if (lane == static_cast<int>(captions.size()))
            captions.push_back(order[i].first);
    }
    if (static_cast<int>(order.size()) > limit)
        captions.back() = otherCaption;
    return laneOf;
}

/// The order rows are stored in, compared field by field in one contiguous array.
struct SortKey {
    std::uint32_t laneAndLength;  ///< lane * 2 + (long ? 1 : 0)
    std::int64_t begin;
    int sequence;
    std::int64_t id;
    std::uint32_t source;

    bool operator<(const SortKey& o) const {
        return std::tie(laneAndLength, begin, sequence, id) <
               std::tie(o.laneAndLength, o.begin, o.sequence, o.id);
    }
};

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
    const QHash<QString, int> laneOf = assignLanes(entries, maxLanes, captions, otherCaption);

    std::vector<SortKey> order(entries.size());
    auto lanes = laneOf;  // forEachLane needs mutable iterators
    forEachLane(entries, lanes, [&](std::size_t i, QHash<QString, int>::iterator lane) {
        const TimelineEntry& e = entries[i];
        order[i] = {static_cast<std::uint32_t>(*lane) * 2u + (isLong(e) ? 1u : 0u), e.beginUtc,
                    e.sequence, e.id, static_cast<std::uint32_t>(i)};
    });
    std::sort(order.begin(), order.end());

    items_.reserve(entries.size());
    begins_.reserve(entries.size());
    texts_.reserve(entries.size());
    lanes_.resize(captions.size());
    for (std::size_t lane = 0; lane < captions.size(); ++lane)
        lanes_[lane].caption = captions[lane];
    QHash<QString, std::uint16_t> zoneIndex;
    auto zoneOf = [&](const QString& id) -> std::uint16_t {
        if (id.isEmpty())
            return 0;
        const auto it = zoneIndex.constFind(id);
        if (it != zoneIndex.constEnd())
            return *it;
        const QTimeZone zone(id.toUtf8());
        const auto index =
            static_cast<std::uint16_t>(zone.isValid() && zones_.size() < 65535 ? zones_.size() : 0);
        if (index != 0)
            zones_.push_back(zone);
        zoneIndex.insert(id, index);
        return index;
    };
    for (const SortKey& key : order) {
        auto& e = entries[key.source];
        const auto laneIndex = static_cast<std::uint16_t>(key.laneAndLength / 2);
        const auto row = static_cast<std::uint32_t>(items_.size());
        Lane& lane = lanes_[laneIndex];
        if (lane.end == 0)
            lane.first = lane.longFirst = row;
        if (!isLong(e)) {
            lane.longFirst = row + 1;
            lane.maxShortSpan = std::max(lane.maxShortSpan, e.endUtc - e.beginUtc);
        }
        lane.end = row + 1;
        items_.push_back({e.beginUtc, std::max(e.endUtc, e.beginUtc), e.id, e.sequence, laneIndex,
                          e.kind, e.precision, e.planned, e.disputed});
        begins_.push_back(e.beginUtc);
        texts_.push_back(
            {std::move(e.title), std::move(e.place), std::move(e.timeOfDay), zoneOf(e.timeZone)});
    }
}

namespace {

/// How many events each person takes part in.
std::map<std::string, int> countAppearances(const std::vector<Event>& events) {
    std::map<std::string, int> count;
    for (const Event& event : events) {
        for (const Participant& person : event.participants) ++count[person.name];
    }
    return count;
}

/// The lane of an event by participant: its least frequent person, so that a story's subject,
/// who is at every event, does not take every event into one lane; the first one on a tie.
QString counterpartOf(const Event& event, const std::map<std::string, int>& appearances) {
    const Participant* chosen = nullptr;
    for (const Participant& person : event.participants) {
        if (chosen == nullptr || appearances.at(person.name) < appearances.at(chosen->name)) chosen = &person;
    }
    return chosen == nullptr ? QString() : QString::fromStdString(chosen->name);
}

}  // namespace

TimelineData TimelineData::fromEvents(const std::vector<Event>& events, LaneMode mode,
                                      const QLocale& locale, int maxLanes) {
    std::vector<TimelineEntry> entries;
    entries.reserve(events.size());
    int unplaced = 0;
    const QString other = otherLaneName(locale);
    const auto appearances = mode == LaneMode::Participant ? countAppearances(events) : std::map<std::string, int>{};
    const std::optional<KnownCalendar> partial = detail::partialCalendarOf(events);
    int standing = 0;  // events placed on the stand-in calendar
    for (const Event& event : events) {
        std::optional<std::pair<std::int64_t, std::int64_t>> when;
        std::string value = event.time.start;
        if (event.time.beginUtc) {
            when = {*event.time.beginUtc, event.time.endUtc.value_or(*event.time.beginUtc)};
        } else if (partial) {
            when = detail::standInInterval(event.time, *partial);
            value = detail::standInValue(value, *partial).value_or(value);
            standing += when ? 1 : 0;
        }
        if (!when) {
            ++unplaced;
            continue;
        }
        TimelineEntry e;
        e.id = event.id;
        e.beginUtc = when->first;
        e.endUtc = std::max(e.beginUtc, when->second);
        e.sequence = event.sequence;
        e.kind = event.kind;
        e.planned = event.status == EventStatus::Planned;
        e.disputed = !event.conflicts.empty();
        e.precision = precisionOf(value, event.time.timeOfDay);
        e.title = QString::fromStdString(event.title);
        e.place = QString::fromStdString(event.place.name);
        e.timeOfDay = QString::fromStdString(event.time.timeOfDay);
        e.timeZone = QString::fromStdString(event.time.timeZone);
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
                e.lane = counterpartOf(event, appearances);
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
    TimelineData data(std::move(entries), maxLanes, other, unplaced);
    data.known_ = standing > 0 ? *partial : KnownCalendar::Full;
    return data;
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
