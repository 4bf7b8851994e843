// Building events from mentions: one event per happening, however many sentences mention it.
#pragma once

#include <vector>

#include "core/extract/mentions_p.h"
#include "core/model/event.h"

namespace yeonpyo::extract {

/// An event under construction, with the mentions it came from.
struct DraftEvent {
    Event event;
    std::vector<int> mentions;              ///< Indices into the mention list, in text order.
    std::vector<std::string> orgKeys;       ///< Organisations of its participants.
    std::vector<int> people;                ///< ArticlePeople indices.
    std::vector<std::string> triggerForms;  ///< Words the body named it with ("정상회의", "회의").
    bool timeOwn = false;                   ///< Its date was stated, not inherited.
    std::string statedZone;  ///< The zone its time's expression states ("local" for 현지시간).
};

/// Turns mentions into events. Body mentions with enough support create events or join the one
/// they agree with (same day, part of day, place, people); captions and headline lines only join.
/// Sets Mention::event for every mention that became part of an event.
std::vector<DraftEvent> buildEvents(std::vector<Mention>& mentions, const ArticleContext& context);

/// Among encounters, a meal says more than a meeting, and a meeting more than a visit (3, 2, 1);
/// other kinds 0.
int specificity(EventKind kind);

/// How well a mention agrees with an event: negative when they contradict each other
/// (another day, part of day or place), higher the more they share.
int agreement(const Mention& mention, const DraftEvent& draft, const ArticleContext& context);

}  // namespace yeonpyo::extract
