// The table of Korean time words and its lookup by first syllable.
#include <algorithm>
#include <array>
#include <bitset>
#include <unordered_map>
#include <vector>

#include "core/temporal/holidays_p.h"
#include "core/temporal/korean_words_p.h"

namespace yeonpyo::temporal {
namespace {

using K = KoreanWordKind;
constexpr Base kCtx = Base::Context;
constexpr Base kDoc = Base::Document;

constexpr int h(HolidayId id) {
    return static_cast<int>(id);
}
constexpr int p(PartOfDay part) {
    return static_cast<int>(part);
}

constexpr std::array<std::string_view, 9> kZoneIds{"local",
                                                   "Asia/Seoul",
                                                   "America/New_York",
                                                   "America/Los_Angeles",
                                                   "America/Chicago",
                                                   "Asia/Shanghai",
                                                   "Asia/Tokyo",
                                                   "Europe/London",
                                                   "UTC"};

const KoreanWord kWords[] = {
    // Days relative to the article date.
    {U"그저께", K::DayShift, -2},
    {U"엊그저께", K::DayShift, -2},
    {U"그제", K::DayShift, -2},
    {U"엊그제", K::DayShift, -2},
    {U"어제", K::DayShift, -1},
    {U"어저께", K::DayShift, -1},
    {U"작일", K::DayShift, -1},
    {U"오늘", K::DayShift, 0},
    {U"금일", K::DayShift, 0},
    {U"어젯밤", K::DayShift, -1, kDoc, p(PartOfDay::Night)},
    {U"간밤", K::DayShift, -1, kDoc, p(PartOfDay::Night)},
    {U"내일", K::DayShift, 1},
    {U"명일", K::DayShift, 1},
    {U"모레", K::DayShift, 2},
    {U"내일모레", K::DayShift, 2},
    {U"글피", K::DayShift, 3},
    // Days relative to the last mentioned date.
    {U"이날", K::DayShift, 0, Base::StoryDay},
    {U"당일", K::DayShift, 0, kCtx},
    {U"같은 날", K::DayShift, 0, kCtx},
    {U"그 날", K::DayShift, 0, kCtx},
    {U"이튿날", K::DayShift, 1, kCtx},
    {U"다음 날", K::DayShift, 1, kCtx},
    {U"그 다음 날", K::DayShift, 1, kCtx},
    {U"익일", K::DayShift, 1, kCtx},
    {U"전날", K::DayShift, -1, kCtx},
    {U"전일", K::DayShift, -1, kCtx},
    {U"그 전날", K::DayShift, -1, kCtx},
    // Years.
    {U"올해", K::YearShift, 0},
    {U"금년", K::YearShift, 0},
    {U"작년", K::YearShift, -1},
    {U"지난 해", K::YearShift, -1},
    {U"재작년", K::YearShift, -2},
    {U"지지난 해", K::YearShift, -2},
    {U"내년", K::YearShift, 1},
    {U"명년", K::YearShift, 1},
    {U"내후년", K::YearShift, 2},
    {U"전년", K::YearShift, -1},
    {U"전년도", K::YearShift, -1},
    {U"이듬해", K::YearShift, 1, kCtx},
    {U"다음 해", K::YearShift, 1, kCtx},
    {U"그 해", K::YearShift, 0, kCtx},
    {U"같은 해", K::YearShift, 0, kCtx},
    {U"연초", K::YearMod, 0, kDoc, static_cast<int>(Mod::Start)},
    {U"연말", K::YearMod, 0, kDoc, static_cast<int>(Mod::End)},
    {U"연말연시", K::YearMod, 0, kDoc, static_cast<int>(Mod::End)},
    {U"연내", K::YearMod, 0},
    {U"연중", K::YearMod, 0},
    // Months.
    {U"이달", K::MonthShift, 0},
    {U"이번 달", K::MonthShift, 0},
    {U"금월", K::MonthShift, 0},
    {U"지난 달", K::MonthShift, -1},
    {U"지지난 달", K::MonthShift, -2},
    {U"다음 달", K::MonthShift, 1},
    {U"내달", K::MonthShift, 1},
    {U"다다음 달", K::MonthShift, 2},
    {U"그 달", K::MonthShift, 0, kCtx},
    {U"같은 달", K::MonthShift, 0, kCtx},
    {U"이듬달", K::MonthShift, 1, kCtx},
    {U"월초", K::MonthMod, 0, kDoc, static_cast<int>(Mod::Start)},
    {U"월말", K::MonthMod, 0, kDoc, static_cast<int>(Mod::End)},
    // Weeks and weekends.
    {U"이번 주", K::WeekShift, 0},
    {U"금주", K::WeekShift, 0},
    {U"지난 주", K::WeekShift, -1},
    {U"저번 주", K::WeekShift, -1},
    {U"지지난 주", K::WeekShift, -2},
    {U"다음 주", K::WeekShift, 1},
    {U"내주", K::WeekShift, 1},
    {U"다다음 주", K::WeekShift, 2},
    {U"같은 주", K::WeekShift, 0, kCtx},
    {U"오는 주", K::WeekShift, 1},
    {U"그 다음 주", K::WeekShift, 1, kCtx},
    {U"전주", K::WeekShift, -1, kDoc, 0, true},
    {U"오는 주말", K::Weekend, 1, kDoc, 1},
    {U"첫째 주", K::WeekOfMonth, 1},
    {U"첫 주", K::WeekOfMonth, 1},
    {U"둘째 주", K::WeekOfMonth, 2},
    {U"셋째 주", K::WeekOfMonth, 3},
    {U"넷째 주", K::WeekOfMonth, 4},
    {U"다섯째 주", K::WeekOfMonth, 5},
    {U"마지막 주", K::WeekOfMonth, -1},
    {U"첫째", K::Ordinal, 1},
    {U"둘째", K::Ordinal, 2},
    {U"셋째", K::Ordinal, 3},
    {U"넷째", K::Ordinal, 4},
    {U"다섯째", K::Ordinal, 5},
    {U"마지막", K::Ordinal, -1},
    {U"마지막 날", K::LastDay, 0},
    {U"말일", K::LastDay, 1},
    {U"주말", K::Weekend, 0},
    {U"이번 주말", K::Weekend, 0, kDoc, 1},
    {U"지난 주말", K::Weekend, -1, kDoc, 1},
    {U"다음 주말", K::Weekend, 1, kDoc, 1},
    {U"월요일", K::Weekday, 1},
    {U"화요일", K::Weekday, 2},
    {U"수요일", K::Weekday, 3},
    {U"목요일", K::Weekday, 4},
    {U"금요일", K::Weekday, 5},
    {U"토요일", K::Weekday, 6},
    {U"일요일", K::Weekday, 7},
    // Parts of day, meals and clock words.
    {U"새벽", K::Part, p(PartOfDay::Morning), kDoc, static_cast<int>(Meridiem::Am)},
    {U"아침", K::Part, p(PartOfDay::Morning), kDoc, static_cast<int>(Meridiem::Am)},
    {U"이른 아침", K::Part, p(PartOfDay::Morning), kDoc, static_cast<int>(Meridiem::Am)},
    {U"오전", K::Part, p(PartOfDay::None), kDoc, static_cast<int>(Meridiem::Am)},
    {U"오후", K::Part, p(PartOfDay::None), kDoc, static_cast<int>(Meridiem::Pm)},
    {U"늦은 오후", K::Part, p(PartOfDay::Afternoon)},
    {U"낮", K::Part, p(PartOfDay::Noon), kDoc, -1},
    {U"한낮", K::Part, p(PartOfDay::Noon)},
    {U"저녁", K::Part, p(PartOfDay::Evening)},
    {U"밤", K::Part, p(PartOfDay::Night)},
    {U"늦은 밤", K::Part, p(PartOfDay::Night)},
    {U"밤늦게", K::Part, p(PartOfDay::Night)},
    {U"밤새", K::Part, p(PartOfDay::Night)},
    {U"새벽녘", K::Part, p(PartOfDay::Morning), kDoc, static_cast<int>(Meridiem::Am)},
    {U"해질녘", K::Part, p(PartOfDay::Evening)},
    {U"저물녘", K::Part, p(PartOfDay::Evening)},
    {U"심야", K::Part, p(PartOfDay::Night)},
    {U"한밤중", K::Part, p(PartOfDay::Night)},
    {U"야간", K::Part, p(PartOfDay::Night)},
    {U"조찬", K::Meal, p(PartOfDay::Morning)},
    {U"점심", K::Meal, p(PartOfDay::Noon)},
    {U"오찬", K::Meal, p(PartOfDay::Noon)},
    {U"만찬", K::Meal, p(PartOfDay::Evening)},
    {U"석찬", K::Meal, p(PartOfDay::Evening)},
    {U"정오", K::ClockWord, 12, kDoc, p(PartOfDay::Noon)},
    {U"자정", K::ClockWord, 24, kDoc, p(PartOfDay::Night)},
    // Parts of periods, halves and seasons.
    {U"초", K::PeriodMod, static_cast<int>(Mod::Start)},
    {U"초순", K::PeriodMod, static_cast<int>(Mod::Start)},
    {U"초반", K::PeriodMod, static_cast<int>(Mod::Start)},
    {U"전반", K::PeriodMod, static_cast<int>(Mod::Start)},
    {U"중순", K::PeriodMod, static_cast<int>(Mod::Mid)},
    {U"중반", K::PeriodMod, static_cast<int>(Mod::Mid)},
    {U"하순", K::PeriodMod, static_cast<int>(Mod::End)},
    {U"말", K::PeriodMod, static_cast<int>(Mod::End)},
    {U"후반", K::PeriodMod, static_cast<int>(Mod::End)},
    {U"상반기", K::Half, 1},
    {U"하반기", K::Half, 2},
    {U"전반기", K::Half, 1},
    {U"후반기", K::Half, 2},
    {U"봄", K::Season, static_cast<int>(Season::Spring)},
    {U"여름", K::Season, static_cast<int>(Season::Summer)},
    {U"가을", K::Season, static_cast<int>(Season::Fall)},
    {U"겨울", K::Season, static_cast<int>(Season::Winter)},
    // Holidays.
    {U"설날", K::Holiday, h(HolidayId::Seollal)},
    {U"설 명절", K::Holiday, h(HolidayId::Seollal)},
    {U"설 연휴", K::Holiday, h(HolidayId::Seollal), kDoc, 1},
    {U"구정", K::Holiday, h(HolidayId::Seollal)},
    {U"추석", K::Holiday, h(HolidayId::Chuseok)},
    {U"한가위", K::Holiday, h(HolidayId::Chuseok)},
    {U"삼일절", K::Holiday, h(HolidayId::MarchFirstMovement)},
    {U"광복절", K::Holiday, h(HolidayId::LiberationDay)},
    {U"한글날", K::Holiday, h(HolidayId::HangeulDay)},
    {U"개천절", K::Holiday, h(HolidayId::NationalFoundationDay)},
    {U"현충일", K::Holiday, h(HolidayId::MemorialDay)},
    {U"제헌절", K::Holiday, h(HolidayId::ConstitutionDay)},
    {U"어린이날", K::Holiday, h(HolidayId::ChildrensDay)},
    {U"어버이날", K::Holiday, h(HolidayId::ParentsDay)},
    {U"스승의 날", K::Holiday, h(HolidayId::TeachersDay)},
    {U"근로자의 날", K::Holiday, h(HolidayId::LaborDay)},
    {U"국군의 날", K::Holiday, h(HolidayId::ArmedForcesDay)},
    {U"식목일", K::Holiday, h(HolidayId::ArborDay)},
    {U"성탄절", K::Holiday, h(HolidayId::Christmas)},
    {U"크리스마스", K::Holiday, h(HolidayId::Christmas)},
    {U"크리스마스 이브", K::Holiday, h(HolidayId::ChristmasEve)},
    {U"신정", K::Holiday, h(HolidayId::NewYearsDay)},
    {U"새해 첫날", K::Holiday, h(HolidayId::NewYearsDay)},
    {U"부처님 오신 날", K::Holiday, h(HolidayId::BuddhasBirthday)},
    {U"석가탄신일", K::Holiday, h(HolidayId::BuddhasBirthday)},
    {U"정월 대보름", K::Holiday, h(HolidayId::FirstFullMoon)},
    {U"대보름", K::Holiday, h(HolidayId::FirstFullMoon)},
    {U"단오", K::Holiday, h(HolidayId::Dano)},
    {U"섣달 그믐", K::Holiday, h(HolidayId::NewYearsEve)},
    // Prefixes that need a following expression.
    {U"지난", K::Direction, static_cast<int>(Direction::Past)},
    {U"오는", K::Direction, static_cast<int>(Direction::Future)},
    {U"다가오는", K::Direction, static_cast<int>(Direction::Future)},
    {U"다음", K::Direction, static_cast<int>(Direction::Future)},
    {U"최근", K::Direction, static_cast<int>(Direction::Past)},
    {U"향후", K::Direction, static_cast<int>(Direction::Future)},
    {U"앞으로", K::Direction, static_cast<int>(Direction::Future)},
    {U"이번 분기", K::QuarterShift, 0},
    {U"당 분기", K::QuarterShift, 0},
    {U"다음 분기", K::QuarterShift, 1},
    {U"지난 분기", K::QuarterShift, -1},
    {U"전 분기", K::QuarterShift, -1},
    {U"직전 분기", K::QuarterShift, -1},
    {U"이번", K::Direction, static_cast<int>(Direction::This)},
    {U"올", K::ThisYear, 0},
    // Stated time zones.
    {U"현지 시간", K::Zone, 0},
    {U"현지 시각", K::Zone, 0},
    {U"한국 시간", K::Zone, 1},
    {U"한국 시각", K::Zone, 1},
    {U"미국 동부 시간", K::Zone, 2},
    {U"미 동부 시간", K::Zone, 2},
    {U"동부 시간", K::Zone, 2},
    {U"미국 서부 시간", K::Zone, 3},
    {U"미 서부 시간", K::Zone, 3},
    {U"서부 시간", K::Zone, 3},
    {U"미국 중부 시간", K::Zone, 4},
    {U"중부 시간", K::Zone, 4},
    {U"베이징 시간", K::Zone, 5},
    {U"중국 시간", K::Zone, 5},
    {U"일본 시간", K::Zone, 6},
    {U"영국 시간", K::Zone, 7},
    {U"세계 표준시", K::Zone, 8},
    // Vague references, sets and amounts.
    {U"현재", K::Reference, static_cast<int>(RefKind::Present)},
    {U"지금", K::Reference, static_cast<int>(RefKind::Present)},
    {U"방금", K::Reference, static_cast<int>(RefKind::Present)},
    {U"요즘", K::Reference, static_cast<int>(RefKind::Present)},
    {U"최근", K::Reference, static_cast<int>(RefKind::Past)},
    {U"과거", K::Reference, static_cast<int>(RefKind::Past)},
    {U"그동안", K::Reference, static_cast<int>(RefKind::Past)},
    {U"향후", K::Reference, static_cast<int>(RefKind::Future)},
    {U"앞으로", K::Reference, static_cast<int>(RefKind::Future)},
    {U"장차", K::Reference, static_cast<int>(RefKind::Future)},
    {U"조만간", K::Reference, static_cast<int>(RefKind::Future)},
    {U"곧", K::Reference, static_cast<int>(RefKind::Future)},
    {U"머지않아", K::Reference, static_cast<int>(RefKind::Future)},
    {U"당시", K::Reference, static_cast<int>(RefKind::Past)},
    {U"한때", K::Reference, static_cast<int>(RefKind::Past)},
    {U"지금껏", K::Reference, static_cast<int>(RefKind::Past)},
    {U"당분간", K::Reference, static_cast<int>(RefKind::Future)},
    {U"매일", K::Set, static_cast<int>(Unit::Day)},
    {U"날마다", K::Set, static_cast<int>(Unit::Day)},
    {U"매주", K::Set, static_cast<int>(Unit::Week)},
    {U"매달", K::Set, static_cast<int>(Unit::Month)},
    {U"매월", K::Set, static_cast<int>(Unit::Month)},
    {U"매년", K::Set, static_cast<int>(Unit::Year)},
    {U"해마다", K::Set, static_cast<int>(Unit::Year)},
    {U"일주일", K::Amount, 1, kDoc, static_cast<int>(Unit::Week)},
    {U"반년", K::Amount, 6, kDoc, static_cast<int>(Unit::Month)},
};

// Syllables that start numerals: Sino-Korean digits and month names, native counts and day counts.
constexpr std::u32string_view kNumeralStarts =
    U"영공일이삼사오육륙칠팔구십백천유시한두세석네넉다여아열스몇하나닷엿며수보";

struct Index {
    std::unordered_map<char32_t, std::vector<const KoreanWord*>> byFirst;
    std::bitset<11172> anchors;

    Index() {
        for (const auto& word : kWords) {
            byFirst[word.text.front()].push_back(&word);
            anchors.set(word.text.front() - 0xAC00);
        }
        for (const char32_t c : kNumeralStarts)
            anchors.set(c - 0xAC00);
        for (auto& [first, words] : byFirst) {
            std::stable_sort(words.begin(), words.end(),
                             [](const KoreanWord* a, const KoreanWord* b) {
                                 return a->text.size() > b->text.size();
                             });
        }
    }
};

const Index& index() {
    static const Index built;
    return built;
}

}  // namespace

KoreanWordMatches matchKoreanWords(const Scan& text, int pos) {
    KoreanWordMatches matches;
    const auto& byFirst = index().byFirst;
    const auto found = byFirst.find(text[pos]);
    if (found == byFirst.end())
        return matches;
    for (const KoreanWord* word : found->second) {
        const int end = text.matchLoose(pos, word->text);
        if (end > 0 && matches.count < static_cast<int>(matches.items.size())) {
            matches.items[static_cast<std::size_t>(matches.count++)] = {word, end};
        }
    }
    return matches;
}

bool isKoreanAnchor(char32_t syllable) {
    return isHangulSyllable(syllable) && index().anchors.test(syllable - 0xAC00);
}

std::string_view koreanZoneId(int index) {
    return index >= 0 && index < static_cast<int>(kZoneIds.size())
               ? kZoneIds[static_cast<std::size_t>(index)]
               : "";
}

}  // namespace yeonpyo::temporal
