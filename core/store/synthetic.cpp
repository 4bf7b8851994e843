// Generates synthetic events from a counter-based random stream (SplitMix64), so any event can
// be made on its own and a document of a million events needs only one batch in memory.
#include "core/store/synthetic.h"

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdio>
#include <string>
#include <string_view>

#include "core/model/order_day.h"

namespace yeonpyo::store {
namespace {

constexpr std::int64_t kHour = 3600;
constexpr std::int64_t kDay = 86400;
constexpr std::int64_t kSeoulOffset =
    9 * kHour;  // Asia/Seoul has had no daylight saving since 1988.
constexpr std::int64_t kBatchSize = 10000;
constexpr std::size_t kSentenceLength = 64;
constexpr std::size_t kSentenceCount = 200;

// One topic word per EventKind, in the enum's order.
constexpr std::array<std::string_view, 8> kTopics{"회의", "오찬", "방문", "연설",
                                                  "출국", "도착", "발표", "기타"};
constexpr std::array<std::string_view, 6> kNames{"김서연",      "Lee Min-jun", "박지호",
                                                 "Choi Ha-eun", "정우진",      "Kang Ji-woo"};
constexpr std::array<std::string_view, 4> kOrgs{"연표전자", "Yeonpyo Labs", "한빛재단",
                                                "Seoul Institute"};

/// SplitMix64: a well-mixed 64-bit value for each (seed, index, stream) triple.
std::uint64_t mix(std::uint64_t value) {
    value += 0x9e3779b97f4a7c15ULL;
    value = (value ^ (value >> 30)) * 0xbf58476d1ce4e5b9ULL;
    value = (value ^ (value >> 27)) * 0x94d049bb133111ebULL;
    return value ^ (value >> 31);
}

std::uint64_t randomFor(const SyntheticSpec& spec, std::int64_t index, std::uint64_t stream) {
    return mix(spec.seed ^ mix(static_cast<std::uint64_t>(index) * 8 + stream));
}

/// A UTC instant as local Seoul time: "2024-02-28" (date only) or "2024-02-28T12:00".
std::string seoulTime(std::int64_t utc, bool withClock) {
    using namespace std::chrono;
    const std::int64_t local = utc + kSeoulOffset;
    const sys_days day{days{local / kDay - (local % kDay < 0 ? 1 : 0)}};
    const year_month_day date{day};
    const std::int64_t secondOfDay = local - day.time_since_epoch().count() * kDay;
    char text[32];
    if (withClock) {
        std::snprintf(text, sizeof text, "%04d-%02u-%02uT%02d:%02d", int{date.year()},
                      unsigned{date.month()}, unsigned{date.day()}, int(secondOfDay / kHour),
                      int(secondOfDay % kHour / 60));
    } else {
        std::snprintf(text, sizeof text, "%04d-%02u-%02u", int{date.year()}, unsigned{date.month()},
                      unsigned{date.day()});
    }
    return text;
}

std::string sentence(std::size_t number) {
    std::string text = "Synthetic sentence " + std::to_string(number) + " reports one event.";
    text.resize(kSentenceLength, ' ');
    return text;
}

}  // namespace

Article syntheticArticle() {
    Article article;
    article.title = "Synthetic timeline source";
    article.source = "Yeonpyo synthetic generator";
    article.published = "2024-01-01";
    article.lang = "en";
    for (std::size_t number = 0; number < kSentenceCount; ++number)
        article.text += sentence(number);
    return article;
}

Event syntheticEvent(const SyntheticSpec& spec, std::int64_t index, std::int64_t articleId) {
    Event event;
    event.id = index + 1;
    event.sequence = static_cast<int>(index + 1);
    const std::uint64_t random = randomFor(spec, index, 0);
    const std::size_t topic = random % kTopics.size();
    event.kind = static_cast<EventKind>(topic);
    event.status = random % 7 == 0 ? EventStatus::Planned : EventStatus::Happened;
    event.title =
        std::string(kTopics[topic]) + " " + std::to_string(index + 1) + " synthetic event";

    const auto jitter = static_cast<std::int64_t>(
        randomFor(spec, index, 1) % static_cast<std::uint64_t>(spec.meanGapSeconds / 2 + 1));
    const std::int64_t begin = spec.firstBeginUtc + index * spec.meanGapSeconds + jitter;
    const bool monthLong = index % 100 == 99;
    const bool dayLong = !monthLong && index % 10 == 9;
    event.time.timeZone = "Asia/Seoul";
    event.time.start = seoulTime(begin, !dayLong && !monthLong);
    event.time.beginUtc = begin;
    event.time.endUtc = begin + (monthLong ? 30 * kDay : dayLong ? kDay : kHour);
    if (monthLong)
        event.time.end = seoulTime(*event.time.endUtc, false);
    event.time.derivation = "synthetic";

    const std::uint64_t placeRandom = randomFor(spec, index, 2);
    event.place.name = "장소 " + std::to_string(placeRandom % 50);
    event.place.address = "대한민국";
    event.place.lat = 33.5 + static_cast<double>(placeRandom % 5000) / 1000.0;
    event.place.lon = 126.0 + static_cast<double>(placeRandom / 5000 % 3500) / 1000.0;
    event.place.precision = PlacePrecision::Venue;

    const std::uint64_t people = randomFor(spec, index, 3);
    for (std::uint64_t k = 0; k < people % 3; ++k) {
        const std::uint64_t pick = (people >> (8 * (k + 1)));
        event.participants.push_back({std::string(kNames[pick % kNames.size()]), "대표",
                                      std::string(kOrgs[pick % kOrgs.size()])});
    }
    const std::size_t number = static_cast<std::size_t>(index) % kSentenceCount;
    const int start = static_cast<int>(number * kSentenceLength);
    const std::string text = sentence(number);
    event.quotes.push_back({articleId, start, start + static_cast<int>(text.size()), text, {}});
    if (index % kBatchSize != 0)
        event.after.push_back(index);
    return event;
}

Status writeSyntheticTimeline(Document& document, const SyntheticSpec& spec) {
    return document.transaction([&]() -> Status {
        auto article = document.addArticle(syntheticArticle());
        if (!article)
            return article.error();
        std::vector<Event> batch;
        std::string lastDay;
        int rankInDay = 0;
        batch.reserve(static_cast<std::size_t>(kBatchSize));
        for (std::int64_t first = 0; first < spec.eventCount; first += kBatchSize) {
            batch.clear();
            const std::int64_t last = std::min(spec.eventCount, first + kBatchSize);
            for (std::int64_t index = first; index < last; ++index) {
                batch.push_back(syntheticEvent(spec, index, article->id));
                // Stored as its rank in its day (the renumbering below then writes nothing).
                std::string day = orderDay(batch.back().time.start);
                rankInDay = day == lastDay ? rankInDay + 1 : 1;
                lastDay = std::move(day);
                batch.back().sequence = rankInDay;
            }
            if (auto added = document.addEvents(batch); !added)
                return added.error();
        }
        // Events were added in their order (by time, each after the one before): each day keeps
        // the order it was given.
        return document.renumberChangedDays([](std::vector<Event>& dayEvents) {
            int rank = 0;
            for (Event& event : dayEvents)
                event.sequence = ++rank;
        });
    });
}

}  // namespace yeonpyo::store
