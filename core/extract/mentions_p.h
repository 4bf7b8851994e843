// Event mentions: a trigger word in a sentence, with the time, place, people, organisations and
// status around it.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/extract/layout_p.h"
#include "core/extract/people_p.h"
#include "core/extract/venues_p.h"
#include "core/lexicon/lexicon.h"
#include "core/model/event.h"
#include "core/temporal/temporal.h"
#include "core/text/sentences.h"

namespace yeonpyo::extract {

/// When a mention happened: its own time expression, or the date the discourse was at.
struct MentionTime {
    std::string value;  ///< TIMEX value ("2024-02-28", "2024-02-28T15:00").
    std::string endValue;
    std::string timeOfDay;
    std::string derivation;
    bool own = false;  ///< Stated in the mention's sentence, not inherited from an earlier one.
    std::size_t byteBegin = 0;  ///< Where the expression starts in the text.
    std::string statedZone;     ///< The zone the text states for it: an IANA id, "local", or empty.
};

/// The event an order cue relates a mention to ("훈련을 마친 뒤 기자회견").
struct AnchorTie {
    int event = -1;      ///< Draft index.
    bool after = false;  ///< The mention comes after it ("뒤", "after"), not before.
    std::size_t placesFrom =
        0;  ///< Place names from here to the sentence end are the mention's own.
};

struct Mention {
    int sentence = 0;
    std::size_t begin = 0;  ///< Trigger bytes in the article text.
    std::size_t end = 0;
    const lexicon::Trigger* trigger = nullptr;
    SentenceRole role = SentenceRole::Body;
    std::optional<MentionTime> time;
    std::optional<Place> place;
    std::vector<int> people;  ///< ArticlePeople indices named with it.
    /// "세 정상은", "the two leaders": a group of people met before, of this size (0: unsaid).
    std::optional<int> group;
    std::vector<std::string> orgKeys;  ///< Organisations named with it ("LG와의 오찬").
    bool subjectImplied = false;       ///< No other person is the clause's subject.
    bool nominal = false;              ///< "his visit", "the meeting": refers, never creates.
    /// Continues the encounter named just before it in the sentence, with no order cue or other
    /// date between them ("LG트윈타워를 방문해 … 오찬을 가졌다", "visited X and had lunch").
    bool continuesPrevious = false;
    bool samePlace =
        false;  ///< "같은 장소에서", "at the same stadium": the previous event's place.
    bool afterOrderCue = false;  ///< An order cue comes before it in its sentence ("이어", "then").
    std::size_t orderCueAt = 0;  ///< Byte offset of the last such cue.
    bool cueSaysAfter = false;   ///< That cue puts it after what it counts from ("뒤", "after").
    /// The kind of order cue whose object it is: it names what the cue counts from ("회담 뒤",
    /// "훈련을 마친 뒤", "after the talks"): usually an event told before, which it joins rather
    /// than repeats.
    std::optional<lexicon::CueKind> objectOfCue;
    bool planned = false;
    bool reported = false;
    /// A light verb carries its weak trigger ("행사가 열린다", "will attend a reception"): it names
    /// an event as a strong trigger does.
    bool lightVerb = false;
    /// A later step of a chain in one sentence ("도착해 … 면담한 뒤 연설한다", "landed …, then
    /// addressed …"): another trigger or an order cue comes before it, so the sentence's subject
    /// and day carry to it.
    bool chained = false;
    /// One of several dated stops told before one word ("5월 28일 칠레, 6월 1일 …와 평가전"): it
    /// takes no place from the stops beside it.
    bool listedStop = false;
    int event = -1;  ///< Index of the event it became part of; -1 when dropped.
    std::optional<AnchorTie> anchor;

    /// How many of own date, place and a named person (other than the subject) support it.
    int anchors(int subject) const;
};

/// Everything the mention finder reads, computed once per article.
struct ArticleContext {
    std::string_view text;
    std::string lang;
    std::vector<SentenceSpan> sentences;
    std::vector<temporal::TimeExpression> times;
    std::vector<lexicon::PlaceHit> places;
    std::vector<lexicon::PhraseMatch> organisations;  ///< Organisation names, in text order.
    /// Cue words (cues.tsv) of any language with any ending, in text order (see cueWordStands).
    std::vector<lexicon::PhraseMatch> cueWords;
    /// Trigger words (triggers.tsv) of any language, in text order, before any filtering.
    std::vector<lexicon::PhraseMatch> triggerWords;
    std::vector<text::Quotation> quotations;
    ArticlePeople people;
    /// The publication day ("2024-04-22"), where the story is until the text names another day;
    /// empty when unknown.
    std::string referenceDay;
    const lexicon::Lexicon* lexicon = nullptr;
};

/// Finds the event mentions of an article, in text order.
std::vector<Mention> findMentions(const ArticleContext& context);

/// True for a value that names a day ("2024-02-28", "2024-02-28T12:00", "XXXX-XX-28").
bool namesDay(std::string_view value);

}  // namespace yeonpyo::extract
