// extract(): runs the stages (layout, time tagging, places, people, mentions, events, order,
// quotes).
#include "core/extract/extractor.h"

#include <algorithm>
#include <cstdio>

#include "core/extract/events_p.h"
#include "core/extract/links_p.h"
#include "core/extract/ordering.h"
#include "core/extract/place_hits_p.h"
#include "core/extract/place_zone_p.h"
#include "core/extract/quotes_p.h"
#include "core/extract/titles_p.h"
#include "core/temporal/stated_zone.h"
#include "core/text/unicode.h"

namespace yeonpyo::extract {
namespace {

std::string isoDate(const temporal::CivilDate& date) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", date.year, date.month, date.day);
    return buffer;
}

ArticleContext readArticle(const Article& article, const temporal::Reference& reference,
                           const lexicon::Lexicon& lexicon) {
    ArticleContext context;
    context.text = article.text;
    context.lang = article.lang.empty() ? text::guessLanguage(article.text) : article.lang;
    context.lexicon = &lexicon;
    const bool korean = context.lang == "ko";
    using lexicon::EndRule;
    using lexicon::StartRule;
    context.cueWords =
        lexicon.cues.forms.scan(article.text, StartRule::WordStart, EndRule::AnyEnding);
    context.organisations = lexicon.organisations.forms.scan(
        article.text, StartRule::WordStart, korean ? EndRule::ParticleTail : EndRule::WordEnd);
    const auto language =
        context.lang == "ko" ? temporal::Language::Korean : temporal::Language::English;
    context.times = temporal::Tagger(language, reference).tag(article.text);
    if (reference.date)
        context.referenceDay = isoDate(*reference.date);
    context.places = readPlaceHits(article.text, lexicon.gazetteer);
    context.triggerWords = lexicon.triggers.forms.scan(
        article.text, korean ? StartRule::InsideHangulWord : StartRule::WordStart,
        korean ? EndRule::AnyEnding : EndRule::WordEnd);
    context.sentences = layoutSentences(article.text, context.lang, lexicon, context.cueWords,
                                        context.times, context.places, context.triggerWords);
    context.quotations = text::findQuotations(article.text);
    std::vector<ByteRange> quotations;
    for (const auto& quotation : context.quotations) {
        quotations.push_back({quotation.byteBegin, quotation.byteEnd});
    }
    context.people = findPeople(article.text, context.lang, lexicon, quotations, context.places,
                                context.organisations,
                                reference.date ? isoDate(*reference.date) : std::string());
    return context;
}

/// Fills the fields that need the whole draft: participants, title, time zone, UTC interval,
/// status.
void finish(DraftEvent& draft, const std::vector<Mention>& mentions, const ArticleContext& context,
            const temporal::Reference& reference) {
    auto& event = draft.event;
    for (const int person : draft.people)
        event.participants.push_back(context.people.participant(person));
    event.title = titleOf(draft, mentions, context);
    // The place's zone matters only for a time stated in local time (현지시간); finding it is
    // not free, so it is looked up only then.
    const std::string zoneOfPlace = draft.statedZone == "local"
                                        ? placeZone(*context.lexicon, event.place.gazetteerId)
                                        : std::string();
    event.time.timeZone =
        temporal::effectiveZone(draft.statedZone, zoneOfPlace, reference.timeZone);
    if (const auto interval =
            temporal::toUtcInterval(event.time.start, event.time.timeOfDay, event.time.timeZone)) {
        event.time.beginUtc = interval->begin;
        event.time.endUtc = interval->end;
    }
    const bool future = reference.date && namesDay(event.time.start) &&
                        event.time.start.substr(0, 10) > isoDate(*reference.date);
    if (future && event.status != EventStatus::Planned)
        event.status = EventStatus::Planned;
    std::sort(event.quotes.begin(), event.quotes.end(),
              [](const Quote& a, const Quote& b) { return a.start < b.start; });
}

/// Gives ids in timeline order: id = sequence, and `after` rewritten to those ids.
std::vector<Event> numbered(std::vector<DraftEvent>& drafts) {
    std::vector<Event> events;
    for (std::size_t i = 0; i < drafts.size(); ++i) {
        drafts[i].event.id = static_cast<std::int64_t>(i);
        events.push_back(drafts[i].event);
    }
    assignSequence(events);
    std::vector<std::int64_t> idOf(events.size());
    for (const auto& event : events)
        idOf[static_cast<std::size_t>(event.id)] = event.sequence;
    for (auto& event : events) {
        event.id = event.sequence;
        for (auto& previous : event.after)
            previous = idOf[static_cast<std::size_t>(previous)];
        std::sort(event.after.begin(), event.after.end());
    }
    std::sort(events.begin(), events.end(),
              [](const Event& a, const Event& b) { return a.id < b.id; });
    return events;
}

}  // namespace

std::vector<Event> extract(const Article& article, const temporal::Reference& reference,
                           const lexicon::Lexicon& lexicon) {
    const ArticleContext context = readArticle(article, reference, lexicon);
    auto mentions = findMentions(context);
    auto drafts = buildEvents(mentions, context);
    linkByCues(mentions, drafts, context);
    inferPartsOfDay(drafts);
    attachQuotes(drafts, mentions, context, article.id);
    for (auto& draft : drafts)
        finish(draft, mentions, context, reference);
    return numbered(drafts);
}

}  // namespace yeonpyo::extract
