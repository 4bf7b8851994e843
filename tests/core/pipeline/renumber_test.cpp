// Renumbering day by day: after any run of random edits, the order kept incrementally (only the
// changed days) equals the order a renumbering of every day gives, and it is a total order by day.
#include <gtest/gtest.h>

#include <map>
#include <random>
#include <string>
#include <vector>

#include "core/model/order_day.h"
#include "core/pipeline/sequence.h"
#include "core/store/document.h"
#include "tests/core/store/temp_folder.h"

namespace yeonpyo::pipeline {
namespace {

using store::testing::TempFolder;

const std::vector<std::string> kStarts{"2024-02-27", "2024-02-28T09:00", "2024-02-28",
                                       "2024-02-29", "XXXX-XX-28",       "2024-02",
                                       "",           "2024-02-XX",       "2023-12-31T23:00"};
const std::vector<std::string> kParts{"", "morning", "noon", "evening", "night"};

/// Random edits of a document: adds, moves to another day, links, deletions.
class RandomEdits {
public:
    RandomEdits(store::Document& document, unsigned seed) : document_(document), random_(seed) {}

    Status step() {
        return document_.transaction([&]() -> Status {
            const int choice = pick(10);
            Status changed = choice < 4 || ids_.empty() ? add()
                             : choice < 7               ? move()
                             : choice < 9               ? link()
                                                        : remove();
            if (!changed)
                return changed;
            return renumberTimeline(document_);
        });
    }

private:
    int pick(int bound) { return std::uniform_int_distribution<int>(0, bound - 1)(random_); }

    Event randomEvent() {
        Event event;
        event.title = "event " + std::to_string(++made_);
        event.time.start =
            kStarts[static_cast<std::size_t>(pick(static_cast<int>(kStarts.size())))];
        event.time.timeOfDay =
            kParts[static_cast<std::size_t>(pick(static_cast<int>(kParts.size())))];
        return event;
    }

    Status add() {
        std::vector<Event> batch;
        const int count = 1 + pick(3);
        for (int k = 1; k <= count; ++k) {
            batch.push_back(randomEvent());
            batch.back().id = k;
            batch.back().sequence = pick(5);  // any rank: renumbering decides
            if (k > 1 && pick(2) == 0)
                batch.back().after.push_back(k - 1);
        }
        auto added = document_.addEvents(batch);
        if (!added)
            return added.error();
        ids_.insert(ids_.end(), added->begin(), added->end());
        return success();
    }

    std::int64_t anyId() {
        return ids_[static_cast<std::size_t>(pick(static_cast<int>(ids_.size())))];
    }

    Status move() {
        auto event = document_.event(anyId());
        if (!event)
            return event.error();
        Event moved = randomEvent();
        event->time = moved.time;
        return document_.updateEvent(*event, store::EditOrigin::User);
    }

    Status link() {
        auto event = document_.event(anyId());
        if (!event)
            return event.error();
        const std::int64_t other = anyId();
        if (other != event->id)
            event->after.push_back(other);
        return document_.updateEvent(*event, store::EditOrigin::User);
    }

    Status remove() {
        const std::size_t at = static_cast<std::size_t>(pick(static_cast<int>(ids_.size())));
        const std::vector<std::int64_t> gone{ids_[at]};
        ids_.erase(ids_.begin() + static_cast<std::ptrdiff_t>(at));
        return document_.deleteEvents(gone);
    }

    store::Document& document_;
    std::mt19937 random_;
    std::vector<std::int64_t> ids_;
    int made_ = 0;
};

std::map<std::int64_t, int> sequences(store::Document& document) {
    auto events = document.events();
    if (!events.ok()) {
        ADD_FAILURE() << events.error().message;
        return {};
    }
    std::map<std::int64_t, int> byId;
    for (const Event& event : *events)
        byId[event.id] = event.sequence;
    return byId;
}

/// Sequences 1…n, days in order (orderDay sorts them), as events() reads them.
void expectTotalOrderByDay(store::Document& document) {
    auto events = document.events();
    ASSERT_TRUE(events.ok());
    for (std::size_t i = 0; i < events->size(); ++i) {
        EXPECT_EQ((*events)[i].sequence, static_cast<int>(i + 1));
        if (i > 0) {
            EXPECT_LE(orderDay((*events)[i - 1].time.start), orderDay((*events)[i].time.start));
        }
    }
}

class Renumbering : public ::testing::TestWithParam<unsigned> {};

TEST_P(Renumbering, ChangedDaysAloneGiveTheOrderOfEveryDayRenumbered) {
    TempFolder folder;
    auto document =
        store::Document::open(folder.file("order.yeonpyo"), store::OpenMode::CreateOrOpen);
    ASSERT_TRUE(document.ok()) << document.error().message;
    RandomEdits edits(*document, GetParam());
    for (int step = 0; step < 60; ++step) {
        const Status done = edits.step();
        ASSERT_TRUE(done.ok()) << done.error().message;
        if (step % 10 != 9)
            continue;
        const auto incremental = sequences(*document);
        expectTotalOrderByDay(*document);
        ASSERT_TRUE(renumberWholeTimeline(*document).ok());
        EXPECT_EQ(sequences(*document), incremental) << "after step " << step;
    }
}

INSTANTIATE_TEST_SUITE_P(Seeds, Renumbering, ::testing::Range(1u, 9u));

}  // namespace
}  // namespace yeonpyo::pipeline
