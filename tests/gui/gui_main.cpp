// GoogleTest entry point for GUI tests: a QApplication on the offscreen platform, Korean locale.
#include <gtest/gtest.h>

#include <QApplication>
#include <QLocale>

int main(int argc, char* argv[]) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    // Dates must not come out right by luck of the machine's zone and locale.
    qputenv("TZ", "America/New_York");
    QLocale::setDefault(QLocale(QLocale::Korean, QLocale::SouthKorea));
    QApplication app(argc, argv);
    testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
