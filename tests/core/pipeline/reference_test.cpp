// Reference choice: the input's date, then the option, then the article's own; never a guess.
#include <gtest/gtest.h>

#include "core/pipeline/reference.h"

namespace yeonpyo::pipeline {
namespace {

TEST(ChooseReference, TheInputsOwnDateWinsOverTheOptionAndTheArticle) {
    IngestInput input{"a.txt", "", temporal::CivilDate{2024, 2, 27}};
    IngestOptions options;
    options.referenceDate = temporal::CivilDate{2024, 3, 1};
    Article article;
    article.published = "2024-02-28T17:32+09:00";
    const ChosenReference chosen = chooseReference(input, options, article);
    EXPECT_EQ(chosen.source, "input");
    EXPECT_EQ(chosen.dateText, "2024-02-27");
}

TEST(ChooseReference, TheArticlesPublicationDateIsUsedWhenNothingElseIsGiven) {
    IngestInput input{"a.txt", "", std::nullopt};
    Article article;
    article.published = "2024-02-28T17:32+09:00";
    const ChosenReference chosen = chooseReference(input, {}, article);
    EXPECT_EQ(chosen.source, "article");
    EXPECT_EQ(chosen.dateText, "2024-02-28");
    EXPECT_EQ(chosen.reference.timeZone, kDefaultTimeZone);
}

TEST(ChooseReference, WithoutAnyDateNothingIsGuessed) {
    IngestInput input{"a.txt", "", std::nullopt};
    Article article;
    const ChosenReference chosen = chooseReference(input, {}, article);
    EXPECT_EQ(chosen.source, "none");
    EXPECT_TRUE(chosen.dateText.empty());
    EXPECT_FALSE(chosen.reference.date.has_value());
}

TEST(ChooseReference, TheOptionsZoneIsKept) {
    IngestInput input{"a.txt", "", std::nullopt};
    IngestOptions options;
    options.timeZone = "Europe/London";
    options.referenceDate = temporal::CivilDate{2024, 7, 30};
    Article article;
    const ChosenReference chosen = chooseReference(input, options, article);
    EXPECT_EQ(chosen.reference.timeZone, "Europe/London");
    EXPECT_EQ(article.published, "2024-07-30")
        << "an article without a date records the one it was read against";
}

TEST(IsoDatePart, ReadsDatesAndDateTimesAndRefusesTheRest) {
    EXPECT_EQ(isoDatePart("2024-02-28T17:32+09:00"), (temporal::CivilDate{2024, 2, 28}));
    EXPECT_EQ(isoDatePart("2024-02-28"), (temporal::CivilDate{2024, 2, 28}));
    EXPECT_FALSE(isoDatePart("2024-02-30").has_value());
    EXPECT_FALSE(isoDatePart("28 Feb 2024").has_value());
    EXPECT_FALSE(isoDatePart("").has_value());
}

}  // namespace
}  // namespace yeonpyo::pipeline
