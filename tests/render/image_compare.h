// Test helper: compares a rendered image with a committed reference PNG, with tolerance.
#pragma once

#include <QImage>
#include <QString>

#include <string>

namespace yeonpyo::render::testing {

/// How far an image may be from its reference: pixels whose largest channel difference exceeds
/// channelTolerance may make up at most maxDifferentFraction of the image.
struct Tolerance {
    int channelTolerance = 40;
    double maxDifferentFraction = 0.01;
};

/// Compares actual with tests/render/reference/<name>. Returns an empty string when they match,
/// else what differs; the actual image is then written beside the test binary as <name>.actual.png.
/// With the environment variable YEONPYO_UPDATE_REFERENCES=1 the reference is (re)written
/// instead: regenerate on purpose, look at the new image, and commit it.
std::string compareWithReference(const QImage& actual, const QString& name,
                                 Tolerance tolerance = {});

}  // namespace yeonpyo::render::testing
