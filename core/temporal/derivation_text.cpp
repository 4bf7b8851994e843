// Derivations in Korean: an ordered table of English phrases (regular expressions over the
// stored text) and their Korean wording; the bases ("the article date 2024-02-28") first, then
// the phrases built on them, then names of months, weekdays, parts of day and units.
#include "core/temporal/derivation_text.h"

#include <regex>
#include <utility>
#include <vector>

namespace yeonpyo::temporal {
namespace {

struct Phrase {
    std::regex english;
    std::string korean;
};

// A base a relative value counts from, once put in Korean.
#define BASE                                                                                                            \
    "((?:기사 날짜|앞서 언급된 (?:날짜|연도|분기)|기사가 다루는 날|알 수 없는 기사 날짜)" \
    "(?: [0-9X]{4}(?:-[0-9X]{2}){0,2}(?:-Q\\d)?(?:의 분기| 직전 분기)?)?"                                        \
    "(?: \\(앞서 언급된 (?:날짜|연도) 없음\\))?)"

const std::pair<const char*, const char*> kPhrases[] = {
    // Holidays, by the English names the holiday table gives them.
    {"New Year's Day", "신정"},
    {"Seollal \\(Lunar New Year\\)", "설날"},
    {"Jeongwol Daeboreum \\(first full moon\\)", "정월 대보름"},
    {"March First Movement Day", "삼일절"},
    {"Arbor Day", "식목일"},
    {"Labour Day", "근로자의 날"},
    {"Children's Day", "어린이날"},
    {"Parents' Day", "어버이날"},
    {"Teachers' Day", "스승의 날"},
    {"Buddha's Birthday", "부처님 오신 날"},
    {"\\bDano\\b", "단오"},
    {"Memorial Day", "현충일"},
    {"Constitution Day", "제헌절"},
    {"Liberation Day", "광복절"},
    {"Chuseok", "추석"},
    {"Armed Forces Day", "국군의 날"},
    {"National Foundation Day", "개천절"},
    {"Hangeul Day", "한글날"},
    {"Christmas Eve", "크리스마스 이브"},
    {"Christmas", "성탄절"},
    {"New Year's Eve", "섣달 그믐"},
    {"Thanksgiving \\(fourth Thursday of November\\)", "추수감사절(11월 넷째 목요일)"},
    {"Easter Sunday", "부활절"},
    {"Halloween", "핼러윈"},
    {"Valentine's Day", "밸런타인데이"},
    {"Independence Day \\(US\\)", "미국 독립기념일"},
    // Whole sentences of their own.
    {"written in full", "본문에 모두 적힘"},
    {"set by the user", "사용자가 지정함"},
    {"moved by the user on the timeline", "사용자가 타임라인에서 옮김"},
    {"TimelineJS sheet, ", "TimelineJS 시트, "},
    {"the present, around the article date", "현재 (기사 날짜 무렵)"},
    {"the past, without a date", "과거 (날짜 없음)"},
    {"the future, without a date", "미래 (날짜 없음)"},
    {"the day of the event it follows \\(([^)]*)\\)", "뒤따르는 사건의 날 ($1)"},
    {"day (\\d+) of the month of ([0-9X-]{10}), named before it in the sentence",
     "같은 문장에 앞서 나온 $2와 같은 달의 $1일"},
    {"morning: before the noon event of the same day", "오전: 같은 날 정오 사건보다 앞섬"},
    {"; (\\w+): after ([^;]+)", "; $1: $2 이후"},
    {" \\(morning or afternoon not written: read as business hours\\)",
     " (오전·오후가 없어 업무 시간으로 읽음)"},
    {"the month and year are unknown without an article date",
     "기사 날짜가 없어 연월을 알 수 없음"},
    {"the week is unknown without an article date", "기사 날짜가 없어 주를 알 수 없음"},
    {"the year is unknown without an article date", "기사 날짜가 없어 연도를 알 수 없음"},
    {"the article date, which is unknown", "알 수 없는 기사 날짜"},
    {"the article date is unknown", "기사 날짜를 알 수 없음"},
    {"in the year of the last mentioned date \\((\\d+)\\)", "앞서 언급된 날짜의 해 ($1)"},
    {"a day of a month the text leaves unknown", "본문이 정하지 않은 달의 날"},
    {"a quarter of an unknown year", "알 수 없는 해의 분기"},
    {" of a week relative to an unknown date", " (알 수 없는 날짜 기준의 주)"},
    {": the lunar calendar is not available", ": 음력을 계산할 수 없음"},
    {" \\(the story counts in quarters\\)", " (기사가 분기 단위로 셈)"},
    {" \\(no date mentioned before\\)", " (앞서 언급된 날짜 없음)"},
    {" \\(no year mentioned before\\)", " (앞서 언급된 연도 없음)"},
    // Bases.
    {"the article date ([0-9X-]{10})", "기사 날짜 $1"},
    {"article dated ([0-9-]{10})", "기사 날짜 $1"},
    {"the last mentioned date ([0-9X-]{10})", "앞서 언급된 날짜 $1"},
    {"the last mentioned year (\\d+)", "앞서 언급된 연도 $1"},
    {"the last mentioned quarter (\\S+)", "앞서 언급된 분기 $1"},
    {"the day the story is at, ([0-9X-]{10})", "기사가 다루는 날 $1"},
    {"the last quarter before " BASE, "$1 직전 분기"},
    {"the quarter of " BASE, "$1의 분기"},
    // Tenses.
    {"past tense \\('([^']*)'\\)", "과거 시제('$1')"},
    {"future tense \\('([^']*)'\\)", "미래 시제('$1')"},
    {"past tense", "과거 시제"},
    {"future tense", "미래 시제"},
    // Years.
    {": the year before " BASE, ": $1의 전해"},
    {": the year after " BASE, ": $1의 다음 해"},
    {"the nearest to " BASE ": the year before", "$1에 가장 가까운 해: 전해"},
    {"the nearest to " BASE ": the year after", "$1에 가장 가까운 해: 다음 해"},
    {"the nearest year in which it exists, from " BASE, "$1에서 가장 가까운, 그날이 있는 해"},
    {"in the year of " BASE, "$1의 해"},
    {"the last one before " BASE, "$1 이전의 가장 가까운 것"},
    {"the coming one after " BASE, "$1 이후에 처음 오는 것"},
    {"the weekend of ([^;]+)", "$1의 주말"},
    // Shifts from a base.
    {"the day before " BASE, "$1 전날"},
    {"the day after " BASE, "$1 다음 날"},
    {"the (\\w+(?:-\\w+)?) before " BASE, "$2 이전 $1"},
    {"the (\\w+(?:-\\w+)?) after " BASE, "$2 다음 $1"},
    {"(\\d+) (\\w+) before " BASE, "$3 $1 $2 전"},
    {"(\\d+) (\\w+) after " BASE, "$3 $1 $2 후"},
    {"the (\\w+(?:-\\w+)?) of " BASE, "$2의 $1"},
    {"(\\d+) (\\w+) up to " BASE, "$3까지 $1 $2"},
    {"(\\d+) (\\w+) from " BASE, "$3부터 $1 $2"},
    // Days of a month.
    {"day (\\d+) of the reference month \\(" BASE "\\)", "$2의 달 $1일"},
    {"day (\\d+) of the month of " BASE, "$2의 달 $1일"},
    {"the last day (\\d+) before " BASE, "$2 이전의 가장 가까운 $1일"},
    {"the coming day (\\d+) after " BASE, "$2 이후에 처음 오는 $1일"},
    {", the reference month has no day (\\d+)", ", 기준 달에는 $1일이 없음"},
    {"day (\\d+) of ([^;]+)", "$2의 $1일"},
    {"day (\\d+)", "$1일"},
    // Weekdays.
    {"the (\\w+day) nearest " BASE, "$2에 가장 가까운 $1"},
    {"the last (\\w+day) before " BASE, "$2 이전의 가장 가까운 $1"},
    {"the coming (\\w+day) after " BASE, "$2 이후에 처음 오는 $1"},
    {": the previous (\\w+day) \\(" BASE "\\)", ": 지난 $1 ($2)"},
    {": the coming (\\w+day) \\(" BASE "\\)", ": 다가오는 $1 ($2)"},
    {": (\\w+day) is " BASE " itself", ": $1은 $2 당일"},
    {"weekday number (\\d+), (\\w+day) of ([^;]+)", "$3의 $1번째 $2"},
    {"the last (\\w+day) of ([^;]+)", "$2의 마지막 $1"},
    {"no such weekday in ([^;]+)", "$1에 그런 요일이 없음"},
    {"(\\w+day) of ([^;]+)", "$2의 $1"},
    // Places in a month, weeks and weekends.
    {"the last day of ([^;]+)", "$1의 마지막 날"},
    {"the last week of ([^;]+)", "$1의 마지막 주"},
    {"week (\\d+) of ([^;]+)", "$2의 $1번째 주"},
    {": the weekend before ([^;]+)", ": $1 이전 주말"},
    // Clock times and parts of day.
    {"(\\d\\d:\\d\\d)((?: \\([^)]*\\))?) on " BASE, "$3 $1$2"},
    {"(\\w+) on " BASE, "$2 $1"},
    {"a meal word: ", "식사를 나타내는 말: "},
    // Amounts.
    {"a duration of about ([^;]+)", "약 $1 동안"},
    {"a duration of more than ([^;]+)", "$1 넘게"},
    {"a duration of less than ([^;]+)", "$1 미만"},
    {"a duration of ([^;]+)", "$1 동안"},
    {"([^;]+) before: the past", "$1 전: 과거"},
    {"([^;]+) after: the future", "$1 후: 미래"},
    {"([^;]+) before a clock time the text leaves open", "본문에 없는 시각의 $1 전"},
    {"([^;]+) after a clock time the text leaves open", "본문에 없는 시각의 $1 후"},
    // Periods.
    {"quarter (\\d)", "$1분기"},
    {"the first half", "상반기"},
    {"the second half", "하반기"},
    {"the decade (\\d+)s", "$1년대"},
    {"the century (\\d+) \\(years (\\d+)-(\\d+)\\)", "$1세기 ($2-$3년)"},
    {"(\\S+) (\\d{4}) by the Korean lunar calendar \\(lunar (\\d+)/(\\d+)\\)",
     "$1 $2년 (음력 $3월 $4일)"},
    {"every (\\w+day)", "매주 $1"},
    {"every day", "매일"},
    {"every week", "매주"},
    {"every month", "매달"},
    {"every year", "매년"},
    {"every quarter", "분기마다"},
    {"every ", "매 "},
    // Ranges.
    {"; until ([^ ]+) \\(", "; $1까지 ("},
    {"in the month of the start", "시작과 같은 달"},
    {"in the year of the start", "시작과 같은 해"},
    {"the first such date after the start", "시작 뒤 처음 오는 그 날짜"},
    {"the first (\\w+day) from the start", "시작부터 처음 오는 $1"},
    {", in ", ", "},
    // Modifiers and zones.
    {"; its start", "; 그 초"},
    {"; its middle", "; 그 중순"},
    {"; its end", "; 그 말"},
    {"; approximately", "; 대략"},
    {"; the holiday season around it", "; 앞뒤 연휴"},
    {"; local time at the place of the event", "; 사건 장소의 현지 시각"},
    {"; time in ([^;]+)", "; $1 시각"},
    // Names.
    {"(\\d+) January", "1월 $1일"},
    {"(\\d+) February", "2월 $1일"},
    {"(\\d+) March", "3월 $1일"},
    {"(\\d+) April", "4월 $1일"},
    {"(\\d+) May", "5월 $1일"},
    {"(\\d+) June", "6월 $1일"},
    {"(\\d+) July", "7월 $1일"},
    {"(\\d+) August", "8월 $1일"},
    {"(\\d+) September", "9월 $1일"},
    {"(\\d+) October", "10월 $1일"},
    {"(\\d+) November", "11월 $1일"},
    {"(\\d+) December", "12월 $1일"},
    {"January", "1월"},
    {"February", "2월"},
    {"March", "3월"},
    {"April", "4월"},
    {"\\bMay\\b", "5월"},
    {"June", "6월"},
    {"July", "7월"},
    {"August", "8월"},
    {"September", "9월"},
    {"October", "10월"},
    {"November", "11월"},
    {"December", "12월"},
    {"Monday", "월요일"},
    {"Tuesday", "화요일"},
    {"Wednesday", "수요일"},
    {"Thursday", "목요일"},
    {"Friday", "금요일"},
    {"Saturday", "토요일"},
    {"Sunday", "일요일"},
    {"\\bmorning\\b", "오전"},
    {"\\bnoon\\b", "정오"},
    {"\\bafternoon\\b", "오후"},
    {"\\bevening\\b", "저녁"},
    {"\\bnight\\b", "밤"},
    {"\\bspring\\b", "봄"},
    {"\\bsummer\\b", "여름"},
    {"\\bfall\\b", "가을"},
    {"\\bwinter\\b", "겨울"},
    {"some (\\w+)", "몇 $1"},
    {"(\\d+) decades?", "$1×10년"},
    {"(\\d+) years?", "$1년"},
    {"(\\d+) half-years?", "$1반기"},
    {"(\\d+) quarters?", "$1분기"},
    {"(\\d+) months?", "$1개월"},
    {"(\\d+) weeks?", "$1주"},
    {"(\\d+) days?", "$1일"},
    {"(\\d+) hours?", "$1시간"},
    {"(\\d+) minutes?", "$1분"},
    {"(\\d+) seconds?", "$1초"},
    {"\\bdecades?\\b", "10년"},
    {"\\byears?\\b", "해"},
    {"\\bhalf-years?\\b", "반기"},
    {"\\bquarters?\\b", "분기"},
    {"\\bmonths?\\b", "달"},
    {"\\bweeks?\\b", "주"},
    {"\\bdays?\\b", "날"},
    {"\\bhours?\\b", "시간"},
    {"\\bminutes?\\b", "분"},
};

#undef BASE

const std::vector<Phrase>& koreanPhrases() {
    static const std::vector<Phrase> phrases = [] {
        std::vector<Phrase> built;
        built.reserve(std::size(kPhrases));
        for (const auto& [english, korean] : kPhrases)
            built.push_back({std::regex(english), korean});
        return built;
    }();
    return phrases;
}

}  // namespace

std::string derivationIn(std::string_view english, std::string_view language) {
    std::string text(english);
    if (language != "ko")
        return text;
    for (const Phrase& phrase : koreanPhrases())
        text = std::regex_replace(text, phrase.english, phrase.korean);
    return text;
}

}  // namespace yeonpyo::temporal
