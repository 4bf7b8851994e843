// Mentions that lean on an event told before take what the text leaves out from it: its day, part
// of day and place ("훈련을 마친 뒤 기자회견", "After the summit, … luncheon", "held a news
// conference after the morning session"), or its people ("세 정상은", "the two leaders").
#pragma once

#include <functional>
#include <vector>

#include "core/extract/events_p.h"
#include "core/extract/mentions_p.h"

namespace yeonpyo::extract {

/// Ties a mention to the event an order cue relates it to (Mention::anchor): the event named before
/// it in its sentence with the cue between, or in English the event a later cue object of its
/// sentence refers to; findEvent gives the event a mention would join (-1: none). A mention whose
/// date is not stated takes that event's day.
void anchorOnCue(Mention& mention, const std::vector<Mention>& mentions, std::size_t index,
                 const std::vector<DraftEvent>& drafts, const ArticleContext& context,
                 const std::function<int(const Mention&)>& findEvent);

/// "세 정상은 … 만찬에 참석했다": a group gets the people of the last event told with that many
/// (with two or more when the words do not say how many); the group, not the story's subject, is
/// then the clause's subject.
void resolveGroup(Mention& mention, const std::vector<Mention>& mentions, std::size_t index,
                  const std::vector<DraftEvent>& drafts);

/// Once all mentions are placed: an event told after its anchor ("after" cue) with no part of day
/// or place of its own takes the anchor's (after a noon meal, the afternoon), unless its sentence
/// names a place after the cue.
void fillFromAnchors(const std::vector<Mention>& mentions, std::vector<DraftEvent>& drafts,
                     const ArticleContext& context);

}  // namespace yeonpyo::extract
