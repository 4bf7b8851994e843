// Quotes of extracted events: each sentence that states an event is quoted once, by its offsets,
// however often the event is stated.
#include <gtest/gtest.h>

#include <string>

#include "core/extract/extractor.h"

namespace yeonpyo::extract {
namespace {

std::vector<Event> extractKorean(const std::string& text) {
    Article article;
    article.id = 7;
    article.lang = "ko";
    article.text = text;
    temporal::Reference reference;
    reference.date = {2024, 5, 14};
    return extract(article, reference, lexicon::builtinLexicon());
}

std::string repeated(const std::string& sentence, int times) {
    std::string text;
    for (int i = 0; i < times; ++i)
        text += sentence;
    return text;
}

TEST(Quotes, ASentenceRepeatedIsQuotedOnceAtEveryPlaceItStands) {
    const std::string sentence =
        "부산시 한지원 시장은 13일 오전 북항 재개발 현장에서 김민수 대표를 만났다. ";
    const int sentenceLength = 44;  // code points, the space after it included
    for (const int times : {1, 2, 3, 2000}) {
        const auto events = extractKorean(repeated(sentence, times));
        ASSERT_EQ(events.size(), 1u) << times;
        const auto& quotes = events.front().quotes;
        ASSERT_EQ(quotes.size(), static_cast<std::size_t>(times));
        for (int i = 0; i < times; ++i) {
            const Quote& quote = quotes[static_cast<std::size_t>(i)];
            EXPECT_EQ(quote.articleId, 7);
            EXPECT_EQ(quote.start, i * sentenceLength) << i;
            EXPECT_EQ(quote.text + " ", sentence) << i;
        }
    }
}

TEST(Quotes, ASentenceNamingAnEventTwiceIsOneQuote) {
    const auto events = extractKorean(
        "한지원 부산시장은 13일 오전 김민수 대표를 만나 북항 재개발을 논의하는 회동을 했다.");
    ASSERT_EQ(events.size(), 1u);
    EXPECT_EQ(events.front().quotes.size(), 1u);
}

TEST(Quotes, ADirectQuotationGoesToTheEventOfItsSpeaker) {
    const auto events = extractKorean(
        "한지원 부산시장은 13일 오전 김민수 대표를 만났다. 한 시장은 \"북항이 달라질 것\"이라고 "
        "말했다.");
    ASSERT_EQ(events.size(), 1u);
    const auto& quotes = events.front().quotes;
    ASSERT_EQ(quotes.size(), 2u);
    EXPECT_EQ(quotes[1].text, "북항이 달라질 것");
    EXPECT_EQ(quotes[1].speaker, "한지원");
}

TEST(Quotes, AQuotationInASentenceWithoutAnEventGoesToTheSpeakersLatestEvent) {
    const auto events = extractKorean(
        "한지원 부산시장은 13일 오전 김민수 대표를 만났다. 이서연 사장은 13일 오후 박지훈 대표와 "
        "회동했다. 북항은 크게 바뀔 예정이다. 한 시장은 \"북항이 달라질 것\"이라고 말했다.");
    ASSERT_EQ(events.size(), 2u);
    ASSERT_EQ(events[0].quotes.size(), 2u);
    EXPECT_EQ(events[0].quotes[1].text, "북항이 달라질 것");
    EXPECT_EQ(events[1].quotes.size(), 1u);
}

TEST(Quotes, EveryRepeatedQuotationGoesToTheEventOfItsSpeaker) {
    const std::string pair =
        "김민수 대표는 13일 서울에서 이서연 사장을 만났다. 김민수 대표는 \"협력을 넓히겠다\"고 "
        "말했다. ";
    const auto events = extractKorean(repeated(pair, 500));
    ASSERT_EQ(events.size(), 1u);
    const auto& quotes = events.front().quotes;
    ASSERT_EQ(quotes.size(), 1000u);
    for (std::size_t i = 1; i < quotes.size(); i += 2) {
        EXPECT_EQ(quotes[i].text, "협력을 넓히겠다") << i;
        EXPECT_EQ(quotes[i].speaker, "김민수") << i;
    }
}

}  // namespace
}  // namespace yeonpyo::extract
