// GoogleTest entry point for GUI tests: a QApplication on the offscreen platform, Korean locale,
// and settings in a temporary folder (never the user's own).
#include <gtest/gtest.h>

#include <QApplication>
#include <QLocale>
#include <QSettings>
#include <QTemporaryDir>

int main(int argc, char* argv[]) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    // Dates must not come out right by luck of the machine's zone and locale.
    qputenv("TZ", "America/New_York");
    QLocale::setDefault(QLocale(QLocale::Korean, QLocale::SouthKorea));
    QApplication app(argc, argv);
    QApplication::setOrganizationName("Yeonpyo");
    QApplication::setApplicationName("yeonpyo-gui-test");
    QApplication::setApplicationVersion("9.8.7-test");
    const QTemporaryDir settings;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings.path());
    testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
