// The first story's facts as Event values, and deterministic generated rows for scale tests.
#include "tests/render/sample_story.h"

#include <QDateTime>

#include <random>

namespace yeonpyo::render::testing {
namespace {

Event makeEvent(std::int64_t id, EventKind kind, EventStatus status, const char* title,
                const char* start, const char* timeOfDay, const char* from, const char* to) {
    Event e;
    e.id = id;
    e.sequence = static_cast<int>(id);
    e.kind = kind;
    e.status = status;
    e.title = title;
    e.time.start = start;
    e.time.timeOfDay = timeOfDay;
    e.time.timeZone = "Asia/Seoul";
    e.time.beginUtc = seoulSeconds(from);
    e.time.endUtc = seoulSeconds(to);
    e.quotes.push_back({1, 0, 10, "", ""});
    return e;
}

Place place(const char* name, std::optional<double> lat, std::optional<double> lon) {
    Place p;
    p.name = name;
    p.lat = lat;
    p.lon = lon;
    p.precision = lat ? PlacePrecision::Venue : PlacePrecision::Unknown;
    return p;
}

}  // namespace

std::int64_t seoulSeconds(const char* localIsoDateTime) {
    const QDateTime local =
        QDateTime::fromString(QString::fromLatin1(localIsoDateTime), Qt::ISODate);
    return QDateTime(local.date(), local.time(), QTimeZone("Asia/Seoul")).toSecsSinceEpoch();
}

std::vector<Event> zuckerbergSeoulEvents() {
    using enum EventKind;
    std::vector<Event> events{
        makeEvent(1, Meeting, EventStatus::Happened, "XR 스타트업 간담회", "2024-02-28", "morning",
                  "2024-02-28T08:00", "2024-02-28T11:30"),
        makeEvent(2, Meal, EventStatus::Happened, "LG 경영진과 오찬", "2024-02-28", "noon",
                  "2024-02-28T11:30", "2024-02-28T13:30"),
        makeEvent(3, Meal, EventStatus::Happened, "이재용 회장과 만찬", "2024-02-28", "evening",
                  "2024-02-28T18:00", "2024-02-28T22:00"),
        makeEvent(4, Meeting, EventStatus::Planned, "윤석열 대통령 예방", "2024-02-29", "",
                  "2024-02-29T00:00", "2024-03-01T00:00"),
        makeEvent(5, Departure, EventStatus::Planned, "인도로 출국", "2024-02-29", "",
                  "2024-02-29T00:00", "2024-03-01T00:00"),
    };
    events[0].place = place("메타코리아", 37.50, 127.03);
    events[1].place = place("LG트윈타워", 37.528, 126.934);
    events[1].participants = {{"조주완", "CEO", "LG전자"}, {"권봉석", "COO", "LG"}};
    events[2].place = place("승지원", 37.538, 126.998);
    events[2].participants = {{"이재용", "회장", "삼성전자"}};
    events[3].place = place("대통령실", std::nullopt, std::nullopt);
    events[3].participants = {{"윤석열", "대통령", ""}};
    return events;
}

std::vector<Article> zuckerbergSeoulArticles() {
    Article article;
    article.id = 1;
    article.title = "저커버그, 10년 만에 방한";
    article.source = "테스트 일보";
    article.published = "2024-02-28T17:32+09:00";
    article.lang = "ko";
    return {article};
}

std::vector<TimelineEntry> generatedEntries(std::size_t count, std::int64_t begin,
                                            std::int64_t span, bool lanesByKind, unsigned seed) {
    std::mt19937_64 random(seed);
    std::uniform_int_distribution<std::int64_t> when(begin, begin + span - 1);
    std::vector<TimelineEntry> entries(count);
    for (std::size_t i = 0; i < count; ++i) {
        TimelineEntry& e = entries[i];
        e.id = static_cast<std::int64_t>(i) + 1;
        e.sequence = static_cast<int>(i) + 1;
        e.kind = static_cast<EventKind>(random() % 8);
        e.beginUtc = when(random);
        const bool dayOnly = random() % 5 == 0;
        e.precision = dayOnly ? TimePrecision::Day : TimePrecision::Exact;
        e.endUtc = dayOnly ? e.beginUtc + 86400 : e.beginUtc;
        e.planned = random() % 7 == 0;
        e.title = QStringLiteral("사건 %1").arg(i + 1);
        if (lanesByKind) {
            e.lane = QString::fromUtf8(toString(e.kind).data());
            e.laneRank = static_cast<int>(e.kind);
        }
    }
    return entries;
}

std::vector<Event> generatedEvents(std::size_t count, std::int64_t begin, std::int64_t span,
                                   unsigned seed) {
    std::mt19937_64 random(seed + 1);
    std::uniform_real_distribution<double> lat(37.40, 37.70);
    std::uniform_real_distribution<double> lon(126.80, 127.20);
    std::vector<Event> events;
    events.reserve(count);
    for (const TimelineEntry& entry : generatedEntries(count, begin, span, false, seed)) {
        Event e;
        e.id = entry.id;
        e.sequence = entry.sequence;
        e.kind = entry.kind;
        e.status = entry.planned ? EventStatus::Planned : EventStatus::Happened;
        e.title = entry.title.toStdString();
        e.time.start = entry.precision == TimePrecision::Day ? "2024-01-01" : "2024-01-01T12:00";
        e.time.timeZone = "Asia/Seoul";
        e.time.beginUtc = entry.beginUtc;
        e.time.endUtc = entry.endUtc;
        e.place.name = "장소 " + std::to_string(e.id % 50);
        e.place.lat = lat(random);
        e.place.lon = lon(random);
        events.push_back(std::move(e));
    }
    return events;
}

}  // namespace yeonpyo::render::testing
