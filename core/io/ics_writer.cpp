// iCalendar (RFC 5545): a VEVENT an event, clock times in their zone (with its VTIMEZONE from
// ICU), dates as VALUE=DATE, LOCATION and GEO, DESCRIPTION with participants, where sources
// disagree, quotes and sources.
#include <unicode/unistr.h>
#include <unicode/vtzone.h>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <map>
#include <memory>

#include "core/io/calendar_value_p.h"
#include "core/io/ics_text_p.h"
#include "core/io/writers_p.h"
#include "core/temporal/temporal.h"

namespace yeonpyo::io {
namespace {

/// DTSTART and DTEND lines of an event ("DTSTART;VALUE=DATE:20240228"); start is empty when
/// the event cannot be placed on a calendar (an underspecified date such as XXXX-XX-28).
struct IcsTimes {
    std::string start;
    std::string end;
    std::string zone;  ///< The TZID used, if any.
};

IcsTimes icsTimes(const EventTime& time) {
    const auto start = parseCalendarValue(time.start);
    const auto end = parseCalendarValue(time.end);
    if (start && start->hasClock() && temporal::isKnownTimeZone(time.timeZone)) {
        const std::string zone = ";TZID=" + time.timeZone + ":";
        IcsTimes times{"DTSTART" + zone + compactDateTime(*start), {}, time.timeZone};
        if (end && end->hasClock())
            times.end = "DTEND" + zone + compactDateTime(*end);
        return times;
    }
    if (start && !start->hasClock()) {
        const CalendarValue last = end && !end->hasClock() ? *end : *start;
        return {"DTSTART;VALUE=DATE:" + compactDate(*start),
                "DTEND;VALUE=DATE:" + compactDate(periodEnd(last)),
                {}};
    }
    if (time.beginUtc) {
        IcsTimes times{"DTSTART:" + compactDateTime(utcCalendar(*time.beginUtc)) + "Z", {}, {}};
        if (time.endUtc && *time.endUtc > *time.beginUtc) {
            times.end = "DTEND:" + compactDateTime(utcCalendar(*time.endUtc)) + "Z";
        }
        return times;
    }
    return {};
}

/// A VTIMEZONE for `zone` with the rules in force from `fromUtc` on, as ICU writes it.
std::string vtimezone(const std::string& zone, std::int64_t fromUtc) {
    std::unique_ptr<icu::VTimeZone> rules(
        icu::VTimeZone::createVTimeZoneByID(icu::UnicodeString::fromUTF8(zone)));
    if (!rules)
        return {};
    icu::UnicodeString written;
    UErrorCode status = U_ZERO_ERROR;
    rules->write(static_cast<UDate>(fromUtc) * 1000.0, written, status);
    if (U_FAILURE(status))
        return {};
    std::string text;
    written.toUTF8String(text);
    std::string folded;
    for (std::size_t at = 0; at < text.size();) {
        std::size_t end = text.find('\n', at);
        if (end == std::string::npos)
            end = text.size();
        std::string_view line(text.data() + at, end - at);
        if (line.ends_with('\r'))
            line.remove_suffix(1);
        if (!line.empty())
            folded += foldIcsLine(line);
        at = end + 1;
    }
    return folded;
}

std::string stamp(std::int64_t seconds) {
    return compactDateTime(utcCalendar(seconds)) + "Z";
}

/// FNV-1a of the articles' identities: the same document always gives its events the same UIDs.
std::string documentFingerprint(const std::vector<Article>& articles) {
    std::uint64_t hash = 1469598103934665603ULL;
    for (const Article& article : articles) {
        for (const std::string* field : {&article.title, &article.source, &article.published}) {
            for (unsigned char c : *field + '\x1f')
                hash = (hash ^ c) * 1099511628211ULL;
        }
    }
    char hex[17];
    std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(hash));
    return hex;
}

std::string description(const ExportInput& input, const Event& event) {
    std::vector<std::string> lines;
    if (!event.participants.empty()) {
        std::string people = "Participants: ";
        for (std::size_t i = 0; i < event.participants.size(); ++i) {
            people += (i > 0 ? "; " : "") + describeParticipant(event.participants[i]);
        }
        lines.push_back(people);
    }
    if (!event.time.timeOfDay.empty())
        lines.push_back("Part of day: " + event.time.timeOfDay);
    if (!event.time.derivation.empty())
        lines.push_back("Date: " + event.time.derivation);
    if (const std::string disagreement = sourcesDisagree(input, event); !disagreement.empty())
        lines.push_back(disagreement);
    for (const Quote& quote : event.quotes) {
        lines.push_back("\u201C" + quote.text + "\u201D — " + input.citation(quote.articleId));
    }
    std::string text;
    for (const std::string& line : lines)
        text += (text.empty() ? "" : "\n") + line;
    return text;
}

void appendEvent(std::string& out, const ExportInput& input, const Event& event,
                 const IcsTimes& times, const std::string& uidPrefix, std::int64_t now) {
    auto line = [&out](std::string_view text) { out += foldIcsLine(text); };
    line("BEGIN:VEVENT");
    line("UID:" + uidPrefix + std::to_string(event.id) + "@yeonpyo");
    line("DTSTAMP:" + stamp(now));
    line(times.start);
    if (!times.end.empty())
        line(times.end);
    line("SUMMARY:" + escapeIcsText(event.title));
    std::string location = event.place.name;
    if (!event.place.address.empty())
        location += (location.empty() ? "" : ", ") + event.place.address;
    if (!location.empty())
        line("LOCATION:" + escapeIcsText(location));
    if (event.place.hasCoordinates()) {
        char geo[64];
        std::snprintf(geo, sizeof geo, "GEO:%.6f;%.6f", *event.place.lat, *event.place.lon);
        line(geo);
    }
    if (const std::string text = description(input, event); !text.empty()) {
        line("DESCRIPTION:" + escapeIcsText(text));
    }
    line("CATEGORIES:" + escapeIcsText(toString(event.kind)));
    line(event.status == EventStatus::Planned ? "STATUS:TENTATIVE" : "STATUS:CONFIRMED");
    line("X-YEONPYO-SEQUENCE:" + std::to_string(event.sequence));
    line("END:VEVENT");
}

}  // namespace

std::string writeIcs(const ExportInput& input) {
    const std::int64_t now =
        input.options.now.value_or(static_cast<std::int64_t>(std::time(nullptr)));
    std::vector<IcsTimes> times;
    std::map<std::string, std::int64_t> zones;  // TZID → earliest begin of an event using it
    for (const Event& event : input.events) {
        times.push_back(icsTimes(event.time));
        if (times.back().zone.empty())
            continue;
        const std::int64_t begin = event.time.beginUtc.value_or(now);
        auto [entry, added] = zones.emplace(times.back().zone, begin);
        if (!added)
            entry->second = std::min(entry->second, begin);
    }

    std::string out;
    auto line = [&out](std::string_view text) { out += foldIcsLine(text); };
    line("BEGIN:VCALENDAR");
    line("VERSION:2.0");
    line("PRODID:-//Yeonpyo//Yeonpyo timeline export//EN");
    line("CALSCALE:GREGORIAN");
    line("METHOD:PUBLISH");
    line("X-WR-CALNAME:" + escapeIcsText(input.title()));
    for (const auto& [zone, from] : zones)
        out += vtimezone(zone, from - 366 * 86400);
    const std::string uidPrefix = "event-" + documentFingerprint(input.articles) + "-";
    for (std::size_t i = 0; i < input.events.size(); ++i) {
        if (times[i].start.empty())
            continue;  // no calendar date: RFC 5545 requires DTSTART
        appendEvent(out, input, input.events[i], times[i], uidPrefix, now);
    }
    line("END:VCALENDAR");
    return out;
}

}  // namespace yeonpyo::io
