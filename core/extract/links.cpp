// Reading order cues: which event each cue anchors on and which events it orders against it.
#include "core/extract/links_p.h"

#include "core/extract/cues_p.h"
#include "core/extract/spans_p.h"

#include <algorithm>

#include "core/lexicon/utf8.h"

namespace yeonpyo::extract {
namespace {

using lexicon::CueKind;

struct OrderCue {
    std::size_t begin = 0;
    std::size_t end = 0;
    CueKind kind = CueKind::After;
    int sentence = -1;
};

std::vector<OrderCue> orderCues(const ArticleContext& context) {
    const auto& lexicon = *context.lexicon;
    const bool korean = context.lang == "ko";
    std::vector<OrderCue> cues;
    for (const auto& hit : context.cueWords) {
        if (!cueWordStands(context.text, hit, korean, true))
            continue;
        for (const int index : hit.payloads) {
            const auto& cue = lexicon.cues.entries[static_cast<std::size_t>(index)];
            if (cue.lang != context.lang || !isOrderCue(cue.kind))
                continue;
            const auto* sentence = lastStartingBy(context.sentences, hit.begin, byByteBegin);
            if (sentence && sentence->role == SentenceRole::Body && hit.begin < sentence->byteEnd) {
                cues.push_back({hit.begin, hit.end, cue.kind,
                                static_cast<int>(sentence - context.sentences.data())});
            }
        }
    }
    return cues;
}

bool reaches(const std::vector<DraftEvent>& drafts, int from, int to) {
    std::vector<int> stack{from};
    std::vector<bool> seen(drafts.size(), false);
    while (!stack.empty()) {
        const int current = stack.back();
        stack.pop_back();
        if (current == to)
            return true;
        if (seen[static_cast<std::size_t>(current)])
            continue;
        seen[static_cast<std::size_t>(current)] = true;
        for (const auto previous : drafts[static_cast<std::size_t>(current)].event.after) {
            stack.push_back(static_cast<int>(previous));
        }
    }
    return false;
}

/// later follows earlier.
void link(std::vector<DraftEvent>& drafts, int earlier, int later) {
    if (earlier < 0 || later < 0 || earlier == later || reaches(drafts, earlier, later))
        return;
    auto& after = drafts[static_cast<std::size_t>(later)].event.after;
    if (std::find(after.begin(), after.end(), earlier) == after.end())
        after.push_back(earlier);
}

}  // namespace

void linkByCues(const std::vector<Mention>& mentions, std::vector<DraftEvent>& drafts,
                const ArticleContext& context) {
    const bool korean = context.lang == "ko";
    for (const auto& cue : orderCues(context)) {
        int previousEvent = -1;
        int cueObject = -1;  // "After the summit, …", "… after the morning session"
        std::vector<int> before;
        std::vector<int> after;
        const auto bySentence = [](const Mention& mention) {
            return static_cast<std::size_t>(mention.sentence);
        };
        const auto sentenceStart =
            firstStartingFrom(mentions, static_cast<std::size_t>(cue.sentence), bySentence);
        for (auto earlier = sentenceStart; earlier != mentions.begin() && previousEvent < 0;) {
            --earlier;
            if (earlier->event >= 0 && earlier->role == SentenceRole::Body)
                previousEvent = earlier->event;
        }
        for (auto it = sentenceStart; it != mentions.end() && it->sentence == cue.sentence; ++it) {
            const auto& mention = *it;
            if (mention.event < 0 || mention.role != SentenceRole::Body)
                continue;
            const bool firstAfterCue = mention.begin > cue.begin && after.empty();
            if (firstAfterCue && !korean && mention.objectOfCue)
                cueObject = mention.event;
            (mention.begin < cue.begin ? before : after).push_back(mention.event);
        }
        int anchor = previousEvent;
        std::vector<int> main = after;
        const bool toPrevious =
            cue.kind == CueKind::BeforePrevious || cue.kind == CueKind::AfterPrevious;
        if (cueObject >= 0) {
            anchor = cueObject;
            main.insert(main.end(), before.begin(), before.end());
        } else if (!toPrevious && korean && !before.empty()) {
            anchor = before.back();
        } else if (!toPrevious && !korean && !before.empty() && !after.empty()) {
            main = before;  // "… left for India after meeting Yoon"
            anchor = after.front();
        }
        const bool mainFirst = cue.kind == CueKind::Before || cue.kind == CueKind::BeforePrevious;
        for (const int event : main) {
            if (event == anchor)
                continue;
            mainFirst ? link(drafts, event, anchor) : link(drafts, anchor, event);
        }
    }
}

void inferPartsOfDay(std::vector<DraftEvent>& drafts) {
    for (auto& draft : drafts) {
        if (draft.event.time.timeOfDay != "noon")
            continue;
        for (const auto earlier : draft.event.after) {
            auto& time = drafts[static_cast<std::size_t>(earlier)].event.time;
            if (!time.timeOfDay.empty() ||
                time.start.substr(0, 10) != draft.event.time.start.substr(0, 10)) {
                continue;
            }
            time.timeOfDay = "morning";
            time.derivation += "; morning: before the noon event of the same day";
        }
    }
}

}  // namespace yeonpyo::extract
