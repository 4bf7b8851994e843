// saveDocumentCopy: a whole, consistent copy; refusals and cancel leave nothing behind.
#include <gtest/gtest.h>

#include <atomic>

#include "core/store/document.h"
#include "core/store/document_copy.h"
#include "core/store/synthetic.h"
#include "tests/core/store/temp_folder.h"

namespace yeonpyo::store {
namespace {

namespace fs = std::filesystem;
using testing::readBytes;
using testing::TempFolder;
using testing::writeBytes;

/// A closed document of `events` synthetic events.
void makeDocument(const fs::path& path, std::int64_t events) {
    auto document = Document::open(path, OpenMode::CreateOrOpen);
    ASSERT_TRUE(document.ok()) << document.error().message;
    SyntheticSpec spec;
    spec.eventCount = events;
    ASSERT_TRUE(writeSyntheticTimeline(*document, spec).ok());
}

std::int64_t eventsIn(const fs::path& path) {
    auto document = Document::open(path, OpenMode::ReadOnly);
    if (!document)
        return -1;
    auto count = document->eventCount();
    return count ? *count : -1;
}

/// Files in a folder, to check that nothing half-written stays behind.
int filesIn(const fs::path& folder) {
    int count = 0;
    for ([[maybe_unused]] const auto& entry : fs::directory_iterator(folder))
        ++count;
    return count;
}

TEST(DocumentCopy, WritesAWholeDocumentThatOpensOnItsOwn) {
    TempFolder folder;
    makeDocument(folder.file("a.yeonpyo"), 250);
    // Another connection holds the document open for writing meanwhile, as the viewer's edits do.
    auto writer = Document::open(folder.file("a.yeonpyo"), OpenMode::ReadWrite);
    ASSERT_TRUE(writer.ok());
    const fs::path copy = folder.file("copy of a.yeonpyo");
    const Status saved = saveDocumentCopy(folder.file("a.yeonpyo"), copy);
    ASSERT_TRUE(saved.ok()) << saved.error().message;
    EXPECT_FALSE(fs::exists(folder.file("copy of a.yeonpyo-wal")))
        << "the copy is one self-contained file";
    EXPECT_EQ(eventsIn(copy), 250);
    auto reopened = Document::open(copy, OpenMode::ReadWrite);
    ASSERT_TRUE(reopened.ok()) << reopened.error().message;
    EXPECT_TRUE(reopened->checkIntegrity().ok());
}

TEST(DocumentCopy, ReplacesAnExistingFileAndLeavesTheSourceAsItWas) {
    TempFolder folder;
    makeDocument(folder.file("a.yeonpyo"), 40);
    const std::string before = readBytes(folder.file("a.yeonpyo"));
    const fs::path target = folder.file("old.yeonpyo");
    writeBytes(target, "what was here before");
    const Status saved = saveDocumentCopy(folder.file("a.yeonpyo"), target);
    ASSERT_TRUE(saved.ok()) << saved.error().message;
    EXPECT_EQ(eventsIn(target), 40);
    EXPECT_EQ(readBytes(folder.file("a.yeonpyo")), before);
    EXPECT_FALSE(fs::exists(folder.file("a.yeonpyo-wal")));
}

struct Refusal {
    const char* name;
    fs::path (*source)(const TempFolder& folder);
    fs::path (*target)(const TempFolder& folder);
    const char* sentence;  ///< A part of the error sentence.
};

fs::path document(const TempFolder& folder) {
    return folder.file("a.yeonpyo");
}

class DocumentCopyRefusal : public ::testing::TestWithParam<Refusal> {};

TEST_P(DocumentCopyRefusal, SaysWhyAndLeavesTheFolderAsItWas) {
    TempFolder folder;
    makeDocument(folder.file("a.yeonpyo"), 20);
    fs::create_directories(folder.file("sub"));
    writeBytes(folder.file("other.db"), "not a document");
    const int files = filesIn(folder.path());
    const Status saved = saveDocumentCopy(GetParam().source(folder), GetParam().target(folder));
    ASSERT_FALSE(saved.ok());
    EXPECT_NE(saved.error().message.find(GetParam().sentence), std::string::npos)
        << saved.error().message;
    EXPECT_EQ(filesIn(folder.path()), files);
    EXPECT_EQ(eventsIn(folder.file("a.yeonpyo")), 20);
}

INSTANTIATE_TEST_SUITE_P(
    Targets, DocumentCopyRefusal,
    ::testing::Values(
        Refusal{"Itself", document, [](const TempFolder& f) { return f.file("a.yeonpyo"); },
                "same file"},
        Refusal{"ItselfByAnotherName", document,
                [](const TempFolder& f) { return f.path() / "sub" / ".." / "a.yeonpyo"; },
                "same file"},
        Refusal{"MissingFolder", document,
                [](const TempFolder& f) { return f.file("nowhere/b.yeonpyo"); }, "does not exist"},
        Refusal{"AFolder", document, [](const TempFolder& f) { return f.file("sub"); },
                "is a folder"},
        Refusal{"Empty", document, [](const TempFolder&) { return fs::path(); }, "No file"},
        Refusal{"NotADocument", [](const TempFolder& f) { return f.file("other.db"); },
                [](const TempFolder& f) { return f.file("b.yeonpyo"); }, "not"},
        Refusal{"MissingSource", [](const TempFolder& f) { return f.file("gone.yeonpyo"); },
                [](const TempFolder& f) { return f.file("b.yeonpyo"); }, "does not exist"}),
    [](const auto& row) { return std::string(row.param.name); });

TEST(DocumentCopy, CancelledBeforeItEndsLeavesNoFile) {
    TempFolder folder;
    makeDocument(folder.file("a.yeonpyo"), 2000);
    const int files = filesIn(folder.path());
    std::atomic<bool> cancel{true};
    const Status saved =
        saveDocumentCopy(folder.file("a.yeonpyo"), folder.file("b.yeonpyo"), &cancel);
    ASSERT_FALSE(saved.ok());
    EXPECT_NE(saved.error().message.find("cancelled"), std::string::npos);
    EXPECT_FALSE(fs::exists(folder.file("b.yeonpyo")));
    EXPECT_EQ(filesIn(folder.path()), files);
}

}  // namespace
}  // namespace yeonpyo::store
