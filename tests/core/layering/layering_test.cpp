// Fails when a source file includes something its layer may not depend on (design.md's layers).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;

const fs::path kSourceDir{YEONPYO_SOURCE_DIR};

/// Which core modules each core module may include (besides itself).
const std::map<std::string, std::set<std::string>> kCoreModuleDependencies{
    {"model", {}},
    {"text", {"model"}},
    {"temporal", {"model"}},
    {"geo", {"model"}},
    {"lexicon", {"model", "text", "geo"}},
    {"extract", {"model", "text", "temporal", "lexicon", "geo"}},
    {"store", {"model"}},
    {"io", {"model", "temporal", "geo"}},
    {"pipeline", {"model", "text", "temporal", "lexicon", "extract", "store", "io", "geo"}},
};

struct Include {
    std::string target;
    int line;
};

std::vector<Include> includesOf(const fs::path& file) {
    static const std::regex pattern(R"(^\s*#\s*include\s*[<"]([^>"]+)[>"])");
    std::vector<Include> found;
    std::ifstream in(file);
    std::string line;
    for (int number = 1; std::getline(in, line); ++number) {
        std::smatch match;
        if (std::regex_search(line, match, pattern))
            found.push_back({match[1], number});
    }
    return found;
}

std::vector<fs::path> sourcesUnder(const fs::path& dir) {
    std::vector<fs::path> files;
    for (const auto& entry : fs::recursive_directory_iterator(dir)) {
        const auto ext = entry.path().extension();
        if (entry.is_regular_file() && (ext == ".h" || ext == ".cpp"))
            files.push_back(entry.path());
    }
    return files;
}

bool isQtHeader(const std::string& target) {
    return target.starts_with("Q") || target.starts_with("qt") || target.starts_with("Qt");
}

bool isWidgetsHeader(const std::string& target) {
    static const std::set<std::string> widgets{"QWidget", "QApplication",        "QMainWindow",
                                               "QDialog", "QAbstractScrollArea", "QLabel"};
    return target.starts_with("QtWidgets") || widgets.contains(target);
}

std::string where(const fs::path& file, const Include& include) {
    return fs::relative(file, kSourceDir).string() + ":" + std::to_string(include.line) +
           " includes " + include.target;
}

TEST(Layering, CoreModulesIncludeNoQtAndOnlyTheirDependencies) {
    for (const auto& [module, allowed] : kCoreModuleDependencies) {
        const fs::path dir = kSourceDir / "core" / module;
        if (!fs::exists(dir))
            continue;
        for (const auto& file : sourcesUnder(dir)) {
            for (const auto& include : includesOf(file)) {
                EXPECT_FALSE(isQtHeader(include.target))
                    << where(file, include) << ": core is Qt-free";
                EXPECT_FALSE(include.target.starts_with("app/")) << where(file, include);
                if (!include.target.starts_with("core/"))
                    continue;
                const std::string other =
                    fs::path(include.target).begin()->string() == "core"
                        ? std::next(fs::path(include.target).begin())->string()
                        : "";
                EXPECT_TRUE(other == module || allowed.contains(other))
                    << where(file, include) << ": core/" << module << " may not depend on core/"
                    << other;
            }
        }
    }
}

TEST(Layering, RenderAndCliUseNoWidgetsAndRenderKnowsNoFrontEnd) {
    for (const std::string part : {"render", "cli"}) {
        const fs::path dir = kSourceDir / "app" / part;
        if (!fs::exists(dir))
            continue;
        for (const auto& file : sourcesUnder(dir)) {
            for (const auto& include : includesOf(file)) {
                EXPECT_FALSE(isWidgetsHeader(include.target)) << where(file, include);
                EXPECT_FALSE(include.target.starts_with("app/gui/")) << where(file, include);
                if (part == "render") {
                    EXPECT_FALSE(include.target.starts_with("app/cli/")) << where(file, include);
                }
            }
        }
    }
}

TEST(Layering, TheCheckSeesTheSourceTree) {
    EXPECT_FALSE(sourcesUnder(kSourceDir / "core").empty());
}

}  // namespace
