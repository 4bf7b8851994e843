// Reads the yeonpyo.events/1 JSON that json_writer.cpp writes, field by field, with errors that
// name the line (syntax) or the key (content).
#include <algorithm>

#include "core/io/import.h"
#include "core/io/json_fields_p.h"
#include "core/io/json_keys_p.h"
#include "core/io/json_records_p.h"
#include "core/io/time_values_p.h"

namespace yeonpyo::io {
namespace {

using Need = JsonFields::Need;

constexpr int kMaxNesting = 32;

/// The deepest nesting of arrays and objects, counted outside strings, so that a hostile file
/// cannot exhaust the stack of the recursive parser.
int nestingDepth(std::string_view text) {
    int depth = 0;
    int deepest = 0;
    bool inString = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            deepest = std::max(deepest, ++depth);
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    return deepest;
}

std::string lineAndColumn(std::string_view text, std::size_t byte) {
    byte = std::min(byte, text.size());
    const std::string_view before = text.substr(0, byte);
    const auto line = std::count(before.begin(), before.end(), '\n') + 1;
    const std::size_t lineStart = before.rfind('\n');
    const std::size_t column = lineStart == std::string_view::npos ? byte + 1 : byte - lineStart;
    return "line " + std::to_string(line) + ", column " + std::to_string(column);
}

/// Checks that `name` is one of the contract's names of an enum (toString of what it parses to).
template <typename Enum>
Enum named(JsonFields& fields, const char* key, Enum (*parse)(std::string_view),
           const char* known) {
    const std::string name = fields.text(key);
    const Enum value = parse(name);
    if (!name.empty() && toString(value) != name) {
        fields.fail(key, "has the unknown value \"" + name + "\" (expected " + known + ").");
    }
    return value;
}

}  // namespace

Article readArticle(const Json& json, const std::string& path, std::optional<Error>& error) {
    JsonFields fields(json, path);
    Article article;
    article.id = fields.integer(key::kId, Need::Required);
    article.title = fields.text(key::kTitle);
    article.source = fields.text(key::kSource);
    article.published = fields.text(key::kPublished);
    article.lang = fields.text(key::kLang);
    article.url = fields.text(key::kUrl);
    article.text = fields.text(key::kText);
    std::optional<Error> copyError;
    const Json& copies = fields.array(key::kCopies);
    for (std::size_t i = 0; i < copies.size() && !copyError; ++i) {
        JsonFields copy(copies[i], fields.pathOf(key::kCopies) + "[" + std::to_string(i) + "]");
        article.copies.push_back({copy.text(key::kTitle), copy.text(key::kSource),
                                  copy.text(key::kUrl), copy.text(key::kPublished)});
        copyError = copy.error();
    }
    error = fields.error() ? fields.error() : copyError;
    return article;
}

namespace {

Place readPlace(JsonFields& eventFields, const std::string& path, std::optional<Error>& error) {
    Place place;
    const Json* json = eventFields.object(key::kPlace);
    if (json == nullptr)
        return place;
    JsonFields fields(*json, path);
    place.name = fields.text(key::kName);
    place.address = fields.text(key::kAddress);
    place.lat = fields.optionalNumber(key::kLat);
    place.lon = fields.optionalNumber(key::kLon);
    place.precision = named(fields, key::kPrecision, placePrecisionFromString,
                            "venue, district, city, region or country");
    place.gazetteerId = fields.text(key::kGazetteerId);
    error = fields.error();
    return place;
}

Quote readQuote(const Json& json, const std::string& path, std::optional<Error>& error) {
    JsonFields fields(json, path);
    Quote quote;
    quote.articleId = fields.integer(key::kArticle, Need::Required);
    quote.start = static_cast<int>(fields.integer(key::kStart, Need::Required));
    quote.end = static_cast<int>(fields.integer(key::kEnd, Need::Required));
    quote.text = fields.text(key::kText);
    quote.speaker = fields.text(key::kSpeaker);
    if (!fields.error() && (quote.start < 0 || quote.end < quote.start)) {
        fields.fail(key::kEnd, "must not come before start, which must not be negative.");
    }
    error = fields.error();
    return quote;
}

SourceConflict readConflict(const Json& json, const std::string& path,
                            std::optional<Error>& error) {
    JsonFields fields(json, path);
    SourceConflict conflict;
    conflict.field = fields.text(key::kField, Need::Required);
    conflict.kept = fields.text(key::kKept);
    conflict.other = fields.text(key::kOther);
    conflict.articleId = fields.optionalInteger(key::kArticle).value_or(0);
    if (!fields.error() && conflict.field.empty())
        fields.fail(key::kField, "must name the field the sources disagree on.");
    error = fields.error();
    return conflict;
}

EventTime readTime(JsonFields& fields, const ImportOptions& options) {
    EventTime time;
    for (const char* valueKey : {key::kStart, key::kEnd}) {
        if (const std::string value = fields.text(valueKey); !isReadableValue(value)) {
            fields.fail(valueKey, "has the value \"" + value +
                                      "\", which is not a date or time (2024-02-28T12:00).");
        }
    }
    const ZonedValue start = splitUtcOffset(fields.text(key::kStart));
    const ZonedValue end = splitUtcOffset(fields.text(key::kEnd));
    time.start = start.value;
    time.end = end.value;
    time.timeOfDay = fields.text(key::kTimeOfDay);
    time.derivation = fields.text(key::kDerivation);
    time.timeZone = fields.text(key::kTimeZone);
    if (time.timeZone.empty())
        time.timeZone = start.offsetZone.empty() ? options.timeZone : start.offsetZone;
    if (fields.has(key::kBeginUtc) || fields.has(key::kEndUtc)) {
        time.beginUtc = fields.optionalInteger(key::kBeginUtc);
        time.endUtc = fields.optionalInteger(key::kEndUtc);
    } else {
        resolveUtc(time);
    }
    return time;
}

}  // namespace

Event readEvent(const Json& json, const std::string& path, const ImportOptions& options,
                std::optional<Error>& error) {
    JsonFields fields(json, path);
    Event event;
    event.id = fields.integer(key::kId, Need::Required);
    event.sequence = static_cast<int>(fields.integer(key::kSequence));
    event.kind = named(fields, key::kKind, eventKindFromString,
                       "meeting, meal, visit, speech, departure, arrival, announcement or other");
    event.status =
        named(fields, key::kStatus, eventStatusFromString, "happened, planned or reported");
    event.title = fields.text(key::kTitle, Need::Required);
    event.time = readTime(fields, options);
    event.editedByUser = fields.boolean(key::kEdited);
    if ((error = fields.error()))
        return event;
    if (event.place = readPlace(fields, fields.pathOf(key::kPlace), error); error)
        return event;

    const Json& participants = fields.array(key::kParticipants);
    for (std::size_t i = 0; i < participants.size(); ++i) {
        JsonFields person(participants[i],
                          fields.pathOf(key::kParticipants) + "[" + std::to_string(i) + "]");
        event.participants.push_back({person.text(key::kName, Need::Required),
                                      person.text(key::kTitle), person.text(key::kOrg)});
        if ((error = person.error()))
            return event;
    }
    const Json& quotes = fields.array(key::kQuotes);
    for (std::size_t i = 0; i < quotes.size() && !error; ++i) {
        event.quotes.push_back(readQuote(
            quotes[i], fields.pathOf(key::kQuotes) + "[" + std::to_string(i) + "]", error));
    }
    const Json& conflicts = fields.array(key::kConflicts);
    for (std::size_t i = 0; i < conflicts.size() && !error; ++i) {
        event.conflicts.push_back(readConflict(
            conflicts[i], fields.pathOf(key::kConflicts) + "[" + std::to_string(i) + "]", error));
    }
    const Json& after = fields.array(key::kAfter);
    for (std::size_t i = 0; i < after.size() && !error; ++i) {
        if (!after[i].is_number_integer()) {
            error = Error{"The value " + fields.pathOf(key::kAfter) + "[" + std::to_string(i) +
                          "] must be an event id (a whole number)."};
        } else {
            event.after.push_back(after[i].get<std::int64_t>());
        }
    }
    if (!error)
        error = fields.error();
    return event;
}

namespace {

bool hasArticle(const ImportedTimeline& timeline, std::int64_t id) {
    return std::any_of(timeline.articles.begin(), timeline.articles.end(),
                       [id](const Article& article) { return article.id == id; });
}

Status checkReferences(const ImportedTimeline& timeline) {
    std::vector<std::int64_t> eventIds;
    for (const Event& event : timeline.events)
        eventIds.push_back(event.id);
    std::sort(eventIds.begin(), eventIds.end());
    if (std::adjacent_find(eventIds.begin(), eventIds.end()) != eventIds.end()) {
        return Error{"Two events have the same id " +
                     std::to_string(*std::adjacent_find(eventIds.begin(), eventIds.end())) + "."};
    }
    for (const Event& event : timeline.events) {
        for (std::int64_t after : event.after) {
            if (!std::binary_search(eventIds.begin(), eventIds.end(), after)) {
                return Error{"Event " + std::to_string(event.id) + " follows event " +
                             std::to_string(after) + ", which is not in the file."};
            }
        }
        for (const Quote& quote : event.quotes) {
            if (!hasArticle(timeline, quote.articleId)) {
                return Error{"Event " + std::to_string(event.id) + " quotes article " +
                             std::to_string(quote.articleId) + ", which is not in the file."};
            }
        }
        for (const SourceConflict& conflict : event.conflicts) {
            if (conflict.articleId != 0 && !hasArticle(timeline, conflict.articleId)) {
                return Error{"Event " + std::to_string(event.id) + " cites article " +
                             std::to_string(conflict.articleId) +
                             " for a conflict, which is not in the file."};
            }
        }
    }
    return success();
}

}  // namespace

Result<ImportedTimeline> importJson(std::string_view bytes, const ImportOptions& options) {
    if (bytes.size() > kMaxImportBytes)
        return Error{"The file is too large to import (over 64 MB)."};
    if (nestingDepth(bytes) > kMaxNesting)
        return Error{"The JSON is nested too deeply to be a Yeonpyo events file."};
    Json document;
    try {
        document = Json::parse(bytes);
    } catch (const Json::parse_error& error) {
        return Error{"The JSON is not valid at " +
                     lineAndColumn(bytes, error.byte == 0 ? 0 : error.byte - 1) + "."};
    } catch (const Json::out_of_range&) {
        return Error{"The JSON holds a number too large to read."};
    } catch (const Json::exception&) {
        return Error{"The JSON cannot be read."};
    }
    JsonFields root(document, "(top)");
    const std::string schema = root.text(key::kSchema, Need::Required);
    if (!root.error() && schema != key::kSchemaName) {
        return Error{"The file's schema is \"" + schema + "\", not " + key::kSchemaName + "."};
    }
    ImportedTimeline timeline;
    std::optional<Error> error = root.error();
    const Json& articles = root.array(key::kArticles);
    for (std::size_t i = 0; i < articles.size() && !error; ++i) {
        timeline.articles.push_back(
            readArticle(articles[i], "articles[" + std::to_string(i) + "]", error));
    }
    const Json& events = root.array(key::kEvents, Need::Required);
    if (!error)
        error = root.error();
    for (std::size_t i = 0; i < events.size() && !error; ++i) {
        timeline.events.push_back(
            readEvent(events[i], "events[" + std::to_string(i) + "]", options, error));
    }
    if (error)
        return *error;
    if (auto references = checkReferences(timeline); !references)
        return references.error();
    return timeline;
}

}  // namespace yeonpyo::io
