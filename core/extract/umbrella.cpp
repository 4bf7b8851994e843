// Finding and removing visits that only sum up a day of more precise stops.
#include "core/extract/umbrella_p.h"

namespace yeonpyo::extract {
namespace {

bool isWide(PlacePrecision precision) {
    return precision == PlacePrecision::City || precision == PlacePrecision::Region ||
           precision == PlacePrecision::Country;
}

bool sumsUpOthers(const DraftEvent& visit, const std::vector<DraftEvent>& drafts,
                  const lexicon::Gazetteer& gazetteer) {
    const auto* area = gazetteer.find(visit.event.place.gazetteerId);
    if (visit.event.kind != EventKind::Visit || area == nullptr ||
        !isWide(visit.event.place.precision)) {
        return false;
    }
    const auto day = visit.event.time.start.substr(0, 10);
    for (const auto& other : drafts) {
        const auto* place = gazetteer.find(other.event.place.gazetteerId);
        if (&other == &visit || place == nullptr || place == area)
            continue;
        if (other.event.time.start.substr(0, 10) == day && gazetteer.encloses(*area, *place))
            return true;
    }
    return false;
}

}  // namespace

void dropUmbrellaVisits(std::vector<DraftEvent>& drafts, std::vector<Mention>& mentions,
                        const lexicon::Lexicon& lexicon) {
    std::vector<bool> dropped(drafts.size(), false);
    for (std::size_t i = 0; i < drafts.size(); ++i) {
        dropped[i] = sumsUpOthers(drafts[i], drafts, lexicon.gazetteer);
    }
    std::vector<int> newIndex(drafts.size(), -1);
    std::vector<DraftEvent> kept;
    for (std::size_t i = 0; i < drafts.size(); ++i) {
        if (dropped[i])
            continue;
        newIndex[i] = static_cast<int>(kept.size());
        kept.push_back(std::move(drafts[i]));
    }
    for (auto& mention : mentions) {
        if (mention.event >= 0)
            mention.event = newIndex[static_cast<std::size_t>(mention.event)];
    }
    drafts = std::move(kept);
}

}  // namespace yeonpyo::extract
