// Publication datelines in article text ("입력 2024.02.28 17:32", "Published Feb. 28, 2024") and
// single date values in any common writing, as ISO 8601.
#pragma once

#include <string>
#include <string_view>

namespace yeonpyo::text {

/// The publication date (and time) that a dateline near the top or bottom of an article gives,
/// as ISO 8601: "2024-02-28T17:32+09:00", "2024-02-28T17:32" (zone not stated) or "2024-02-28";
/// empty if there is none. Lines labelled as first publication (입력, 기사입력, 등록, Published,
/// Posted) win over update lines (수정, 최종수정, Updated), which win over an unlabelled date-time
/// on a short line of its own. Korean datelines are in Korean time (+09:00); English ones carry
/// the offset of a zone they name (KST, GMT, ET, …). Dates in the middle of the text are ignored.
std::string findDateline(std::string_view utf8);

/// One date or date-time value as metadata and datelines write it ("2024-02-28T17:32:00+09:00",
/// "2024.02.28. 오후 5:32", "Wed, 28 Feb 2024 08:32:00 GMT", "February 28, 2024 5:32 p.m. KST")
/// as ISO 8601 like findDateline; empty when value does not start with a full date.
std::string normalizeDateTime(std::string_view value);

}  // namespace yeonpyo::text
