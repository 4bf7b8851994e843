// A main window open on a fresh copy of the sample timeline, for GUI tests that drive it.
#pragma once

#include <gtest/gtest.h>

#include <QApplication>
#include <QTest>

#include "app/gui/main_window.h"
#include "app/gui/timeline_session.h"
#include "sample_document.h"

namespace yeonpyo::gui::testing {

class MainWindowFixture : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(sample.ok()) << sample.error().toStdString();
        window.resize(1400, 900);
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        ASSERT_TRUE(window.openDocument(sample.path()));
        QApplication::processEvents();
    }

    /// The first event of a kind at a part of day, or nullptr.
    const Event* findEvent(EventKind kind, const std::string& timeOfDay = {}) const {
        for (const Event& event : session.allEvents()) {
            if (event.kind == kind && (timeOfDay.empty() || event.time.timeOfDay == timeOfDay))
                return &event;
        }
        return nullptr;
    }

    SampleDocument sample;
    TimelineSession session;
    MainWindow window{session};
};

}  // namespace yeonpyo::gui::testing
