// Template articles for the ingest tests: people, cities and days varied by the article's number.
#include "tests/cli/generated_articles.h"

#include <array>
#include <string_view>

namespace yeonpyo::cli::testing {
namespace {

constexpr std::array<std::string_view, 5> kPeople{"김민수", "이서연", "박지훈", "최유진", "정하늘"};
constexpr std::array<std::string_view, 5> kCities{"서울", "부산", "대구", "인천", "광주"};

}  // namespace

std::string generatedArticle(int index) {
    const auto pick = [index](const auto& list, int shift) {
        return std::string(list[static_cast<std::size_t>(index + shift) % list.size()]);
    };
    const std::string day = std::to_string(index % 27 + 1);
    const std::string city = pick(kCities, 0);
    return "협력 논의 " + std::to_string(index) + "보\n\n" + pick(kPeople, 0) +
           " 대표는 2024년 3월 " + day + "일 오후 " + city + "에서 " + pick(kPeople, 2) +
           " 사장과 만나 " + std::to_string(index) +
           "번째 협력 방안을 논의했다. 두 사람은 다음 날 오전 " + city +
           " 시청을 방문할 예정이다.\n";
}

}  // namespace yeonpyo::cli::testing
