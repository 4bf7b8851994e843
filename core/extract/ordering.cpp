// Total order of events: a topological sort of `after` links, picking the earliest day and part of
// day first.
#include "core/extract/ordering.h"

#include <queue>
#include <string>
#include <tuple>
#include <unordered_map>

#include "core/model/order_day.h"

namespace yeonpyo::extract {
namespace {

using Key = std::tuple<std::string, int, std::size_t>;

/// The day an event is on (orderDay), its part of day, and its place in the input.
Key keyOf(const Event& event, std::size_t index) {
    return {orderDay(event.time.start), partOfDayRank(event.time.timeOfDay), index};
}

/// A link "later follows earlier" is kept when it does not contradict their days and parts of day.
bool agreesWithCalendar(const Key& earlier, const Key& later) {
    if (std::get<0>(earlier) != std::get<0>(later))
        return std::get<0>(earlier) < std::get<0>(later);
    const int a = std::get<1>(earlier);
    const int b = std::get<1>(later);
    return a == 0 || b == 0 || a <= b;
}

}  // namespace

int partOfDayRank(const std::string& timeOfDay) {
    if (timeOfDay == "morning")
        return 1;
    if (timeOfDay == "noon")
        return 2;
    if (timeOfDay == "afternoon")
        return 3;
    if (timeOfDay == "evening")
        return 4;
    if (timeOfDay == "night")
        return 5;
    return 0;
}

void assignSequence(std::vector<Event>& events) {
    std::unordered_map<std::int64_t, std::size_t> byId;
    std::vector<Key> keys;
    for (std::size_t i = 0; i < events.size(); ++i) {
        byId[events[i].id] = i;
        keys.push_back(keyOf(events[i], i));
    }
    std::vector<std::vector<std::size_t>> followers(events.size());
    std::vector<int> waiting(events.size(), 0);
    for (std::size_t i = 0; i < events.size(); ++i) {
        for (const auto id : events[i].after) {
            const auto found = byId.find(id);
            if (found == byId.end() || found->second == i)
                continue;
            if (!agreesWithCalendar(keys[found->second], keys[i]))
                continue;
            followers[found->second].push_back(i);
            ++waiting[i];
        }
    }
    std::priority_queue<std::pair<Key, std::size_t>, std::vector<std::pair<Key, std::size_t>>,
                        std::greater<>>
        ready;
    for (std::size_t i = 0; i < events.size(); ++i) {
        if (waiting[i] == 0)
            ready.push({keys[i], i});
    }
    int sequence = 0;
    std::vector<bool> placed(events.size(), false);
    while (!ready.empty()) {
        const auto [key, index] = ready.top();
        ready.pop();
        events[index].sequence = ++sequence;
        placed[index] = true;
        for (const auto follower : followers[index]) {
            if (--waiting[follower] == 0)
                ready.push({keys[follower], follower});
        }
    }
    for (std::size_t i = 0; i < events.size(); ++i) {
        if (!placed[i])
            events[i].sequence = ++sequence;  // left in a cycle of links
    }
}

}  // namespace yeonpyo::extract
