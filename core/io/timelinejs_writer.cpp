// TimelineJS3 JSON, to publish the timeline on the web: a title slide and an event a slide, with
// HTML-escaped headline and text (TimelineJS renders them as HTML).
#include <nlohmann/json.hpp>

#include "core/io/calendar_value_p.h"
#include "core/io/html_text_p.h"
#include "core/io/writers_p.h"

namespace yeonpyo::io {
namespace {

using Json = nlohmann::ordered_json;

/// A TimelineJS date object with the parts the value knows; null when it has no calendar form.
Json dateObject(const std::optional<CalendarValue>& value) {
    if (!value)
        return nullptr;
    Json date{{"year", value->year}};
    if (value->precision == CalendarValue::Precision::Year)
        return date;
    date["month"] = value->month;
    if (value->precision == CalendarValue::Precision::Month)
        return date;
    date["day"] = value->day;
    if (!value->hasClock())
        return date;
    date["hour"] = value->hour;
    date["minute"] = value->minute;
    return date;
}

std::string paragraph(const std::string& text) {
    return "<p>" + escapeMarkup(text) + "</p>";
}

std::string slideText(const ExportInput& input, const Event& event) {
    std::string html;
    std::string where = event.place.name;
    if (!event.place.address.empty())
        where += (where.empty() ? "" : ", ") + event.place.address;
    if (!where.empty())
        html += paragraph(where);
    for (const Participant& participant : event.participants)
        html += paragraph(describeParticipant(participant));
    if (const std::string disagreement = sourcesDisagree(input, event); !disagreement.empty())
        html += paragraph(disagreement);
    for (const Quote& quote : event.quotes) {
        html += "<blockquote>" + escapeMarkup(quote.text) + "</blockquote>" +
                paragraph("— " + input.citation(quote.articleId));
    }
    return html;
}

Json slideOf(const ExportInput& input, const Event& event) {
    std::optional<CalendarValue> start = parseCalendarValue(event.time.start);
    std::optional<CalendarValue> end = parseCalendarValue(event.time.end);
    if (!start && event.time.beginUtc) {
        start = utcCalendar(*event.time.beginUtc);
        if (event.time.endUtc)
            end = utcCalendar(*event.time.endUtc);
    }
    if (!start)
        return nullptr;
    Json slide{{"start_date", dateObject(start)}};
    if (end)
        slide["end_date"] = dateObject(end);
    slide["text"] = {{"headline", escapeMarkup(event.title)}, {"text", slideText(input, event)}};
    slide["group"] = toString(event.kind);
    slide["unique_id"] = "event-" + std::to_string(event.id);
    if (event.place.hasCoordinates()) {
        slide["location"] = {
            {"name", event.place.name}, {"lat", *event.place.lat}, {"lon", *event.place.lon}};
    }
    return slide;
}

}  // namespace

std::string writeTimelineJs(const ExportInput& input) {
    Json events = Json::array();
    for (const Event& event : input.events) {
        if (Json slide = slideOf(input, event); !slide.is_null())
            events.push_back(std::move(slide));
    }
    std::string sources;
    for (const Article& article : input.articles)
        sources += paragraph(input.citation(article.id));
    const Json timeline{
        {"title", {{"text", {{"headline", escapeMarkup(input.title())}, {"text", sources}}}}},
        {"events", std::move(events)}};
    return timeline.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace yeonpyo::io
