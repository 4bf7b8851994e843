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

int latestEventWith(const std::vector<DraftEvent>& drafts, const std::vector<Mention>& mentions,
                    int person, int sentence) {
    int found = -1;
    int foundSentence = -1;
    for (std::size_t d = 0; d < drafts.size(); ++d) {
        const auto& people = drafts[d].people;
        if (std::find(people.begin(), people.end(), person) == people.end())
            continue;
        for (const int m : drafts[d].mentions) {
            const int at = mentions[static_cast<std::size_t>(m)].sentence;
            if (at < sentence && at > foundSentence) {
                found = static_cast<int>(d);
                foundSentence = at;
            }
        }
    }
    return found;
}

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
            event = latestEventWith(drafts, mentions, speaker, sentence);
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
