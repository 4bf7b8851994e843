// UTF-8 checks and repair over raw bytes: well-formed text kept, each ill-formed part one U+FFFD.
#include <gtest/gtest.h>

#include <string>

#include "core/text/utf8_p.h"

namespace yeonpyo::text {
namespace {

const std::string kReplacement = "\xEF\xBF\xBD";

std::string replacements(int count) {
    std::string out;
    for (int i = 0; i < count; ++i)
        out += kReplacement;
    return out;
}

struct Utf8Case {
    const char* name;
    std::string bytes;
    std::string repaired;
};

// Ill-formed rows follow Unicode's "maximal subpart" practice (Unicode 15, §3.9, table 3-8).
const Utf8Case kCases[] = {
    {"empty", "", ""},
    {"ascii", "plain text.", "plain text."},
    {"hangul and emoji", "연표 \xF0\x9F\x98\x80 timeline", "연표 \xF0\x9F\x98\x80 timeline"},
    {"highest code point", "\xF4\x8F\xBF\xBF", "\xF4\x8F\xBF\xBF"},
    {"replacement character itself", kReplacement, kReplacement},
    {"stray continuation byte", "a\x80z", "a" + kReplacement + "z"},
    {"byte that never starts a character", "\xFF", kReplacement},
    {"overflowed numeric reference byte", "x\xAAy", "x" + kReplacement + "y"},
    {"character cut off at the end", "가\xEA\xB0", "가" + kReplacement},
    {"character cut off before ascii",
     "\xF0\x9F\x98"
     "a",
     kReplacement + "a"},
    {"overlong slash", "\xC0\xAF", replacements(2)},
    {"overlong three-byte form", "\xE0\x80\xAF", replacements(3)},
    {"surrogate", "\xED\xA0\x80", replacements(3)},
    {"past U+10FFFF", "\xF4\x90\x80\x80", replacements(4)},
    {"five-byte form", "\xF8\x88\x80\x80\x80", replacements(5)},
};

TEST(RepairUtf8, ReplacesEachMaximalIllFormedPartOnce) {
    for (const Utf8Case& row : kCases)
        EXPECT_EQ(repairUtf8(row.bytes), row.repaired) << row.name;
}

TEST(RepairUtf8, OutputIsAlwaysValidAndRepairingTwiceChangesNothing) {
    for (const Utf8Case& row : kCases) {
        const std::string once = repairUtf8(row.bytes);
        EXPECT_TRUE(isValidUtf8(once)) << row.name;
        EXPECT_EQ(repairUtf8(once), once) << row.name;
    }
}

TEST(IsValidUtf8, AgreesWithRepair) {
    for (const Utf8Case& row : kCases)
        EXPECT_EQ(isValidUtf8(row.bytes), row.bytes == row.repaired) << row.name;
}

TEST(ScanUtf8, CountsCharactersAndIllFormedParts) {
    const Utf8Scan scan = scanUtf8("a가\xFF\xC0\xAF😀");
    EXPECT_EQ(scan.multiByteCharacters, 2u);
    EXPECT_EQ(scan.invalidSequences, 3u);
}

}  // namespace
}  // namespace yeonpyo::text
