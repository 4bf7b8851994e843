// iCalendar export read back: RFC 5545's required properties, zones, dates, escaping, folding.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <set>

#include "core/io/export.h"
#include "tests/core/io/sample_timeline.h"

namespace yeonpyo::io {
namespace {

constexpr std::int64_t kExportTime = 1709251200;  // 2024-03-01T00:00Z

std::string exportedIcs() {
    ExportOptions options;
    options.now = kExportTime;
    auto ics =
        exportEvents(Format::Ics, testing::sampleArticles(), testing::sampleEvents(), options);
    EXPECT_TRUE(ics.ok());
    return ics.ok() ? *ics : std::string{};
}

std::vector<std::string> physicalLines(const std::string& ics) {
    std::vector<std::string> lines;
    for (std::size_t at = 0; at < ics.size();) {
        const std::size_t end = ics.find("\r\n", at);
        EXPECT_NE(end, std::string::npos) << "every line ends with CRLF";
        if (end == std::string::npos)
            break;
        lines.push_back(ics.substr(at, end - at));
        at = end + 2;
    }
    return lines;
}

/// Content lines with folding undone (RFC 5545 §3.1).
std::vector<std::string> unfolded(const std::string& ics) {
    std::vector<std::string> lines;
    for (const std::string& line : physicalLines(ics)) {
        if (line.starts_with(' ') && !lines.empty()) {
            lines.back() += line.substr(1);
        } else {
            lines.push_back(line);
        }
    }
    return lines;
}

bool isValidUtf8(const std::string& text) {
    for (std::size_t i = 0; i < text.size();) {
        const auto byte = static_cast<unsigned char>(text[i]);
        const std::size_t length = byte < 0x80         ? 1
                                   : byte >> 5 == 0x6  ? 2
                                   : byte >> 4 == 0xE  ? 3
                                   : byte >> 3 == 0x1E ? 4
                                                       : 0;
        if (length == 0 || i + length > text.size())
            return false;
        for (std::size_t k = 1; k < length; ++k) {
            if ((static_cast<unsigned char>(text[i + k]) & 0xC0) != 0x80)
                return false;
        }
        i += length;
    }
    return true;
}

using Component = std::multimap<std::string, std::string>;  // "DTSTART;TZID=Asia/Seoul" → value

/// The VEVENTs, each as its property lines split at the first colon.
std::vector<Component> eventsOf(const std::vector<std::string>& lines) {
    std::vector<Component> events;
    bool inside = false;
    for (const std::string& line : lines) {
        if (line == "BEGIN:VEVENT") {
            events.emplace_back();
            inside = true;
        } else if (line == "END:VEVENT") {
            inside = false;
        } else if (inside) {
            const std::size_t colon = line.find(':');
            events.back().emplace(line.substr(0, colon), line.substr(colon + 1));
        }
    }
    return events;
}

std::string valueOf(const Component& event, const std::string& name) {
    const auto found = event.find(name);
    return found == event.end() ? std::string{"(missing " + name + ")"} : found->second;
}

TEST(IcsFormat, HasTheRequiredCalendarAndEventProperties) {
    const std::vector<std::string> lines = unfolded(exportedIcs());
    ASSERT_GE(lines.size(), 4u);
    EXPECT_EQ(lines.front(), "BEGIN:VCALENDAR");
    EXPECT_EQ(lines.back(), "END:VCALENDAR");
    EXPECT_NE(std::find(lines.begin(), lines.end(), "VERSION:2.0"), lines.end());
    EXPECT_TRUE(std::any_of(lines.begin(), lines.end(),
                            [](const std::string& l) { return l.starts_with("PRODID:"); }));
    const std::vector<Component> events = eventsOf(lines);
    ASSERT_EQ(events.size(), 4u) << "the event without a calendar date (XXXX-XX-29) is left out";
    std::set<std::string> uids;
    for (const Component& event : events) {
        EXPECT_EQ(event.count("UID"), 1u);
        uids.insert(valueOf(event, "UID"));
        EXPECT_EQ(valueOf(event, "DTSTAMP"), "20240301T000000Z");
        EXPECT_TRUE(std::any_of(event.begin(), event.end(),
                                [](const auto& p) { return p.first.starts_with("DTSTART"); }));
    }
    EXPECT_EQ(uids.size(), events.size()) << "UIDs are unique";
}

TEST(IcsFormat, PlacesEachEventInItsZoneOrOnItsDate) {
    const std::vector<std::string> lines = unfolded(exportedIcs());
    const std::vector<Component> events = eventsOf(lines);
    ASSERT_EQ(events.size(), 4u);
    EXPECT_EQ(valueOf(events[0], "DTSTART;TZID=Asia/Seoul"), "20240228T120000");
    EXPECT_EQ(valueOf(events[0], "DTEND;TZID=Asia/Seoul"), "20240228T133000");
    EXPECT_EQ(valueOf(events[0], "GEO"), "37.528000;126.934000");
    EXPECT_EQ(valueOf(events[0], "LOCATION"), "LG트윈타워\\, 서울 영등포구");
    EXPECT_EQ(valueOf(events[0], "STATUS"), "CONFIRMED");
    EXPECT_EQ(valueOf(events[2], "DTSTART;VALUE=DATE"), "20240229");
    EXPECT_EQ(valueOf(events[2], "DTEND;VALUE=DATE"), "20240301");
    EXPECT_EQ(valueOf(events[2], "STATUS"), "TENTATIVE");
    EXPECT_EQ(valueOf(events[3], "DTSTART;VALUE=DATE"), "20240301")
        << "a month starts on its first day";
    EXPECT_EQ(valueOf(events[3], "DTEND;VALUE=DATE"), "20240401");

    const auto zone = std::find(lines.begin(), lines.end(), "BEGIN:VTIMEZONE");
    ASSERT_NE(zone, lines.end()) << "a zone named by TZID is defined";
    EXPECT_EQ(*(zone + 1), "TZID:Asia/Seoul");
    EXPECT_TRUE(std::any_of(zone, lines.end(), [](const std::string& line) {
        return line.starts_with("TZOFFSETTO:+0900");  // ICU adds seconds: +090000
    }));
}

TEST(IcsFormat, DescriptionsCarryQuotesAndSources) {
    const std::vector<Component> events = eventsOf(unfolded(exportedIcs()));
    const std::string description = valueOf(events[0], "DESCRIPTION");
    EXPECT_NE(description.find("Participants: 조주완 (CEO\\, LG전자)\\; 권봉석 (COO\\, (주)LG)"),
              std::string::npos)
        << description;
    EXPECT_NE(description.find("\\n“LG트윈타워에서 조주완 사장과 점심을 함께했다.” — 저커버그\\, "
                               "서울서 LG·삼성 총수 잇달아 만나 — 연표일보\\, 2024-02-28"),
              std::string::npos)
        << description;
}

TEST(IcsFormat, EscapesTextValues) {
    const std::vector<Component> events = eventsOf(unfolded(exportedIcs()));
    EXPECT_EQ(valueOf(events[3], "SUMMARY"),
              "<script>alert(\"x\")</script>\\, \"quoted\"\\; a\\\\b\\nsecond line");
}

TEST(IcsFormat, FoldsLongLinesWithoutBreakingCharacters) {
    const std::string ics = exportedIcs();
    bool folded = false;
    for (const std::string& line : physicalLines(ics)) {
        EXPECT_LE(line.size(), 75u) << line;
        EXPECT_TRUE(isValidUtf8(line)) << "a fold split a character: " << line;
        folded = folded || line.starts_with(' ');
    }
    EXPECT_TRUE(folded) << "the sample has lines longer than 75 octets";
}

}  // namespace
}  // namespace yeonpyo::io
