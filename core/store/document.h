// Document: a timeline kept in one SQLite file — articles, events, quotes, user places, search.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/model/article.h"
#include "core/model/event.h"
#include "core/model/result.h"
#include "core/store/connection.h"
#include "core/store/near_duplicates.h"
#include "core/store/statement.h"
#include "core/store/user_place.h"

namespace yeonpyo::store {

struct Tally;

enum class OpenMode {
    ReadOnly,      ///< An existing document; nothing is ever written.
    ReadWrite,     ///< An existing document; an older schema is upgraded first.
    CreateOrOpen,  ///< Like ReadWrite; a missing or empty file becomes a new document.
};

/// A half-open interval [begin, end) in seconds since the Unix epoch (UTC).
struct TimeRange {
    std::int64_t begin = 0;
    std::int64_t end = 0;
    friend bool operator==(const TimeRange&, const TimeRange&) = default;
};

/// Where an event change comes from: the user's edits always win over later imports.
enum class EditOrigin {
    User,     ///< Overwrites the event and marks it edited by the user.
    Import,   ///< Overwrites an event the user never edited; on an edited one, only adds quotes.
    Restore,  ///< Writes the event exactly as given, its editedByUser flag included (undo).
};

/// An article as stored: its row id, and whether this call added it (false: the same text, or
/// the same metadata for a text-less article, was already in the document).
struct StoredArticle {
    std::int64_t id = 0;
    bool added = false;
    /// The text is another outlet's copy of article `id` (syndication): recorded as one of that
    /// article's copies, not stored again.
    bool copy = false;
};

/// What addArticle does with a text nearly the same as a stored one (kCopySimilarity).
enum class Copies {
    Keep,  ///< Stores it as an article of its own (a file's articles keep their own quotes).
    Fold,  ///< Records it as a copy of the stored article: one text, all its outlets.
};

/// The row ids a whole timeline (as read by io::importEvents) received, in input order.
struct StoredTimeline {
    std::vector<std::int64_t> articleIds;
    std::vector<std::int64_t> eventIds;
    int articlesAdded = 0;
    int eventsAdded = 0;  ///< New events; the others were merged into equal existing ones.
};

struct SearchHit {
    enum class Kind { Article, Event };
    Kind kind = Kind::Event;
    std::int64_t id = 0;
    std::string snippet;  ///< Text around the first match, each match wrapped in `[` … `]`.
};

/// An open timeline document. Every write runs in a transaction: when it fails, or the process
/// dies, the file stays as it was. Values are bound as SQL parameters, never spliced into SQL.
/// Not thread-safe: use one Document per thread (several may open the same file).
class Document {
public:
    /// Opens or creates a document. Refuses, with one sentence and without changing the file,
    /// anything that is not a usable Yeonpyo document: a missing file (unless creating), a
    /// non-SQLite or truncated file, another application's database, a newer schema, a
    /// read-only file or folder when writing is needed.
    static Result<Document> open(const std::filesystem::path& path, OpenMode mode);

    const std::filesystem::path& path() const { return path_; }
    bool isReadOnly() const { return readOnly_; }

    /// Runs `work` in one transaction (a savepoint when nested): commits when it returns
    /// success, rolls everything back when it returns an error.
    Status transaction(const std::function<Status()>& work);
    /// Reads the first page of every table: a cheap probe that refuses, before any write, a
    /// document whose tables are damaged where every lookup starts (a work that reads only a few
    /// rows through an index would otherwise not notice).
    Status checkTablesReadable();
    /// Runs SQLite's full integrity check and checks the day and hour tallies and (when writable)
    /// the event search index against the events; an error sentence when the file is damaged.
    Status checkIntegrity();

    // Articles ----------------------------------------------------------------------------
    /// Adds an article, or finds the one with the same content hash (see contentHash()) or the
    /// copy with it; with Copies::Fold, a near-duplicate of a stored text (found through the
    /// MinHash band index, not by reading every article) becomes one of its copies.
    Result<StoredArticle> addArticle(const Article& article, Copies copies = Copies::Keep);
    /// The id of the article whose content hash is `hash`, if any.
    Result<std::optional<std::int64_t>> findArticle(std::string_view hash);
    /// All articles in id order, with their copies but without their text (see article()).
    Result<std::vector<Article>> articles();
    /// One article with its text and copies.
    Result<Article> article(std::int64_t id);
    /// Removes an article and the quotes that cite it (the events stay).
    Status deleteArticle(std::int64_t id);
    /// Sets the date an article was written ("2024-02-28", or empty for unknown); its content
    /// hash is unchanged.
    Status setArticlePublished(std::int64_t id, std::string_view published);

    // Events ------------------------------------------------------------------------------
    /// Adds events with their participants, quotes and ordering links. Their `id`s are
    /// provisional (1..n from the extractor, or a file's ids) and `after` refers to them; the
    /// stored row ids are returned in input order. A quote without text gets the text its
    /// code point offsets select in its article.
    Result<std::vector<std::int64_t>> addEvents(const std::vector<Event>& events);
    /// Replaces a stored event (by id) with `event`; see EditOrigin for who wins. Its rank stays
    /// as stored (`event.sequence` is not written) until renumberChangedDays(). Conflicts
    /// between sources: an import adds those not yet stored to an event nobody edited and leaves
    /// an edited one's alone; every other origin (a user's edit) stores exactly
    /// `event.conflicts`, so an edit without a conflict resolves it for good.
    Status updateEvent(const Event& event, EditOrigin origin);
    Status deleteEvents(std::span<const std::int64_t> ids);
    /// Adds articles (de-duplicated) and events whose quotes refer to the given articles' ids;
    /// an event equal in title, start and place name to a stored one is merged into it as an
    /// import (EditOrigin::Import). All in one transaction.
    Result<StoredTimeline> addTimeline(const std::vector<Article>& articles,
                                       const std::vector<Event>& events);

    /// One fully populated event.
    Result<Event> event(std::int64_t id);
    /// All events, fully populated, ordered by sequence then id.
    Result<std::vector<Event>> events();
    /// All events with only what their total order needs (their own columns and `after` links;
    /// no participants, quotes or conflicts): a tenth of the memory of events().
    Result<std::vector<Event>> eventsForOrdering();
    /// The events ordered under any of `days` (orderDay() values other than kNoDay), fully
    /// populated, in timeline order. Uses an index: the cost follows those days' events, not the
    /// document's (an article's merge candidates).
    Result<std::vector<Event>> eventsOnDays(std::span<const std::string> days);
    /// Events whose [begin_utc, end_utc) overlaps `range` (an instant event at range.begin
    /// counts), fully populated, ordered by begin time. Uses an index: cheap for a visible window.
    Result<std::vector<Event>> eventsOverlapping(TimeRange range);
    Result<std::int64_t> eventCount();
    /// The earliest begin and the latest end of all events with a UTC interval, if any.
    Result<std::optional<TimeRange>> timeExtent();
    /// Counts of events beginning in each of `buckets` equal slices of `range`, for density strips.
    /// When a slice is a day (or an hour) or wider, whole UTC days (or hours) are counted in the
    /// slice holding their start, from kept tallies: cheap at any zoom. Narrower slices count
    /// exact begin times.
    Result<std::vector<std::int64_t>> eventDensity(TimeRange range, int buckets);

    // Order ------------------------------------------------------------------------------
    /// Puts one day's events in order: given them in their present order, with their own
    /// columns and `after` links, sets their `sequence` to 1, 2, … (extract::assignSequence).
    using DayOrdering = std::function<void(std::vector<Event>& dayEvents)>;
    /// Renumbers the days whose events this Document added, deleted or changed since the last
    /// renumbering (or every day, after markAllDaysChanged()): `order` ranks each such day's
    /// events, then the days after the first changed one are shifted by the events before them.
    /// The timeline's order is the days' orders one after the other (orderDay sorts the days).
    /// Call inside the transaction that changed the events.
    Status renumberChangedDays(const DayOrdering& order);
    /// Makes the next renumberChangedDays() renumber every day of the document.
    Status markAllDaysChanged();

    // Search ------------------------------------------------------------------------------
    /// Full-text search over article titles and texts and over event titles, participants,
    /// places and quotes. Every word of `query` must occur (as a substring, any case);
    /// words of one or two characters (Korean "회장") work too. Best matches first.
    Result<std::vector<SearchHit>> search(std::string_view query, int limit = 100);
    /// Every distinct participant name of the document, sorted (for pick lists).
    Result<std::vector<std::string>> participantNames();
    /// Every distinct non-empty place name of the document's events, sorted.
    Result<std::vector<std::string>> placeNames();

    // The user's gazetteer ------------------------------------------------------------------
    Result<std::int64_t> addUserPlace(const UserPlace& place);
    Status updateUserPlace(const UserPlace& place);
    Status deleteUserPlace(std::int64_t id);
    Result<std::vector<UserPlace>> userPlaces();

private:
    friend class TimelineImport;  // adds a file's events part by part, with these helpers
    using ProvisionalIds = std::unordered_map<std::int64_t, std::int64_t>;
    using ArticleLengths = std::unordered_map<std::int64_t, std::int64_t>;
    /// How an event's participants, quotes and ordering links are written.
    enum class DetailWrite {
        Fresh,    ///< The event was just inserted: nothing to clear or compare.
        Replace,  ///< Clear what is stored, then write.
        Append,   ///< Keep what is stored; add what is missing (an import into a kept event).
    };

    Document(std::filesystem::path path, Connection connection, bool readOnly);

    /// A prepared statement kept for reuse, lent out until the returned handle goes away.
    Result<BorrowedStatement> cached(std::string_view sql);
    /// The first column of every row of a cached query without parameters, as text.
    Result<std::vector<std::string>> queryTexts(std::string_view sql);
    /// Runs a cached statement that returns no rows with `values` bound to ?1, ?2, ….
    template <typename... Values>
    Status run(std::string_view sql, const Values&... values) {
        auto statement = cached(sql);
        if (!statement)
            return statement.error();
        return (*statement)->bindAll(values...).run();
    }
    /// The first column of the first row of a cached query; nothing when there is no row or the
    /// value is NULL.
    template <typename... Values>
    Result<std::optional<std::int64_t>> queryInt(std::string_view sql, const Values&... values) {
        auto statement = cached(sql);
        if (!statement)
            return statement.error();
        auto row = (*statement)->bindAll(values...).step();
        if (!row)
            return row.error();
        if (!*row || (*statement)->isNullAt(0))
            return std::optional<std::int64_t>{};
        return std::optional<std::int64_t>{(*statement)->int64At(0)};
    }

    Status insertEvents(const std::vector<Event>& events, ProvisionalIds& rowIdOf,
                        std::vector<std::int64_t>& ids);
    Status checkQuote(const Event& event, const Quote& quote, ArticleLengths& lengths);
    Status writeParticipants(std::int64_t id, const std::vector<Participant>& participants,
                             DetailWrite mode);
    Status writeQuotes(const Event& event, std::int64_t id, DetailWrite mode,
                       ArticleLengths& lengths);
    Status writeAfterLinks(std::int64_t id, const std::vector<std::int64_t>& afterIds,
                           DetailWrite mode);
    /// Append skips conflicts already stored; a conflict's article must be in the document.
    Status writeConflicts(std::int64_t id, const std::vector<SourceConflict>& conflicts,
                          DetailWrite mode);
    /// Adds an event's current text to the search index; unindexForSearch() removes it and must
    /// run before any change to the event, its participants or its quotes.
    Status indexForSearch(std::int64_t id);
    Status unindexForSearch(std::int64_t id);
    Status writeAliases(std::int64_t placeId, const std::vector<std::string>& aliases);
    Result<bool> isEditedByUser(std::int64_t id);
    /// The stored article whose signature is most alike `signature`, if one is a copy's.
    Result<std::optional<std::int64_t>> findCopiedArticle(const Signature& signature);
    /// Records `article` as another outlet's copy of stored article `originalId`.
    Status addCopy(std::int64_t originalId, const Article& article, const std::string& hash);
    /// Fills the copies of every article of the document (allArticles) or of the first given.
    Status readCopies(std::vector<Article>& articles, bool allArticles);
    /// Notes the day a stored event is ordered under as changed; its rank in that day, if any.
    Result<std::optional<std::int64_t>> noteStoredDay(std::int64_t id);
    /// Ranks one changed day's events and keeps its count in sequence_day.
    Status renumberDay(const std::string& day, const DayOrdering& order);
    /// Recomputes sequence_day.earlier from day `from` on.
    Status shiftDaysFrom(const std::string& from);
    Result<std::optional<std::int64_t>> findEqualEvent(const Event& event);

    /// Adds `delta` events to the day and hour tallies at `beginUtc` (if set);
    /// untallyStoredEvent() takes a stored event out of them before the event changes.
    Status tallyEvent(std::optional<std::int64_t> beginUtc, std::int64_t delta);
    Status untallyStoredEvent(std::int64_t id);

    /// What fillDetails reads besides the event rows themselves.
    enum class Details { All, OrderingOnly };
    Status fillDetails(std::vector<Event>& events, bool allEvents, Details details);
    Result<std::vector<Event>> queryEvents(std::string_view sql,
                                           const std::function<void(Statement&)>& bind,
                                           bool allEvents, Details details = Details::All);
    Result<std::vector<std::int64_t>> densityFromTally(const Tally& tally, TimeRange range,
                                                       int buckets);
    Result<std::vector<std::int64_t>> densityFromEvents(TimeRange range, int buckets);

    std::filesystem::path path_;
    Connection connection_;
    std::map<std::string, Statement, std::less<>> statements_;
    bool readOnly_ = false;
    /// Days (orderDay values) whose events changed since the last renumbering.
    std::set<std::string, std::less<>> changedDays_;
};

/// The de-duplication key of an article: SHA-256 (hex) of its text, or, for an article stored
/// without text (imported from a JSON export), of its title, source, URL and publication date.
std::string contentHash(const Article& article);

}  // namespace yeonpyo::store
