// The seed story republished 200 times, through extract and import, gives the five events
// ingest of the same copies gives (about a minute: labelled slow, with cli_slow).
#include "tests/cli/extract_fixture.h"

namespace yeonpyo::cli::testing {
namespace {

TEST_F(ExtractTest, TwoHundredCopiesOfTheSeedImportedGiveTheFiveEventsIngestGives) {
    expectCopiesImportedAsIngested(200);
}

}  // namespace
}  // namespace yeonpyo::cli::testing
