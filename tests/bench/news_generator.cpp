// Generating news-like Korean and English text from word lists, remembering where times were put.
#include "tests/bench/news_generator.h"

#include <array>
#include <random>
#include <string_view>

namespace yeonpyo::bench {
namespace {

using Words = std::vector<std::string_view>;

const Words kKoreanSubjects{"정부는",   "위원회는", "대표단은", "총리는",   "장관은",
                            "연구진은", "협회는",   "재단은",   "구단은",   "시민단체는",
                            "노조는",   "이사회는", "대변인은", "조사단은", "사절단은"};
const Words kKoreanPlaces{"서울에서", "부산에서", "세종에서",     "국회에서", "본사에서",
                          "대전에서", "광주에서", "인천공항에서", "판교에서", "여의도에서",
                          "제주에서", "도쿄에서", "베를린에서"};
const Words kKoreanObjects{"회의를",     "협약을",   "간담회를",   "기자회견을",
                           "토론회를",   "설명회를", "정상회담을", "공청회를",
                           "업무협약을", "협상을",   "행사를"};
const Words kKoreanVerbs{"열었다",   "가졌다",      "진행했다",      "체결했다",        "마쳤다",
                         "개최했다", "열 예정이다", "가질 계획이다", "진행할 방침이다", "개최한다"};
const Words kKoreanNouns{"협력", "투자", "지원", "연구", "교류", "수출"};
const Words kKoreanParts{"오전", "오후", "저녁", "밤", "새벽"};
const Words kKoreanWeekdays{"월요일", "화요일", "수요일", "목요일", "금요일", "토요일", "일요일"};
const Words kKoreanFixed{"이날",         "이날 저녁", "이튿날", "다음 날",      "전날",
                         "같은 날 오후", "어제",      "오늘",   "내일",         "지난달",
                         "이달 말",      "지난해",    "올해",   "내년",         "내년 상반기",
                         "연말",         "연내",      "사흘간", "한 시간 넘게", "이틀 뒤",
                         "추석 연휴",    "설 연휴",   "광복절", "정오",         "다음 주",
                         "지난주",       "상반기",    "하반기", "최근",         "향후"};

const Words kEnglishSubjects{
    "The ministry",   "The committee",   "The delegation", "The prime minister", "Officials",
    "Researchers",    "The association", "The foundation", "The union",          "The board",
    "A spokesperson", "The mayor",       "The envoys"};
const Words kEnglishVerbs{
    "held talks",          "signed an agreement",         "announced a plan",
    "opened a forum",      "hosted a briefing",           "met reporters",
    "will hold a meeting", "is scheduled to sign a deal", "plans to open an office",
    "visited a plant"};
const Words kEnglishPlaces{"in Seoul",
                           "in Busan",
                           "in Sejong",
                           "at the National Assembly",
                           "at its headquarters",
                           "in Tokyo",
                           "in Berlin",
                           "in Washington",
                           "in Incheon"};
const Words kEnglishWeekdays{"Monday", "Tuesday",  "Wednesday", "Thursday",
                             "Friday", "Saturday", "Sunday"};
const Words kEnglishMonths{"Jan.", "Feb.", "March", "April", "May",  "June",
                           "July", "Aug.", "Sept.", "Oct.",  "Nov.", "Dec."};
const Words kEnglishFixed{
    "last week",       "next month",      "the next day",      "that evening",  "later that day",
    "two days later",  "early next year", "the first quarter", "for two hours", "more than an hour",
    "three years ago", "yesterday",       "tomorrow",          "this morning",  "next year",
    "last year",       "at noon",         "this weekend",      "a decade ago",  "recently"};

class Writer {
public:
    Writer(std::size_t bytes, unsigned seed) : target_(bytes), random_(seed) {}

    int number(int low, int high) { return std::uniform_int_distribution<int>(low, high)(random_); }
    std::string_view pick(const Words& words) {
        return words[static_cast<std::size_t>(number(0, static_cast<int>(words.size()) - 1))];
    }
    bool chance(int percent) { return number(1, 100) <= percent; }

    void add(std::string_view text) {
        news_.text += text;
        for (const char c : text)
            codePoints_ += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
    }
    void addTime(const std::string& time) {
        const int begin = codePoints_;
        add(time);
        news_.timeSpans.emplace_back(begin, codePoints_);
    }
    void endSentence() {
        if (++sentences_ % 5 == 0)
            add("\n\n");
        else
            add(" ");
    }
    bool done() const { return news_.text.size() >= target_; }
    GeneratedNews take() { return std::move(news_); }

private:
    std::size_t target_;
    std::mt19937 random_;
    GeneratedNews news_;
    int codePoints_ = 0;
    int sentences_ = 0;
};

std::string koreanTime(Writer& w) {
    const std::string day = std::to_string(w.number(1, 28));
    switch (w.number(0, 11)) {
        case 0:
            return day + "일";
        case 1:
            return std::string(w.chance(50) ? "지난 " : "오는 ") + day + "일";
        case 2:
            return std::to_string(w.number(1, 12)) + "월 " + day + "일";
        case 3:
            return std::to_string(w.number(2015, 2026)) + "년 " + std::to_string(w.number(1, 12)) +
                   "월 " + day + "일";
        case 4:
            return day + "일 " + std::string(w.pick(kKoreanParts));
        case 5:
            return day + "일 오후 " + std::to_string(w.number(1, 11)) + "시";
        case 6:
            return "오전 " + std::to_string(w.number(7, 11)) + "시 " +
                   std::to_string(w.number(10, 50)) + "분";
        case 7:
            return std::string(w.chance(50) ? "지난주 " : "다음 주 ") +
                   std::string(w.pick(kKoreanWeekdays));
        case 8:
            return std::to_string(w.number(1, 12)) + "월 " + (w.chance(50) ? "중순" : "초");
        case 9:
            return std::to_string(w.number(2, 15)) + (w.chance(50) ? "년 만에" : "일간");
        case 10:
            return day + "~" + std::to_string(w.number(29, 30)) + "일";
        default:
            return std::string(w.pick(kKoreanFixed));
    }
}

void koreanSentence(Writer& w) {
    switch (w.number(0, 9)) {
        case 0:
            w.add("현장에는 " + std::to_string(w.number(1, 8)) + "~" +
                  std::to_string(w.number(9, 12)) + "명이 참석했다.");
            return;
        case 1:
            w.add("참가 기업은 " + std::to_string(w.number(3, 5)) + "~6곳으로 늘었다.");
            return;
        case 2:
            w.add("관계자는 “" + std::string(w.pick(kKoreanNouns)) +
                  "을 강화할 수 있다”고 말했다.");
            return;
        case 3:
            w.add("매출은 " + std::to_string(w.number(100, 3500)) +
                  "억 원을 넘었고 서울시는 지원 방안을 내놓았다.");
            return;
        default:
            break;
    }
    w.add(std::string(w.pick(kKoreanSubjects)) + " ");
    if (w.chance(60)) {
        w.addTime(koreanTime(w));
        w.add(" ");
    }
    w.add(std::string(w.pick(kKoreanPlaces)) + " " + std::string(w.pick(kKoreanObjects)) + " " +
          std::string(w.pick(kKoreanVerbs)) + ".");
}

std::string englishTime(Writer& w) {
    const std::string day = std::to_string(w.number(1, 28));
    switch (w.number(0, 8)) {
        case 0:
            return "on " + std::string(w.pick(kEnglishWeekdays));
        case 1:
            return "on " + std::string(w.pick(kEnglishMonths)) + " " + day;
        case 2:
            return "on " + std::string(w.pick(kEnglishMonths)) + " " + day + ", " +
                   std::to_string(w.number(2015, 2026));
        case 3:
            return "at " + std::to_string(w.number(1, 11)) + (w.chance(50) ? " p.m." : ":30 a.m.");
        case 4:
            return "in " + std::to_string(w.number(2015, 2030));
        case 5:
            return "last " + std::string(w.pick(kEnglishWeekdays));
        case 6:
            return "from " + std::string(w.pick(kEnglishMonths)) + " " + day + " to " +
                   std::to_string(w.number(29, 30));
        default:
            return std::string(w.pick(kEnglishFixed));
    }
}

/// The time phrase without a leading preposition ("Feb. 26" of "on Feb. 26"), as tools tag it.
std::pair<std::string, std::string> splitPreposition(const std::string& time) {
    for (const std::string_view lead : {"on ", "at ", "in ", "from ", "for "}) {
        if (time.starts_with(lead))
            return {std::string(lead), time.substr(lead.size())};
    }
    return {"", time};
}

void englishSentence(Writer& w) {
    switch (w.number(0, 9)) {
        case 0:
            w.add("About " + std::to_string(w.number(3, 5)) + " or " +
                  std::to_string(w.number(6, 8)) + " companies took part.");
            return;
        case 1:
            w.add("It plans to buy more than " + std::to_string(w.number(10, 350)) + ",000 chips.");
            return;
        case 2:
            w.add("The H" + std::to_string(w.number(100, 200)) +
                  " processors remain in short supply.");
            return;
        case 3:
            w.add("The company said it may expand cooperation with " +
                  std::to_string(w.number(2, 9)) + " partners.");
            return;
        default:
            break;
    }
    w.add(std::string(w.pick(kEnglishSubjects)) + " " + std::string(w.pick(kEnglishVerbs)) + " " +
          std::string(w.pick(kEnglishPlaces)));
    if (w.chance(60)) {
        const auto [preposition, time] = splitPreposition(englishTime(w));
        w.add(" " + preposition);
        w.addTime(time);
    }
    w.add(".");
}

}  // namespace

GeneratedNews generateNews(temporal::Language language, std::size_t bytes, unsigned seed) {
    Writer writer(bytes, seed);
    while (!writer.done()) {
        if (language == temporal::Language::Korean)
            koreanSentence(writer);
        else
            englishSentence(writer);
        writer.endSentence();
    }
    return writer.take();
}

}  // namespace yeonpyo::bench
