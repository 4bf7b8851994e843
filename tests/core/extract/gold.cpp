// Gold file loading and the field-by-field comparison used by the golden and evaluation tests.
#include "gold.h"

#include <algorithm>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "core/geo/distance.h"

namespace yeonpyo::testing {
namespace {

using nlohmann::json;

constexpr double kPlaceToleranceMetres = 2000.0;

std::string stringOr(const json& object, const char* key) {
    const auto found = object.find(key);
    return found == object.end() || found->is_null() ? std::string() : found->get<std::string>();
}

GoldEvent readEvent(const json& object) {
    GoldEvent event;
    event.id = object.value("id", 0);
    event.sequence = object.value("sequence", 0);
    event.kind = stringOr(object, "kind");
    event.start = stringOr(object, "start");
    event.timeOfDay = stringOr(object, "time_of_day");
    event.status = stringOr(object, "status");
    if (object.contains("place") && !object["place"].is_null()) {
        const auto& place = object["place"];
        GoldPlace gold{stringOr(place, "name"), {}, {}, stringOr(place, "precision")};
        if (place.contains("lat") && place["lat"].is_number())
            gold.lat = place["lat"].get<double>();
        if (place.contains("lon") && place["lon"].is_number())
            gold.lon = place["lon"].get<double>();
        event.place = gold;
    }
    for (const auto& person : object.value("participants", json::array())) {
        event.participants.push_back(
            {stringOr(person, "name"), stringOr(person, "title"), stringOr(person, "org")});
    }
    for (const auto& quote : object.value("quotes", json::array())) {
        GoldQuote gold{stringOr(quote, "text"), {}, {}, stringOr(quote, "sha")};
        if (quote.contains("start") && quote["start"].is_number_integer())
            gold.start = quote["start"].get<int>();
        if (quote.contains("end") && quote["end"].is_number_integer())
            gold.end = quote["end"].get<int>();
        event.quotes.push_back(gold);
    }
    for (const auto& id : object.value("after", json::array()))
        event.after.push_back(id.get<int>());
    return event;
}

std::string day(const std::string& value) {
    return value.substr(0, 10);
}

bool placesAgree(const GoldEvent& gold, const Event& event) {
    if (!gold.place)
        return !event.place.hasCoordinates() && event.place.name.empty();
    // A venue named as the gold names it is right even where its coordinates are only those of
    // the known place around it (a venue outside the gazetteer, placed at its city).
    if (!gold.place->lat || !event.place.hasCoordinates() || gold.place->name == event.place.name)
        return gold.place->name == event.place.name;
    return geo::haversineMetres({*gold.place->lat, *gold.place->lon},
                                {*event.place.lat, *event.place.lon}) <= kPlaceToleranceMetres;
}

std::vector<std::string> names(const std::vector<Participant>& participants) {
    std::vector<std::string> result;
    for (const auto& participant : participants)
        result.push_back(participant.name);
    std::sort(result.begin(), result.end());
    return result;
}

std::string joined(const std::vector<std::string>& parts) {
    std::string result;
    for (const auto& part : parts)
        result += (result.empty() ? "" : ", ") + part;
    return result;
}

std::pair<int, int> goldSpan(const GoldQuote& quote, const std::string& text) {
    if (quote.start && quote.end)
        return {*quote.start, *quote.end};
    return findCodePoints(text, quote.text).value_or(std::pair{-1, -1});
}

bool quotesCovered(const GoldEvent& gold, const Event& event, const std::string& text) {
    return std::all_of(gold.quotes.begin(), gold.quotes.end(), [&](const GoldQuote& quote) {
        const auto [start, end] = goldSpan(quote, text);
        return std::any_of(event.quotes.begin(), event.quotes.end(), [&](const Quote& found) {
            return found.start < end && start < found.end;
        });
    });
}

/// How strongly an extracted event is the gold one: 0 when it cannot be (another day).
int affinity(const GoldEvent& gold, const Event& event, const std::string& text) {
    if (day(gold.start) != day(event.time.start))
        return 0;
    int score = 0;
    if (gold.kind == toString(event.kind))
        score += 1;
    if (gold.place && placesAgree(gold, event))
        score += 2;
    for (const auto& name : names(gold.participants)) {
        const auto found = names(event.participants);
        if (std::find(found.begin(), found.end(), name) != found.end())
            score += 1;
    }
    if (!gold.quotes.empty() && quotesCovered(gold, event, text))
        score += 3;
    return score >= 3 ? score : 0;
}

void check(Comparison& result, const std::string& field, bool right, const GoldEvent& gold,
           const std::string& expected, const std::string& found) {
    result.checks.push_back({field, right, right ? "" : "gold " + expected + " / found " + found});
    if (!right) {
        result.problems.push_back("event " + std::to_string(gold.id) + " (" + gold.kind + " " +
                                  gold.start + "): " + field + " differs: gold " + expected +
                                  " / found " + found);
    }
}

std::string placeText(const Event& event) {
    if (event.place.name.empty())
        return "none";
    std::ostringstream out;
    out << event.place.name;
    if (event.place.hasCoordinates())
        out << " (" << *event.place.lat << ", " << *event.place.lon << ")";
    return out.str();
}

void checkOrder(Comparison& result, const GoldFile& gold, const std::vector<Event>& extracted) {
    for (const auto& [g, e] : result.pairs) {
        const auto& goldEvent = gold.events[static_cast<std::size_t>(g)];
        const auto& event = extracted[static_cast<std::size_t>(e)];
        bool right = true;
        for (const auto& [otherGold, otherFound] : result.pairs) {
            const auto& otherEvent = extracted[static_cast<std::size_t>(otherFound)];
            const bool goldBefore =
                gold.events[static_cast<std::size_t>(otherGold)].sequence < goldEvent.sequence;
            if (goldBefore != (otherEvent.sequence < event.sequence) && otherGold != g)
                right = false;
        }
        std::vector<std::string> goldAfter;
        std::vector<std::string> foundAfter;
        for (const int id : goldEvent.after)
            goldAfter.push_back(std::to_string(id));
        for (const auto previous : event.after) {
            for (const auto& [otherGold, otherFound] : result.pairs) {
                if (extracted[static_cast<std::size_t>(otherFound)].id == previous) {
                    foundAfter.push_back(
                        std::to_string(gold.events[static_cast<std::size_t>(otherGold)].id));
                }
            }
        }
        std::sort(goldAfter.begin(), goldAfter.end());
        std::sort(foundAfter.begin(), foundAfter.end());
        check(result, "order", right && goldAfter == foundAfter, goldEvent,
              "after [" + joined(goldAfter) + "]",
              "after [" + joined(foundAfter) + "]" + (right ? "" : " in another sequence"));
    }
}

}  // namespace

std::optional<std::pair<int, int>> findCodePoints(const std::string& text,
                                                  const std::string& needle) {
    const auto byte = text.find(needle);
    if (needle.empty() || byte == std::string::npos)
        return std::nullopt;
    const auto count = [&](std::size_t from, std::size_t to) {
        int points = 0;
        for (std::size_t i = from; i < to; ++i) {
            if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80)
                ++points;
        }
        return points;
    };
    const int start = count(0, byte);
    return std::pair{start, start + count(byte, byte + needle.size())};
}

Result<GoldFile> loadGold(const std::string& path) {
    std::ifstream in(path);
    if (!in)
        return Error{"Cannot open the gold file " + path + "."};
    const json document = json::parse(in, nullptr, false);
    if (document.is_discarded() || !document.contains("events")) {
        return Error{"The gold file " + path + " is not yeonpyo.events/1 JSON."};
    }
    GoldFile gold;
    gold.referenceDate = stringOr(document, "reference_date");
    if (document.contains("time_zone"))
        gold.timeZone = stringOr(document, "time_zone");
    gold.lang = stringOr(document, "lang");
    for (const auto& event : document["events"])
        gold.events.push_back(readEvent(event));
    return gold;
}

Comparison compareEvents(const GoldFile& gold, const std::vector<Event>& extracted,
                         const std::string& text) {
    Comparison result;
    std::vector<bool> used(extracted.size(), false);
    for (std::size_t g = 0; g < gold.events.size(); ++g) {
        int best = -1;
        int bestScore = 0;
        for (std::size_t e = 0; e < extracted.size(); ++e) {
            const int score = used[e] ? 0 : affinity(gold.events[g], extracted[e], text);
            if (score > bestScore) {
                best = static_cast<int>(e);
                bestScore = score;
            }
        }
        if (best < 0) {
            result.missedGold.push_back(static_cast<int>(g));
            result.problems.push_back("missed gold event " + std::to_string(gold.events[g].id) +
                                      " (" + gold.events[g].kind + " " + gold.events[g].start +
                                      ")");
            continue;
        }
        used[static_cast<std::size_t>(best)] = true;
        result.pairs.emplace_back(static_cast<int>(g), best);
    }
    for (std::size_t e = 0; e < extracted.size(); ++e) {
        if (used[e])
            continue;
        result.spurious.push_back(static_cast<int>(e));
        result.problems.push_back("spurious event " + std::to_string(extracted[e].id) + " (" +
                                  std::string(toString(extracted[e].kind)) + " " +
                                  extracted[e].time.start + " \"" + extracted[e].title + "\")");
    }
    for (const auto& [g, e] : result.pairs) {
        const auto& goldEvent = gold.events[static_cast<std::size_t>(g)];
        const auto& event = extracted[static_cast<std::size_t>(e)];
        check(result, "date", day(goldEvent.start) == day(event.time.start), goldEvent,
              goldEvent.start, event.time.start);
        check(result, "part_of_day", goldEvent.timeOfDay == event.time.timeOfDay, goldEvent,
              goldEvent.timeOfDay.empty() ? "none" : goldEvent.timeOfDay,
              event.time.timeOfDay.empty() ? "none" : event.time.timeOfDay);
        check(result, "place", placesAgree(goldEvent, event), goldEvent,
              goldEvent.place ? goldEvent.place->name : "none", placeText(event));
        check(result, "participants", names(goldEvent.participants) == names(event.participants),
              goldEvent, joined(names(goldEvent.participants)), joined(names(event.participants)));
        check(result, "quote", quotesCovered(goldEvent, event, text), goldEvent,
              std::to_string(goldEvent.quotes.size()) + " quotes",
              std::to_string(event.quotes.size()) + " quotes, not covering them");
        check(result, "kind", goldEvent.kind == toString(event.kind), goldEvent, goldEvent.kind,
              std::string(toString(event.kind)));
        check(result, "status", goldEvent.status == toString(event.status), goldEvent,
              goldEvent.status, std::string(toString(event.status)));
    }
    checkOrder(result, gold, extracted);
    return result;
}

std::string eventsJson(const std::vector<Event>& events) {
    json list = json::array();
    for (const auto& event : events) {
        json participants = json::array();
        for (const auto& p : event.participants) {
            participants.push_back({{"name", p.name}, {"title", p.title}, {"org", p.org}});
        }
        json quotes = json::array();
        for (const auto& q : event.quotes) {
            quotes.push_back({{"article", q.articleId},
                              {"start", q.start},
                              {"end", q.end},
                              {"text", q.text},
                              {"speaker", q.speaker}});
        }
        json place = nullptr;
        if (!event.place.name.empty()) {
            place = {{"name", event.place.name},
                     {"address", event.place.address},
                     {"lat", event.place.lat ? json(*event.place.lat) : json(nullptr)},
                     {"lon", event.place.lon ? json(*event.place.lon) : json(nullptr)},
                     {"precision", toString(event.place.precision)}};
        }
        list.push_back({{"id", event.id},
                        {"sequence", event.sequence},
                        {"kind", toString(event.kind)},
                        {"title", event.title},
                        {"start", event.time.start},
                        {"time_of_day",
                         event.time.timeOfDay.empty() ? json(nullptr) : json(event.time.timeOfDay)},
                        {"derivation", event.time.derivation},
                        {"status", toString(event.status)},
                        {"place", place},
                        {"participants", participants},
                        {"quotes", quotes},
                        {"after", event.after}});
    }
    return json{{"schema", "yeonpyo.events/1"}, {"events", list}}.dump(2);
}

}  // namespace yeonpyo::testing
