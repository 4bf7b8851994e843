// ExtractTest: runs `yeonpyo-cli extract` on JSON Lines articles and compares what extract and
// import give with what ingest gives, for the extract tests and the slow syndication test.
#pragma once

#include <nlohmann/json.hpp>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "tests/cli/cli_fixture.h"

namespace yeonpyo::cli::testing {

inline std::string readSample(const std::string& name) {
    std::ifstream file(std::filesystem::path(YEONPYO_SOURCE_DIR) / "resources" / "samples" / name,
                       std::ios::binary);
    std::ostringstream bytes;
    bytes << file.rdbuf();
    return bytes.str();
}

/// The seed story republished: copy `index` has its own last line (an outlet's credit), as
/// syndicated copies do.
inline std::string seedCopy(int index) {
    return readSample("zuckerberg-seoul-2024-ko.txt") + "\n<재배포 " + std::to_string(index) +
           "호 ⓒ 시험통신>\n";
}

inline std::string articleLine(const nlohmann::json& id, const std::string& text,
                               const std::string& url) {
    nlohmann::json line{{"id", id}, {"text", text}};
    if (!url.empty())
        line["url"] = url;
    return line.dump() + "\n";
}

/// A document's events as compared across documents: without ids, quotes counted.
inline std::vector<std::string> eventsWithoutIds(const std::string& eventsJson) {
    std::vector<std::string> events;
    const nlohmann::json document = nlohmann::json::parse(eventsJson);
    for (const nlohmann::json& event : document.at("events")) {
        std::string people;
        for (const nlohmann::json& person : event.at("participants"))
            people += person.at("name").get<std::string>() + ",";
        events.push_back(std::to_string(event.at("sequence").get<int>()) + " " +
                         event.at("title").get<std::string>() + " " + event.at("start").dump() +
                         " " + event.at("place").at("name").dump() + " " + people + " " +
                         std::to_string(event.at("quotes").size()) + " quotes");
    }
    return events;
}

class ExtractTest : public CliTest {
protected:
    CliRun extract(const std::filesystem::path& input,
                   const std::vector<std::string>& options = {}) const {
        ChildSetup withInput = setup();
        withInput.standardInput = input;
        std::vector<std::string> arguments{"extract"};
        arguments.insert(arguments.end(), options.begin(), options.end());
        return run(arguments, withInput);
    }

    /// `copies` copies of the seed story through extract and import give the five events, with
    /// the same quotes, that ingest of the same copies gives.
    void expectCopiesImportedAsIngested(int copies) {
        std::string lines;
        std::vector<std::string> ingestArguments{"ingest", "--db",
                                                 file("ingested.yeonpyo").string()};
        for (int index = 1; index <= copies; ++index) {
            const std::string name = "copy-" + std::to_string(index) + ".txt";
            ingestArguments.push_back(write(name, seedCopy(index)).string());
            lines += articleLine(index, seedCopy(index), file(name).string());
        }
        const CliRun extracted = extract(write("articles.jsonl", lines));
        ASSERT_TRUE(succeededQuietly(extracted));
        const std::filesystem::path events = write("events.jsonl", extracted.out);
        const std::filesystem::path imported = file("imported.yeonpyo");
        const CliRun import = run({"import", "--db", imported.string(), events.string()});
        ASSERT_TRUE(succeededQuietly(import));
        EXPECT_NE(import.out.find("events read"), std::string::npos) << import.out;
        ASSERT_TRUE(succeededQuietly(run(ingestArguments)));

        const auto fromImport = eventsWithoutIds(eventsJson(imported));
        EXPECT_EQ(fromImport.size(), 5u);
        EXPECT_EQ(fromImport, eventsWithoutIds(eventsJson(file("ingested.yeonpyo"))));
    }
};

}  // namespace yeonpyo::cli::testing
