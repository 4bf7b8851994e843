// Internal: the subtitle of an event label (when, planned, where) in a frame's locale and zone.
#pragma once

#include <QString>

#include "app/render/timeline_data.h"
#include "app/render/timeline_layout.h"

namespace yeonpyo::render::detail {

/// "오후 12시 · LG트윈타워", "2월 29일 (목) · 예정", "Noon · LG Twin Towers"; the day is named
/// when the frame spans more than a day. Times are given in `zone`, followed by its abbreviation
/// when that is not the frame's zone.
QString subtitleOf(const TimelineItem& item, const TimelineItemText& text,
                   const TimelineFrame& frame, const QTimeZone& zone);

}  // namespace yeonpyo::render::detail
