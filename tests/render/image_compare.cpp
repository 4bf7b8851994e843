// Reference image comparison with a per-channel tolerance and a budget of differing pixels.
#include "tests/render/image_compare.h"

#include <QDir>

#include <algorithm>
#include <cstdlib>

namespace yeonpyo::render::testing {
namespace {

QString referencePath(const QString& name) {
    return QStringLiteral(YEONPYO_SOURCE_DIR "/tests/render/reference/") + name;
}

int channelDistance(QRgb a, QRgb b) {
    return std::max({std::abs(qRed(a) - qRed(b)), std::abs(qGreen(a) - qGreen(b)),
                     std::abs(qBlue(a) - qBlue(b)), std::abs(qAlpha(a) - qAlpha(b))});
}

}  // namespace

std::string compareWithReference(const QImage& actual, const QString& name, Tolerance tolerance) {
    const QString path = referencePath(name);
    if (qEnvironmentVariable("YEONPYO_UPDATE_REFERENCES") == QLatin1String("1")) {
        return actual.save(path, "PNG") ? std::string() : "cannot write " + path.toStdString();
    }
    const QImage expected = QImage(path).convertToFormat(QImage::Format_ARGB32);
    const QImage image = actual.convertToFormat(QImage::Format_ARGB32);
    std::string problem;
    if (expected.isNull()) {
        problem =
            "no reference image " + path.toStdString() + " (run with YEONPYO_UPDATE_REFERENCES=1)";
    } else if (expected.size() != image.size()) {
        problem = "size differs from the reference";
    } else {
        qint64 different = 0;
        for (int y = 0; y < image.height(); ++y) {
            const auto* a = reinterpret_cast<const QRgb*>(image.constScanLine(y));
            const auto* b = reinterpret_cast<const QRgb*>(expected.constScanLine(y));
            for (int x = 0; x < image.width(); ++x) {
                if (channelDistance(a[x], b[x]) > tolerance.channelTolerance)
                    ++different;
            }
        }
        const double fraction = static_cast<double>(different) / (image.width() * image.height());
        if (fraction > tolerance.maxDifferentFraction) {
            problem =
                std::to_string(fraction * 100.0) + "% of pixels differ from " + path.toStdString();
        }
    }
    if (!problem.empty())
        image.save(QStringLiteral(YEONPYO_BINARY_DIR "/") + name + ".actual.png", "PNG");
    return problem;
}

}  // namespace yeonpyo::render::testing
