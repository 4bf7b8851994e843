// CliTest: a scratch folder, documents made through yeonpyo-cli itself, and the checks every
// refusal must pass (one sentence, non-zero exit, the document as it was).
#pragma once

#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "tests/cli/cli_process.h"
#include "tests/core/store/temp_folder.h"

namespace yeonpyo::cli::testing {

/// A JSON export of a small timeline (two articles, three events with quotes and links), as
/// `yeonpyo-cli import` reads it.
extern const std::string_view kSampleEventsJson;

class CliTest : public ::testing::Test {
protected:
    CliTest();

    std::filesystem::path file(std::string_view name) const { return folder_.file(name); }
    /// Writes `bytes` to a new file of the scratch folder; returns its path.
    std::filesystem::path write(std::string_view name, std::string_view bytes) const;
    /// How every child starts: with the test's runtime folder.
    ChildSetup setup() const;
    /// Runs the child as an ordinary user (nobody) when the test runs as root, so that file
    /// permissions bind it; hands the scratch folder to that user.
    ChildSetup ordinaryUserSetup() const;
    CliRun run(const std::vector<std::string>& arguments) const;
    CliRun run(const std::vector<std::string>& arguments, const ChildSetup& setup) const;

    /// `events --format json` of a document; fails the test when it cannot be read.
    std::string eventsJson(const std::filesystem::path& db) const;
    /// A new document holding kSampleEventsJson.
    std::filesystem::path makeSampleDocument(std::string_view name) const;

    store::testing::TempFolder folder_;
    std::filesystem::path runtimeFolder_;
};

/// The run failed (exit status 1, no signal, in time) and said why in exactly one line of
/// standard error: "yeonpyo-cli: " and a sentence containing `part`, ending with a full stop.
::testing::AssertionResult failedWithOneSentence(const CliRun& run, std::string_view part = {});

/// The run succeeded (exit status 0, in time); standard error holds only ingest progress lines.
::testing::AssertionResult succeededQuietly(const CliRun& run);

/// Replaces "\n" with "\\n" so that output shows up on one line in failure messages.
std::string oneLine(std::string_view text);

}  // namespace yeonpyo::cli::testing
