// Gold events for extraction tests: loading hand-written .gold.json files and comparing events
// field by field.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/model/event.h"
#include "core/model/result.h"

namespace yeonpyo::testing {

struct GoldPlace {
    std::string name;
    std::optional<double> lat;
    std::optional<double> lon;
    std::string precision;
};

struct GoldQuote {
    std::string text;
    std::optional<int>
        start;  ///< Code points in the loaded article text, when the gold gives them.
    std::optional<int> end;
    std::string sha;  ///< Real articles: first 12 hex digits of the span's SHA-256, for its check.
};

struct GoldEvent {
    int id = 0;
    int sequence = 0;
    std::string kind;
    std::string start;
    std::string timeOfDay;
    std::string status;
    std::optional<GoldPlace> place;
    std::vector<Participant> participants;
    std::vector<GoldQuote> quotes;
    std::vector<int> after;
};

struct GoldFile {
    std::string referenceDate;  ///< "2024-02-28".
    std::string timeZone = "Asia/Seoul";
    std::string lang;
    std::vector<GoldEvent> events;
};

Result<GoldFile> loadGold(const std::string& path);

/// One field of one matched event pair, right or wrong.
struct FieldCheck {
    std::string field;  ///< date, part_of_day, place, participants, quote, order, kind, status
    bool right = false;
    std::string detail;  ///< "gold … / found …" when wrong.
};

/// Gold events paired with extracted ones, and every field check of the pairs.
struct Comparison {
    std::vector<std::pair<int, int>> pairs;  ///< (gold index, extracted index).
    std::vector<int> missedGold;             ///< Gold events with no extracted event.
    std::vector<int> spurious;               ///< Extracted events with no gold event.
    std::vector<FieldCheck> checks;
    std::vector<std::string>
        problems;  ///< Readable lines for every miss, spurious event and wrong field.

    bool perfect() const { return problems.empty(); }
};

/// Pairs events by day plus place, people or quotes, then checks date, part of day, place (within
/// 2 km), participants (by name), quotes (every gold quote overlaps an extracted one), order
/// (sequence and `after` agree through the pairing), kind and status.
Comparison compareEvents(const GoldFile& gold, const std::vector<Event>& extracted,
                         const std::string& articleText);

/// The events as yeonpyo.events/1 JSON, for .fail files.
std::string eventsJson(const std::vector<Event>& events);

/// Code point offsets of the first occurrence of needle in text; nullopt when absent.
std::optional<std::pair<int, int>> findCodePoints(const std::string& text,
                                                  const std::string& needle);

}  // namespace yeonpyo::testing
