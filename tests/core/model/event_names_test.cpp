// Event enums round-trip through the names the JSON contract uses.
#include <gtest/gtest.h>

#include "core/model/event.h"

namespace yeonpyo {
namespace {

TEST(EventNames, KindsRoundTrip) {
    for (auto kind : {EventKind::Meeting, EventKind::Meal, EventKind::Visit, EventKind::Speech,
                      EventKind::Departure, EventKind::Arrival, EventKind::Announcement,
                      EventKind::Other}) {
        EXPECT_EQ(eventKindFromString(toString(kind)), kind);
    }
    EXPECT_EQ(toString(EventKind::Meal), "meal");
    EXPECT_EQ(eventKindFromString("no such kind"), EventKind::Other);
}

TEST(EventNames, StatusAndPrecision) {
    EXPECT_EQ(toString(EventStatus::Planned), "planned");
    EXPECT_EQ(eventStatusFromString("reported"), EventStatus::Reported);
    EXPECT_EQ(toString(PlacePrecision::Venue), "venue");
    EXPECT_EQ(placePrecisionFromString("district"), PlacePrecision::District);
    EXPECT_EQ(placePrecisionFromString("galaxy"), PlacePrecision::Unknown);
}

}  // namespace
}  // namespace yeonpyo
