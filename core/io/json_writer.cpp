// The `events --format json` contract (design.md), schema "yeonpyo.events/1", plus extra keys
// that let the importer restore every field.
#include <nlohmann/json.hpp>

#include <algorithm>
#include <unordered_map>

#include "core/io/json_keys_p.h"
#include "core/io/writers_p.h"
#include "core/temporal/temporal.h"

namespace yeonpyo::io {
namespace {

using Json = nlohmann::ordered_json;

Json stringOrNull(const std::string& text) {
    return text.empty() ? Json(nullptr) : Json(text);
}

template <typename T>
Json valueOrNull(const std::optional<T>& value) {
    return value ? Json(*value) : Json(nullptr);
}

using ArticlesById = std::unordered_map<std::int64_t, const Article*>;

Json copyJson(const ArticleCopy& copy) {
    return Json{{key::kTitle, copy.title},
                {key::kSource, copy.source},
                {key::kUrl, copy.url},
                {key::kPublished, stringOrNull(copy.published)}};
}

Json articleJson(const Article& article) {
    Json json{{key::kId, article.id},
              {key::kTitle, article.title},
              {key::kSource, article.source},
              {key::kPublished, stringOrNull(article.published)},
              {key::kLang, article.lang}};
    if (!article.copies.empty()) {
        Json copies = Json::array();
        for (const ArticleCopy& copy : article.copies)
            copies.push_back(copyJson(copy));
        json[key::kCopies] = std::move(copies);
    }
    return json;
}

/// The outlets that ran the texts an event's quotes cite (each article, then its copies), when
/// one of those texts ran in more than one: null otherwise.
Json sourcesJson(const Event& event, const ArticlesById& articles) {
    std::vector<const Article*> cited;
    bool syndicated = false;
    for (const Quote& quote : event.quotes) {
        const auto found = articles.find(quote.articleId);
        if (found == articles.end() ||
            std::find(cited.begin(), cited.end(), found->second) != cited.end())
            continue;
        cited.push_back(found->second);
        syndicated = syndicated || !found->second->copies.empty();
    }
    if (!syndicated)
        return nullptr;
    Json sources = Json::array();
    for (const Article* article : cited) {
        sources.push_back({{key::kArticle, article->id},
                           {key::kSource, article->source},
                           {key::kUrl, article->url},
                           {key::kPublished, stringOrNull(article->published)}});
        for (const ArticleCopy& copy : article->copies) {
            sources.push_back({{key::kArticle, article->id},
                               {key::kSource, copy.source},
                               {key::kUrl, copy.url},
                               {key::kPublished, stringOrNull(copy.published)}});
        }
    }
    return sources;
}

Json placeJson(const Place& place) {
    const std::string_view precision = toString(place.precision);
    Json json{{key::kName, place.name},
              {key::kAddress, place.address},
              {key::kLat, valueOrNull(place.lat)},
              {key::kLon, valueOrNull(place.lon)},
              {key::kPrecision, precision.empty() ? Json(nullptr) : Json(precision)}};
    if (!place.gazetteerId.empty())
        json[key::kGazetteerId] = place.gazetteerId;
    return json;
}

Json quoteJson(const Quote& quote) {
    Json json{{key::kArticle, quote.articleId},
              {key::kStart, quote.start},
              {key::kEnd, quote.end},
              {key::kText, quote.text}};
    if (!quote.speaker.empty())
        json[key::kSpeaker] = quote.speaker;
    return json;
}

Json conflictJson(const SourceConflict& conflict) {
    return Json{
        {key::kField, conflict.field},
        {key::kKept, conflict.kept},
        {key::kOther, conflict.other},
        {key::kArticle, conflict.articleId == 0 ? Json(nullptr) : Json(conflict.articleId)}};
}

Json eventJson(const Event& event, const ArticlesById& articles) {
    const EventTime& time = event.time;
    Json participants = Json::array();
    for (const Participant& p : event.participants) {
        participants.push_back({{key::kName, p.name}, {key::kTitle, p.title}, {key::kOrg, p.org}});
    }
    Json quotes = Json::array();
    for (const Quote& quote : event.quotes)
        quotes.push_back(quoteJson(quote));
    Json json{{key::kId, event.id},
              {key::kSequence, event.sequence},
              {key::kKind, toString(event.kind)},
              {key::kTitle, event.title},
              {key::kStart, temporal::withUtcOffset(time.start, time.timeZone)},
              {key::kEnd, stringOrNull(temporal::withUtcOffset(time.end, time.timeZone))},
              {key::kTimeOfDay, stringOrNull(time.timeOfDay)},
              {key::kStatus, toString(event.status)},
              {key::kPlace, placeJson(event.place)},
              {key::kParticipants, std::move(participants)},
              {key::kQuotes, std::move(quotes)},
              {key::kAfter, event.after}};
    json[key::kDerivation] = time.derivation;
    json[key::kTimeZone] = time.timeZone;
    json[key::kBeginUtc] = valueOrNull(time.beginUtc);
    json[key::kEndUtc] = valueOrNull(time.endUtc);
    json[key::kEdited] = event.editedByUser;
    if (Json sources = sourcesJson(event, articles); !sources.is_null())
        json[key::kSources] = std::move(sources);
    if (!event.conflicts.empty()) {
        Json conflicts = Json::array();
        for (const SourceConflict& conflict : event.conflicts)
            conflicts.push_back(conflictJson(conflict));
        json[key::kConflicts] = std::move(conflicts);
    }
    return json;
}

}  // namespace

std::string writeJson(const ExportInput& input) {
    Json articles = Json::array();
    ArticlesById byId;
    for (const Article& article : input.articles) {
        articles.push_back(articleJson(article));
        byId.emplace(article.id, &article);
    }
    Json events = Json::array();
    for (const Event& event : input.events)
        events.push_back(eventJson(event, byId));
    const Json document{{key::kSchema, key::kSchemaName},
                        {key::kArticles, std::move(articles)},
                        {key::kEvents, std::move(events)}};
    // Text that is not valid UTF-8 is written with U+FFFD rather than failing the export.
    return document.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

std::string exportJsonLine(const Article& article, const std::vector<Event>& events,
                           std::string_view recordId) {
    Json articleEntry = articleJson(article);
    articleEntry[key::kUrl] = article.url;
    articleEntry[key::kText] = article.text;
    Json eventEntries = Json::array();
    const ArticlesById byId{{article.id, &article}};
    for (const Event& event : events)
        eventEntries.push_back(eventJson(event, byId));
    Json document{{key::kSchema, key::kSchemaName},
                  {key::kId, Json::parse(recordId, nullptr, false)},
                  {key::kArticles, Json::array({std::move(articleEntry)})},
                  {key::kEvents, std::move(eventEntries)}};
    return document.dump(-1, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace yeonpyo::io
