// Key names of the yeonpyo.events/1 JSON format, shared by its writer and its reader.
#pragma once

namespace yeonpyo::io::key {

inline constexpr const char* kSchema = "schema";
inline constexpr const char* kSchemaName = "yeonpyo.events/1";
inline constexpr const char* kArticles = "articles";
inline constexpr const char* kEvents = "events";

inline constexpr const char* kId = "id";
inline constexpr const char* kTitle = "title";
inline constexpr const char* kSource = "source";
inline constexpr const char* kPublished = "published";
inline constexpr const char* kLang = "lang";
// Extra keys of an article that `extract` writes: where it came from and its text.
inline constexpr const char* kUrl = "url";
// Syndication (additive): an article's other outlets, an event's outlets through its quotes.
inline constexpr const char* kCopies = "copies";
inline constexpr const char* kSources = "sources";

inline constexpr const char* kSequence = "sequence";
inline constexpr const char* kKind = "kind";
inline constexpr const char* kStart = "start";
inline constexpr const char* kEnd = "end";
inline constexpr const char* kTimeOfDay = "time_of_day";
inline constexpr const char* kStatus = "status";
inline constexpr const char* kPlace = "place";
inline constexpr const char* kParticipants = "participants";
inline constexpr const char* kQuotes = "quotes";
inline constexpr const char* kAfter = "after";
// Extra keys beyond design.md's contract.
inline constexpr const char* kDerivation = "derivation";
inline constexpr const char* kTimeZone = "time_zone";
inline constexpr const char* kBeginUtc = "begin_utc";
inline constexpr const char* kEndUtc = "end_utc";
inline constexpr const char* kEdited = "edited";
inline constexpr const char* kConflicts = "conflicts";  // only on events that have some

inline constexpr const char* kName = "name";
inline constexpr const char* kAddress = "address";
inline constexpr const char* kLat = "lat";
inline constexpr const char* kLon = "lon";
inline constexpr const char* kPrecision = "precision";
inline constexpr const char* kGazetteerId = "gazetteer_id";  // extra

inline constexpr const char* kOrg = "org";

inline constexpr const char* kArticle = "article";
inline constexpr const char* kText = "text";
inline constexpr const char* kSpeaker = "speaker";  // extra

// A conflict between sources (its source under kArticle, null when not known).
inline constexpr const char* kField = "field";
inline constexpr const char* kKept = "kept";
inline constexpr const char* kOther = "other";

}  // namespace yeonpyo::io::key
