// Tests of the bundled word tables: triggers, cues, titles, organisations and bilingual people.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/lexicon/lexicon.h"

namespace yeonpyo::lexicon {
namespace {

const Lexicon& lexicon() {
    return builtinLexicon();
}

TEST(Triggers, GiveKindAndPartOfDay) {
    struct Row {
        std::string form;
        EventKind kind;
        std::string timeOfDay;
    };
    const std::vector<Row> rows{
        {"오찬", EventKind::Meal, "noon"},      {"만찬", EventKind::Meal, "evening"},
        {"조찬", EventKind::Meal, "morning"},   {"예방", EventKind::Meeting, ""},
        {"출국", EventKind::Departure, ""},     {"left for", EventKind::Departure, ""},
        {"dinner", EventKind::Meal, "evening"}, {"courtesy call", EventKind::Meeting, ""},
    };
    for (const auto& row : rows) {
        const auto found = lexicon().triggers.forms.lookup(row.form);
        ASSERT_EQ(found.size(), 1u) << row.form;
        const auto& trigger = lexicon().triggers.entries[static_cast<std::size_t>(found.front())];
        EXPECT_EQ(trigger.kind, row.kind) << row.form;
        EXPECT_EQ(trigger.timeOfDay, row.timeOfDay) << row.form;
    }
    for (const std::string form : {"오후", "회사", "said", "lunchbox"}) {
        EXPECT_TRUE(lexicon().triggers.forms.lookup(form).empty()) << form;
    }
}

TEST(Triggers, JourneysAreTheWayToAPlaceNotTheStay) {
    const std::vector<std::pair<std::string, bool>> rows{
        {"이동", true},  {"travelled to", true}, {"travel to", true},
        {"방문", false}, {"visited", false},     {"찾아", false}};
    for (const auto& [form, journey] : rows) {
        const auto found = lexicon().triggers.forms.lookup(form);
        ASSERT_EQ(found.size(), 1u) << form;
        EXPECT_EQ(lexicon().triggers.entries[static_cast<std::size_t>(found.front())].journey,
                  journey)
            << form;
    }
}

TEST(Cues, MarkPlannedReportedAndOrder) {
    const auto kindOf = [](std::string_view form) {
        const auto found = lexicon().cues.forms.lookup(form);
        return found.empty() ? std::optional<CueKind>{}
                             : lexicon().cues.entries[static_cast<std::size_t>(found.front())].kind;
    };
    EXPECT_EQ(kindOf("예정"), CueKind::Planned);
    EXPECT_EQ(kindOf("is scheduled to"), CueKind::Planned);
    EXPECT_EQ(kindOf("전해졌다"), CueKind::Reported);
    EXPECT_EQ(kindOf("앞서"), CueKind::Before);
    EXPECT_EQ(kindOf("뒤"), CueKind::After);
    EXPECT_EQ(kindOf("then"), CueKind::AfterPrevious);
    EXPECT_EQ(kindOf("취재진"), CueKind::Press);
    EXPECT_FALSE(kindOf("오후").has_value());
}

TEST(Cues, GroupsSayHowManyPeopleWhenTheirWordsDo) {
    struct Row {
        std::string form;
        std::optional<int> count;  ///< none: not a group cue
    };
    const std::vector<Row> rows{{"두 정상", 2},           {"세 정상", 3},
                                {"양국 정상", 2},         {"정상들", 0},
                                {"두 사람", 2},           {"the two leaders", 2},
                                {"The three leaders", 3}, {"the leaders", 0},
                                {"정상", std::nullopt},   {"two", std::nullopt}};
    for (const auto& row : rows) {
        std::optional<int> count;
        for (const int index : lexicon().cues.forms.lookup(row.form)) {
            const auto& cue = lexicon().cues.entries[static_cast<std::size_t>(index)];
            if (cue.kind == CueKind::Group)
                count = cue.count;
        }
        EXPECT_EQ(count, row.count) << row.form;
    }
}

TEST(Cues, AGroupSizeMustBeANumber) {
    Table<Cue> table;
    const auto status = loadCues("ko\t두 정상\tgroup\ttwo\n", table);
    ASSERT_FALSE(status.ok());
    EXPECT_NE(status.error().message.find("cues.tsv line 1"), std::string::npos)
        << status.error().message;
}

TEST(Titles, NormaliseKoreanAndEnglishForms) {
    struct Row {
        std::string form;
        std::string ko;
        std::string en;
    };
    const std::vector<Row> rows{
        {"최고경영자(CEO)", "CEO", "CEO"}, {"Chief Executive", "CEO", "CEO"},
        {"최고운영책임자", "COO", "COO"},  {"회장", "회장", "Chairman"},
        {"chairman", "회장", "Chairman"},  {"대통령", "대통령", "President"},
    };
    for (const auto& row : rows) {
        const auto found = lexicon().titles.forms.lookup(row.form);
        ASSERT_FALSE(found.empty()) << row.form;
        const auto& title = lexicon().titles.entries[static_cast<std::size_t>(found.front())];
        EXPECT_EQ(title.ko, row.ko) << row.form;
        EXPECT_EQ(title.en, row.en) << row.form;
    }
}

TEST(Organisations, JoinKoreanAndEnglishNames) {
    const auto& orgs = lexicon().organisations;
    for (const auto& [a, b] :
         std::vector<std::pair<std::string, std::string>>{{"삼성전자", "Samsung Electronics"},
                                                          {"㈜LG", "LG Corp."},
                                                          {"메타", "Meta Platforms"}}) {
        ASSERT_FALSE(orgs.forms.lookup(a).empty()) << a;
        EXPECT_EQ(orgs.forms.lookup(a).front(), orgs.forms.lookup(b).front()) << a << " / " << b;
    }
    EXPECT_NE(orgs.forms.lookup("LG").front(), orgs.forms.lookup("LG전자").front());
}

TEST(People, JoinHangulAndLatinSpellings) {
    const auto& people = lexicon().people;
    const auto lee = people.forms.lookup("이재용");
    ASSERT_EQ(lee.size(), 1u);
    EXPECT_EQ(people.forms.lookup("Lee Jae-yong"), lee);
    const auto& person = people.entries[static_cast<std::size_t>(lee.front())];
    EXPECT_EQ(lexicon().titles.entries[static_cast<std::size_t>(person.title)].ko, "회장");
    EXPECT_EQ(lexicon().organisations.entries[static_cast<std::size_t>(person.org)].ko, "삼성전자");
    EXPECT_TRUE(people.forms.lookup("이재").empty());
}

}  // namespace
}  // namespace yeonpyo::lexicon
