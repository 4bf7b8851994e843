// Sentence quotes per event and the attribution of direct quotations to speakers and events.
#include "core/extract/quotes_p.h"

#include <algorithm>
#include <unordered_set>

#include "core/extract/spans_p.h"

namespace yeonpyo::extract {
namespace {

/// Adds quotes to drafts, each (start, end) once per event, in constant time per quote: one
/// sentence repeated through a long article gives its event hundreds of thousands of quotes.
class QuoteAdder {
public:
    explicit QuoteAdder(std::vector<DraftEvent>& drafts) : drafts_(drafts), seen_(drafts.size()) {
        for (std::size_t d = 0; d < drafts.size(); ++d) {
            for (const Quote& quote : drafts[d].event.quotes)
                seen_[d].insert(key(quote));
        }
    }

    /// Adds quote to the event of drafts[d] unless it already quotes the same offsets.
    void add(std::size_t d, Quote quote) {
        if (seen_[d].insert(key(quote)).second)
            drafts_[d].event.quotes.push_back(std::move(quote));
    }

private:
    static std::uint64_t key(const Quote& quote) {
        return std::uint64_t{static_cast<std::uint32_t>(quote.start)} << 32 |
               static_cast<std::uint32_t>(quote.end);
    }

    std::vector<DraftEvent>& drafts_;
    std::vector<std::unordered_set<std::uint64_t>> seen_;
};

int sentenceOf(const ArticleContext& context, std::size_t byte) {
    const auto* sentence = lastStartingBy(context.sentences, byte, byByteBegin);
    if (sentence == nullptr || byte >= sentence->byteEnd)
        return -1;
    return static_cast<int>(sentence - context.sentences.data());
}

/// The person named in the sentence outside the quotation, nearest before it (else after it).
int speakerIn(const ArticleContext& context, int sentence, const text::Quotation& quotation) {
    const auto& span = context.sentences[static_cast<std::size_t>(sentence)];
    int before = -1;
    int after = -1;
    const auto& mentions = context.people.mentions;
    for (auto it = firstStartingFrom(mentions, span.byteBegin, byBegin);
         it != mentions.end() && it->begin < span.byteEnd; ++it) {
        const auto& mention = *it;
        const bool inside =
            mention.begin >= quotation.byteBegin && mention.begin < quotation.byteEnd;
        if (inside)
            continue;
        if (mention.begin < quotation.byteBegin)
            before = mention.person;
        if (mention.begin >= quotation.byteEnd && after < 0)
            after = mention.person;
    }
    return before >= 0 ? before : after;
}

int eventNamedIn(const std::vector<Mention>& mentions, int sentence) {
    const auto bySentence = [](const Mention& mention) {
        return static_cast<std::size_t>(mention.sentence);
    };
    for (auto it = firstStartingFrom(mentions, static_cast<std::size_t>(sentence), bySentence);
         it != mentions.end() && it->sentence == sentence; ++it) {
        if (it->event >= 0)
            return it->event;
    }
    return -1;
}

/// The latest event each person took part in before a given sentence, found by one sweep over
/// the events' mentions in sentence order while the sentences asked about increase: a scan of
/// every event per quotation made long articles quadratic.
class LatestEvents {
public:
    LatestEvents(const std::vector<DraftEvent>& drafts, const std::vector<Mention>& mentions,
                 std::size_t personCount)
        : drafts_(drafts), latest_(personCount) {
        for (std::size_t d = 0; d < drafts.size(); ++d) {
            for (const int m : drafts[d].mentions)
                stated_.push_back(
                    {mentions[static_cast<std::size_t>(m)].sentence, static_cast<int>(d)});
        }
        std::sort(stated_.begin(), stated_.end(), [](const Stated& a, const Stated& b) {
            return a.sentence != b.sentence ? a.sentence < b.sentence : a.draft < b.draft;
        });
    }

    /// The draft with person whose mention nearest before sentence comes latest (the first such
    /// draft on a tie), or -1. Calls come in text order: sentence never decreases.
    int before(int person, int sentence) {
        for (; next_ < stated_.size() && stated_[next_].sentence < sentence; ++next_)
            record(stated_[next_]);
        return latest_[static_cast<std::size_t>(person)].draft;
    }

private:
    struct Stated {
        int sentence = -1;
        int draft = -1;
    };

    void record(const Stated& stated) {
        for (const int person : drafts_[static_cast<std::size_t>(stated.draft)].people) {
            Stated& latest = latest_[static_cast<std::size_t>(person)];
            if (stated.sentence > latest.sentence)
                latest = stated;
        }
    }

    const std::vector<DraftEvent>& drafts_;
    std::vector<Stated> stated_;  ///< Every mention of every draft, by sentence, then draft.
    std::vector<Stated> latest_;  ///< By person: the latest mention recorded so far.
    std::size_t next_ = 0;        ///< The first entry of stated_ not yet recorded.
};

}  // namespace

void attachQuotes(std::vector<DraftEvent>& drafts, const std::vector<Mention>& mentions,
                  const ArticleContext& context, std::int64_t articleId) {
    QuoteAdder quotes(drafts);
    for (std::size_t d = 0; d < drafts.size(); ++d) {
        for (const int index : drafts[d].mentions) {
            const auto& span = context.sentences[static_cast<std::size_t>(
                mentions[static_cast<std::size_t>(index)].sentence)];
            quotes.add(
                d, {articleId, span.begin, span.end,
                    std::string(context.text.substr(span.byteBegin, span.byteEnd - span.byteBegin)),
                    ""});
        }
    }
    LatestEvents latestEvents(drafts, mentions, context.people.people.size());
    int lastSpeaker = -1;
    int lastEvent = -1;
    int lastSentence = -1;
    for (const auto& quotation : context.quotations) {
        const int sentence = sentenceOf(context, quotation.byteBegin);
        if (sentence < 0 ||
            context.sentences[static_cast<std::size_t>(sentence)].role != SentenceRole::Body) {
            continue;
        }
        int speaker = speakerIn(context, sentence, quotation);
        const bool continued = speaker < 0 && lastSpeaker >= 0 && sentence <= lastSentence + 1;
        if (continued)
            speaker = lastSpeaker;
        if (speaker < 0)
            continue;
        int event = eventNamedIn(mentions, sentence);
        if (event < 0 && speaker == lastSpeaker && sentence <= lastSentence + 1)
            event = lastEvent;
        if (event < 0)
            event = latestEvents.before(speaker, sentence);
        lastSpeaker = speaker;
        lastSentence = sentence;
        lastEvent = event;
        if (event < 0)
            continue;
        quotes.add(static_cast<std::size_t>(event),
                   {articleId, quotation.begin, quotation.end,
                    std::string(context.text.substr(quotation.byteBegin,
                                                    quotation.byteEnd - quotation.byteBegin)),
                    context.people.people[static_cast<std::size_t>(speaker)].name});
    }
}

}  // namespace yeonpyo::extract
