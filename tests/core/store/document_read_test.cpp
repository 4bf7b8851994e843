// Opening a document only to read it: no -wal or -shm file left behind, a live writer's changes
// seen, and a read-only folder read as an ordinary user, or refused while a log holds changes.
#include <grp.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdlib>
#include <iostream>

#include "core/store/connection.h"
#include "core/store/document.h"
#include "core/store/synthetic.h"
#include "tests/core/store/temp_folder.h"

namespace yeonpyo::store {
namespace {

namespace fs = std::filesystem;
using testing::readBytes;
using testing::TempFolder;

constexpr uid_t kNobody = 65534;
constexpr gid_t kNoGroup = 65534;

fs::path beside(const fs::path& path, const char* suffix) {
    return fs::path(path.string() + suffix);
}

void addEvents(Document& document, std::int64_t count) {
    SyntheticSpec spec;
    spec.eventCount = count;
    ASSERT_TRUE(writeSyntheticTimeline(document, spec).ok());
}

/// A closed document of `events` events, written through the public API.
void makeDocument(const fs::path& path, std::int64_t events) {
    auto document = Document::open(path, OpenMode::CreateOrOpen);
    ASSERT_TRUE(document.ok()) << document.error().message;
    addEvents(*document, events);
}

/// The number of events a read-only open finds, or -1 with the error printed.
std::int64_t eventsRead(const fs::path& path) {
    auto document = Document::open(path, OpenMode::ReadOnly);
    if (!document) {
        std::cerr << document.error().message << '\n';
        return -1;
    }
    auto count = document->eventCount();
    return count.ok() ? *count : -1;
}

TEST(DocumentRead, LeavesNoWalOrShmFileBehind) {
    TempFolder folder;
    const fs::path path = folder.file("doc.yeonpyo");
    makeDocument(path, 25);
    ASSERT_FALSE(fs::exists(beside(path, "-wal")));
    const std::string before = readBytes(path);

    EXPECT_EQ(eventsRead(path), 25);
    EXPECT_FALSE(fs::exists(beside(path, "-wal")));
    EXPECT_FALSE(fs::exists(beside(path, "-shm")));
    EXPECT_EQ(readBytes(path), before);
}

TEST(DocumentRead, SeesWhatALiveWriterCommittedAndLeavesTheWritersFilesInPlace) {
    TempFolder folder;
    const fs::path path = folder.file("doc.yeonpyo");
    auto writer = Document::open(path, OpenMode::CreateOrOpen);
    ASSERT_TRUE(writer.ok()) << writer.error().message;
    addEvents(*writer, 10);
    EXPECT_EQ(eventsRead(path), 10);

    addEvents(*writer, 10);
    EXPECT_TRUE(fs::exists(beside(path, "-wal")));
    EXPECT_TRUE(fs::exists(beside(path, "-shm")));
    EXPECT_EQ(eventsRead(path), 20);
}

TEST(DocumentRead, ReadsTheLogOfAWriterThatDiedWithoutChangingAnyFile) {
    TempFolder folder;
    const fs::path live = folder.file("live.yeonpyo");
    const fs::path path = folder.file("left.yeonpyo");
    auto writer = Document::open(live, OpenMode::CreateOrOpen);
    ASSERT_TRUE(writer.ok()) << writer.error().message;
    addEvents(*writer, 10);
    for (const char* suffix : {"", "-wal", "-shm"})  // what a killed writer leaves
        fs::copy_file(beside(live, suffix), beside(path, suffix));
    const std::string before = readBytes(path);
    const std::string log = readBytes(beside(path, "-wal"));
    ASSERT_FALSE(log.empty());

    EXPECT_EQ(eventsRead(path), 10);
    EXPECT_EQ(readBytes(path), before);
    EXPECT_EQ(readBytes(beside(path, "-wal")), log);
}

TEST(DocumentRead, ImmutableAccessReadsAFileWhoseNameNeedsEscapingInAUri) {
    TempFolder folder;
    const fs::path path = folder.file("연표 #1 ?50% done.yeonpyo");
    makeDocument(path, 5);
    auto connection = Connection::open(path, Connection::Access::ReadOnlyImmutable);
    ASSERT_TRUE(connection.ok()) << connection.error().message;
    auto events = connection->queryInt("SELECT count(*) FROM event");
    ASSERT_TRUE(events.ok()) << events.error().message;
    EXPECT_EQ(*events, 5);
    EXPECT_FALSE(fs::exists(beside(path, "-shm")));
}

/// A folder this test's child process may read but not write: as root, the child runs as nobody.
class ReadOnlyFolderDeathTest : public ::testing::Test {
protected:
    void SetUp() override { path_ = folder_.file("doc.yeonpyo"); }

    void lockFolder() {
        const auto readable =
            fs::perms::owner_read | fs::perms::group_read | fs::perms::others_read;
        for (const auto& entry : fs::directory_iterator(folder_.path()))
            fs::permissions(entry.path(), readable);
        fs::permissions(folder_.path(), readable | fs::perms::owner_exec | fs::perms::group_exec |
                                            fs::perms::others_exec);
    }

    /// In the child: gives up root, so that permissions apply.
    static void becomeOrdinaryUser() {
        if (::geteuid() != 0)
            return;
        if (::setgroups(0, nullptr) != 0 || ::setgid(kNoGroup) != 0 || ::setuid(kNobody) != 0)
            std::_Exit(3);
    }

    /// In the child: exits with 0 when `expected` events are read, else 1.
    static void readAsOrdinaryUser(const fs::path& path, std::int64_t expected) {
        becomeOrdinaryUser();
        std::_Exit(eventsRead(path) == expected ? 0 : 1);
    }

    TempFolder folder_;
    fs::path path_;
};

TEST_F(ReadOnlyFolderDeathTest, ADocumentIsReadAndNothingIsCreatedBesideIt) {
    makeDocument(path_, 25);
    lockFolder();
    const std::string before = readBytes(path_);

    EXPECT_EXIT(readAsOrdinaryUser(path_, 25), ::testing::ExitedWithCode(0), "");
    EXPECT_FALSE(fs::exists(beside(path_, "-wal")));
    EXPECT_FALSE(fs::exists(beside(path_, "-shm")));
    EXPECT_EQ(readBytes(path_), before);
}

TEST_F(ReadOnlyFolderDeathTest, ChangesLeftInTheLogAreRefusedInOneSentence) {
    const fs::path live = folder_.file("live.yeonpyo");
    {
        auto writer = Document::open(live, OpenMode::CreateOrOpen);
        ASSERT_TRUE(writer.ok()) << writer.error().message;
        addEvents(*writer, 10);
        for (const char* suffix : {"", "-wal"})  // the -shm file is lost: the log must be replayed
            fs::copy_file(beside(live, suffix), beside(path_, suffix));
    }
    lockFolder();
    const std::string before = readBytes(path_);

    EXPECT_EXIT(readAsOrdinaryUser(path_, 10), ::testing::ExitedWithCode(1),
                "doc.yeonpyo cannot be read in a read-only folder while doc.yeonpyo-wal holds "
                "changes not yet in it; copy both files to a writable folder.");
    EXPECT_FALSE(fs::exists(beside(path_, "-shm")));
    EXPECT_EQ(readBytes(path_), before);
}

}  // namespace
}  // namespace yeonpyo::store
