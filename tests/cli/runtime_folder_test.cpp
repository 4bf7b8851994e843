// yeonpyo-cli without XDG_RUNTIME_DIR (cron, containers, su): every command that succeeds writes
// only its own lines to standard error, no warning of Qt's.
#include <map>

#include "tests/cli/cli_fixture.h"

namespace yeonpyo::cli::testing {
namespace {

struct QuietCommand {
    std::string name;
    /// After the command; DB, ARTICLE and OUT stand for files of the scratch folder.
    std::vector<std::string> arguments;
};

void PrintTo(const QuietCommand& row, std::ostream* out) {
    *out << row.name;
}

class NoRuntimeFolderTest : public CliTest, public ::testing::WithParamInterface<QuietCommand> {
protected:
    /// The child's setup without a runtime folder, so that XDG_RUNTIME_DIR is unset.
    ChildSetup withoutRuntimeFolder() const {
        ChildSetup unset = setup();
        unset.runtimeFolder.clear();
        return unset;
    }

    std::vector<std::string> commandLine() const {
        const std::map<std::string, std::string> files{{"DB", file("timeline.yeonpyo").string()},
                                                       {"ARTICLE", file("a.txt").string()},
                                                       {"OUT", file("out.png").string()}};
        std::vector<std::string> line{GetParam().name};
        for (const std::string& argument : GetParam().arguments) {
            const auto found = files.find(argument);
            line.push_back(found == files.end() ? argument : found->second);
        }
        return line;
    }
};

TEST_P(NoRuntimeFolderTest, WritesNothingButItsOwnLinesToStandardError) {
    makeSampleDocument("timeline.yeonpyo");
    write("a.txt", "부산시는 14일 북항 재개발 현장을 공개했다.\n");
    const CliRun run = this->run(commandLine(), withoutRuntimeFolder());
    EXPECT_TRUE(succeededQuietly(run));
    if (GetParam().name != "ingest") {
        EXPECT_EQ(run.err, "") << "only ingest reports progress";
    }
}

INSTANTIATE_TEST_SUITE_P(
    Commands, NoRuntimeFolderTest,
    ::testing::Values(QuietCommand{"timex", {"--reference-date", "2024-05-14", "내일 오후 3시"}},
                      QuietCommand{"events", {"--db", "DB", "--format", "json"}},
                      QuietCommand{"search", {"--db", "DB", "북항"}},
                      QuietCommand{"render", {"--db", "DB", "--map", "-o", "OUT"}},
                      QuietCommand{"ingest", {"--db", "DB", "ARTICLE"}}),
    [](const auto& row) { return row.param.name; });

}  // namespace
}  // namespace yeonpyo::cli::testing
