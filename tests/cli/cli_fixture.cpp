// The CLI test fixture: scratch folders, documents made through yeonpyo-cli, refusal checks.
#include "tests/cli/cli_fixture.h"

#include <unistd.h>

namespace yeonpyo::cli::testing {
namespace {

namespace fs = std::filesystem;

constexpr uid_t kNobody = 65534;
constexpr gid_t kNoGroup = 65534;

std::vector<std::string_view> linesOf(std::string_view text) {
    std::vector<std::string_view> lines;
    while (!text.empty()) {
        const std::size_t end = text.find('\n');
        lines.push_back(text.substr(0, end));
        text = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
    }
    return lines;
}

/// "[3/200] name": the progress line `ingest` writes before each article.
bool isProgressLine(std::string_view line) {
    return line.starts_with('[') && line.find("] ") != std::string_view::npos;
}

}  // namespace

const std::string_view kSampleEventsJson = R"json({
  "schema": "yeonpyo.events/1",
  "articles": [
    {"id": 1, "title": "시장, 항구 재개발 현장 두 곳 방문", "source": "시험일보",
     "published": "2024-05-14T09:10+09:00", "lang": "ko"},
    {"id": 2, "title": "Mayor tours two harbour sites", "source": "Test Herald",
     "published": "2024-05-14", "lang": "en"}
  ],
  "events": [
    {"id": 1, "sequence": 1, "kind": "visit", "title": "북항 재개발 현장 방문",
     "start": "2024-05-13T10:00+09:00", "end": null, "time_of_day": "morning",
     "status": "happened",
     "place": {"name": "북항", "address": "부산 동구", "lat": 35.117, "lon": 129.045,
               "precision": "district"},
     "participants": [{"name": "한지원", "title": "시장", "org": "부산시"}],
     "quotes": [{"article": 1, "start": 0, "end": 19, "text": "시장은 13일 오전 북항을 찾았다."}],
     "after": []},
    {"id": 2, "sequence": 2, "kind": "meal", "title": "Lunch with harbour workers",
     "start": "2024-05-13T12:00+09:00", "end": "2024-05-13T13:00+09:00", "time_of_day": "noon",
     "status": "happened",
     "place": {"name": "Busan Port Canteen", "address": "Busan", "lat": null, "lon": null,
               "precision": "venue"},
     "participants": [{"name": "Han Ji-won", "title": "Mayor", "org": "Busan"}],
     "quotes": [{"article": 2, "start": 0, "end": 31, "text": "She ate lunch with the workers."}],
     "after": [1]},
    {"id": 3, "sequence": 3, "kind": "visit", "title": "감천항 시찰 예정",
     "start": "2024-05-15", "end": null, "time_of_day": null, "status": "planned",
     "place": {"name": "감천항", "address": "부산 사하구", "lat": 35.08, "lon": 129.0,
               "precision": "district"},
     "participants": [], "quotes": [], "after": [2]}
  ]
})json";

CliTest::CliTest() : runtimeFolder_(folder_.file("runtime")) {
    fs::create_directory(runtimeFolder_);
    fs::permissions(runtimeFolder_, fs::perms::owner_all);
}

fs::path CliTest::write(std::string_view name, std::string_view bytes) const {
    const fs::path path = folder_.file(name);
    store::testing::writeBytes(path, bytes);
    return path;
}

ChildSetup CliTest::setup() const {
    ChildSetup setup;
    setup.runtimeFolder = runtimeFolder_;
    return setup;
}

ChildSetup CliTest::ordinaryUserSetup() const {
    ChildSetup setup = this->setup();
    if (::geteuid() != 0)
        return setup;
    setup.user = kNobody;
    setup.group = kNoGroup;
    const fs::path programFolder = folder_.file("program");
    fs::create_directories(programFolder);
    setup.executable = programFolder / "yeonpyo-cli";
    fs::copy_file(YEONPYO_CLI_PATH, setup.executable, fs::copy_options::overwrite_existing);
    fs::permissions(setup.executable, fs::perms::owner_all | fs::perms::group_read |
                                          fs::perms::group_exec | fs::perms::others_read |
                                          fs::perms::others_exec);
    fs::permissions(folder_.path(), fs::perms::others_exec | fs::perms::group_exec,
                    fs::perm_options::add);
    std::error_code ignored;
    ::chown(folder_.path().c_str(), kNobody, kNoGroup);
    for (const auto& entry : fs::recursive_directory_iterator(folder_.path(), ignored))
        ::chown(entry.path().c_str(), kNobody, kNoGroup);
    return setup;
}

CliRun CliTest::run(const std::vector<std::string>& arguments) const {
    return run(arguments, setup());
}

CliRun CliTest::run(const std::vector<std::string>& arguments, const ChildSetup& setup) const {
    return runCli(arguments, setup);
}

std::string CliTest::eventsJson(const fs::path& db) const {
    const CliRun events = run({"events", "--db", db.string(), "--format", "json"});
    EXPECT_TRUE(succeededQuietly(events));
    return events.out;
}

fs::path CliTest::makeSampleDocument(std::string_view name) const {
    const fs::path db = file(name);
    const fs::path json = write(std::string(name) + ".json", kSampleEventsJson);
    const CliRun imported = run({"import", "--db", db.string(), json.string()});
    EXPECT_TRUE(succeededQuietly(imported));
    return db;
}

::testing::AssertionResult failedWithOneSentence(const CliRun& run, std::string_view part) {
    if (run.timedOut || run.signal != 0) {
        return ::testing::AssertionFailure()
               << (run.timedOut ? "timed out" : "killed by signal " + std::to_string(run.signal))
               << "; stderr: " << oneLine(run.err);
    }
    if (run.exitCode != 1)
        return ::testing::AssertionFailure() << "exit status " << run.exitCode << ", not 1";
    std::vector<std::string_view> lines = linesOf(run.err);
    std::erase_if(lines, isProgressLine);
    if (lines.size() != 1 || !run.err.ends_with("\n")) {
        return ::testing::AssertionFailure()
               << "stderr is not one line besides progress: " << oneLine(run.err);
    }
    const std::string_view sentence = lines.front();
    if (!sentence.starts_with("yeonpyo-cli: ") || !sentence.ends_with('.'))
        return ::testing::AssertionFailure() << "not one sentence: " << sentence;
    if (sentence.find(part) == std::string_view::npos)
        return ::testing::AssertionFailure() << "'" << part << "' is not in: " << sentence;
    return ::testing::AssertionSuccess();
}

::testing::AssertionResult succeededQuietly(const CliRun& run) {
    if (run.timedOut || run.signal != 0 || run.exitCode != 0) {
        return ::testing::AssertionFailure()
               << (run.timedOut ? "timed out" : "exit status " + std::to_string(run.exitCode))
               << ", signal " << run.signal << "; stderr: " << oneLine(run.err);
    }
    for (std::string_view line : linesOf(run.err)) {
        if (!isProgressLine(line))
            return ::testing::AssertionFailure() << "unexpected stderr line: " << line;
    }
    return ::testing::AssertionSuccess();
}

std::string oneLine(std::string_view text) {
    std::string flat;
    for (char c : text) {
        if (c == '\n')
            flat += "\\n";
        else
            flat += c;
    }
    return flat;
}

}  // namespace yeonpyo::cli::testing
