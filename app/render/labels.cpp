// Korean and English wording of kinds, parts of day and captions.
#include "app/render/labels.h"

#include <array>

namespace yeonpyo::render {
namespace {

struct Wording {
    const char* korean;
    const char* english;
};

// Indexed by EventKind.
constexpr std::array<Wording, 8> kKindWords{{{"회의", "Meeting"},
                                             {"식사", "Meal"},
                                             {"방문", "Visit"},
                                             {"연설", "Speech"},
                                             {"출발", "Departure"},
                                             {"도착", "Arrival"},
                                             {"발표", "Announcement"},
                                             {"기타", "Other"}}};

QString pick(const Wording& w, const QLocale& locale) {
    return QString::fromUtf8(isKorean(locale) ? w.korean : w.english);
}

}  // namespace

bool isKorean(const QLocale& locale) {
    return locale.language() == QLocale::Korean;
}

QString kindName(EventKind kind, const QLocale& locale) {
    return pick(kKindWords[static_cast<int>(kind)], locale);
}

QString partOfDayName(const QString& timeOfDay, const QLocale& locale) {
    static const std::array<std::pair<const char*, Wording>, 5> parts{{
        {"morning", {"오전", "Morning"}},
        {"noon", {"점심", "Noon"}},
        {"afternoon", {"오후", "Afternoon"}},
        {"evening", {"저녁", "Evening"}},
        {"night", {"밤", "Night"}},
    }};
    for (const auto& [code, words] : parts) {
        if (timeOfDay == QLatin1String(code))
            return pick(words, locale);
    }
    return {};
}

QString otherLaneName(const QLocale& locale) {
    return pick({"기타", "Other"}, locale);
}

QString plannedWord(const QLocale& locale) {
    return pick({"예정", "planned"}, locale);
}

QString conflictWord(const QLocale& locale) {
    return pick({"출처 불일치", "Sources disagree"}, locale);
}

QString countText(qint64 count, const QLocale& locale) {
    return locale.toString(count);
}

}  // namespace yeonpyo::render
