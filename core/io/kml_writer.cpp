// KML 2.2 for Google Earth: a Placemark an event (TimeStamp or TimeSpan, Point lon,lat) and the
// route as a LineString Placemark; every piece of user text XML-escaped.
#include <cstdio>

#include "core/io/calendar_value_p.h"
#include "core/io/html_text_p.h"
#include "core/io/writers_p.h"
#include "core/temporal/temporal.h"

namespace yeonpyo::io {
namespace {

/// A KML time (XML Schema dateTime, date, gYearMonth or gYear) for a value, with the UTC offset
/// of a clock time; empty when the value has no calendar form.
std::string kmlTime(const std::string& value, const std::string& zone) {
    const auto parsed = parseCalendarValue(value);
    if (!parsed)
        return {};
    switch (parsed->precision) {
        case CalendarValue::Precision::Year:
        case CalendarValue::Precision::Month:
        case CalendarValue::Precision::Day:
            return value;
        case CalendarValue::Precision::Minute: {
            const std::string zoned = temporal::withUtcOffset(value.substr(0, 16), zone);
            if (zoned.size() == 16)
                return isoDateTime(*parsed);  // unknown zone: local time
            return zoned.substr(0, 16) + ":00" + zoned.substr(16);
        }
    }
    return {};
}

std::string utcTime(std::int64_t seconds) {
    return isoDateTime(utcCalendar(seconds)) + "Z";
}

std::string timePrimitive(const EventTime& time) {
    const std::string begin = kmlTime(time.start, time.timeZone);
    const std::string end = kmlTime(time.end, time.timeZone);
    if (!begin.empty() && end.empty())
        return "<TimeStamp><when>" + begin + "</when></TimeStamp>";
    if (!begin.empty())
        return "<TimeSpan><begin>" + begin + "</begin><end>" + end + "</end></TimeSpan>";
    if (time.beginUtc && time.endUtc) {
        return "<TimeSpan><begin>" + utcTime(*time.beginUtc) + "</begin><end>" +
               utcTime(*time.endUtc) + "</end></TimeSpan>";
    }
    return {};
}

std::string coordinates(const Place& place) {
    char text[64];
    std::snprintf(text, sizeof text, "%.6f,%.6f", *place.lon, *place.lat);
    return text;
}

std::string descriptionOf(const ExportInput& input, const Event& event) {
    std::string text = event.time.start;
    if (!event.time.timeOfDay.empty())
        text += " (" + event.time.timeOfDay + ")";
    std::string where = event.place.name;
    if (!event.place.address.empty())
        where += (where.empty() ? "" : ", ") + event.place.address;
    if (!where.empty())
        text += "\n" + where;
    for (const Participant& participant : event.participants)
        text += "\n" + describeParticipant(participant);
    if (const std::string disagreement = sourcesDisagree(input, event); !disagreement.empty())
        text += "\n" + disagreement;
    for (const Quote& quote : event.quotes) {
        text += "\n\u201C" + quote.text + "\u201D — " + input.citation(quote.articleId);
    }
    return text;
}

void appendPlacemark(std::string& out, const ExportInput& input, const Event& event) {
    out += "    <Placemark id=\"event-" + std::to_string(event.id) + "\">\n";
    out += "      <name>" + escapeMarkup(std::to_string(event.sequence) + ". " + event.title) +
           "</name>\n";
    out += "      <description>" + escapeMarkup(descriptionOf(input, event)) + "</description>\n";
    if (const std::string when = timePrimitive(event.time); !when.empty())
        out += "      " + when + "\n";
    out += "      <ExtendedData>\n";
    for (const auto& [name, value] : {std::pair{"sequence", std::to_string(event.sequence)},
                                      std::pair{"kind", std::string(toString(event.kind))},
                                      std::pair{"status", std::string(toString(event.status))}}) {
        out += std::string("        <Data name=\"") + name + "\"><value>" + escapeMarkup(value) +
               "</value></Data>\n";
    }
    out += "      </ExtendedData>\n";
    if (event.place.hasCoordinates()) {
        out += "      <Point><coordinates>" + coordinates(event.place) + "</coordinates></Point>\n";
    }
    out += "    </Placemark>\n";
}

}  // namespace

std::string writeKml(const ExportInput& input) {
    std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    out += "<kml xmlns=\"http://www.opengis.net/kml/2.2\">\n  <Document>\n";
    out += "    <name>" + escapeMarkup(input.title()) + "</name>\n";
    for (const Event& event : input.events)
        appendPlacemark(out, input, event);
    const std::vector<const Event*> route = routeOf(input.events);
    if (route.size() >= 2) {
        out += "    <Placemark id=\"route\">\n      <name>Route</name>\n      <LineString>\n";
        out += "        <tessellate>1</tessellate>\n        <coordinates>";
        for (std::size_t i = 0; i < route.size(); ++i) {
            out += (i > 0 ? " " : "") + coordinates(route[i]->place);
        }
        out += "</coordinates>\n      </LineString>\n    </Placemark>\n";
    }
    out += "  </Document>\n</kml>\n";
    return out;
}

}  // namespace yeonpyo::io
