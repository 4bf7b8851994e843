// A 50 MB article on a single line (generated here, never committed): `yeonpyo-cli ingest` ends in
// bounded time, storing it or refusing it with one sentence, and the document keeps what it had.
#include <nlohmann/json.hpp>

#include <array>
#include <fstream>
#include <functional>

#include "tests/cli/cli_fixture.h"

namespace yeonpyo::cli::testing {
namespace {

namespace fs = std::filesystem;

constexpr std::size_t kLineBytes = 50u * 1024u * 1024u;
constexpr auto kTimeLimit = std::chrono::minutes(10);

/// Makes sentence number n of the line.
using Sentence = std::function<std::string(int n)>;

/// Writes sentences 0, 1, 2, … one after another, without a line break, up to kLineBytes.
void writeOneLine(const fs::path& path, const Sentence& sentence) {
    std::ofstream out(path, std::ios::binary);
    std::string block;
    for (int n = 0, written = 0; written < static_cast<int>(kLineBytes); ++n) {
        block += sentence(n);
        if (block.size() >= (1u << 16)) {
            out.write(block.data(), static_cast<std::streamsize>(block.size()));
            written += static_cast<int>(block.size());
            block.clear();
        }
    }
}

Sentence same(std::string phrase) {
    return [phrase](int) { return phrase; };
}

/// Korean news sentences that differ in people, day, city and a number.
std::string varyingKoreanSentence(int n) {
    static const std::array<std::string, 5> people{"김민수", "이서연", "박지훈", "최유진",
                                                   "정하늘"};
    static const std::array<std::string, 5> cities{"서울", "부산", "대구", "인천", "광주"};
    const auto index = static_cast<std::size_t>(n);
    return people[index % 5] + " 대표는 " + std::to_string(n % 27 + 1) + "일 오후 " +
           cities[index % 5] + "에서 " + people[(index + 2) % 5] + " 사장과 만나 " +
           std::to_string(n) + "번째 협력 방안을 논의했다. ";
}

class LargeInputTest : public CliTest {
protected:
    void ingestOneLine(const Sentence& sentence) {
        const fs::path db = makeSampleDocument("timeline.yeonpyo");
        const std::string before = eventsJson(db);
        const fs::path article = file("one-line.txt");
        writeOneLine(article, sentence);

        const CliRun ingest =
            runCli({"ingest", "--db", db.string(), article.string()}, setup(), kTimeLimit);
        ASSERT_FALSE(ingest.timedOut) << "a 50 MB line took longer than the limit";
        if (ingest.exitCode != 0) {
            EXPECT_TRUE(failedWithOneSentence(ingest));
            EXPECT_EQ(eventsJson(db), before);
            return;
        }
        EXPECT_TRUE(succeededQuietly(ingest));
        const auto old = nlohmann::json::parse(before);
        const auto now = nlohmann::json::parse(eventsJson(db));
        EXPECT_EQ(now["articles"].size(), old["articles"].size() + 1);
        for (const auto& event : old["events"]) {
            EXPECT_NE(std::find_if(now["events"].begin(), now["events"].end(),
                                   [&](const auto& e) { return e["id"] == event["id"]; }),
                      now["events"].end());
        }
    }
};

TEST_F(LargeInputTest, FiftyMegabytesOfWordsOnOneLine) {
    ingestOneLine(
        same("the harbour works went on through the night and the crews came back again "));
}

TEST_F(LargeInputTest, FiftyMegabytesOfKoreanNewsOnOneLine) {
    ingestOneLine(varyingKoreanSentence);
}

// One sentence repeated makes one event with each of its 500,000 repetitions as a quote: quotes
// must be attached in near-linear time (a scan of the earlier quotes per new one took hours).
TEST_F(LargeInputTest, FiftyMegabytesOfOneKoreanSentenceRepeated) {
    ingestOneLine(
        same("부산시 한지원 시장은 13일 오전 북항 재개발 현장에서 김민수 대표를 만났다. "));
}

// Each quotation follows a sentence that names no event, so it goes to its speaker's latest one:
// found by one sweep over the events' mentions, not by a scan of all of them per quotation.
TEST_F(LargeInputTest, FiftyMegabytesOfOneMeetingAndOneQuotationRepeated) {
    ingestOneLine(
        same("김민수 대표는 13일 서울에서 이서연 사장을 만났다. 김민수 대표는 "
             "\"협력을 넓히겠다\"고 말했다. "));
}

}  // namespace
}  // namespace yeonpyo::cli::testing
