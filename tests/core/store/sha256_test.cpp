// SHA-256 against the FIPS 180-4 example digests, including messages that span padding blocks.
#include <gtest/gtest.h>

#include "core/store/sha256.h"

namespace yeonpyo::store {
namespace {

TEST(Sha256, MatchesTheStandardExamples) {
    struct Row {
        std::string message;
        std::string digest;
    };
    const std::vector<Row> rows{
        {"", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"},
        {"abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"},
        {"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
         "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"},
        {std::string(1000000, 'a'),
         "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"},
    };
    for (const Row& row : rows)
        EXPECT_EQ(sha256Hex(row.message), row.digest) << row.message.size();
}

TEST(Sha256, DiffersForTextsThatDifferInOneByte) {
    EXPECT_NE(sha256Hex("저커버그 방한"), sha256Hex("저커버그 방한."));
}

}  // namespace
}  // namespace yeonpyo::store
