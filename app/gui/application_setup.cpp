// Application-wide set-up: identity, translations and a Hangul-capable default font.
#include "app/gui/application_setup.h"

#include <QApplication>
#include <QFontDatabase>
#include <QLocale>
#include <QTranslator>

namespace yeonpyo::gui {
namespace {

void installTranslation(QApplication& app) {
    auto* translator = new QTranslator(&app);
    if (translator->load(QLocale(), "yeonpyo", "_", ":/i18n")) {
        QApplication::installTranslator(translator);
    }
}

void preferHangulFont(QApplication& app) {
    const QStringList families = QFontDatabase::families();
    for (const char* candidate :
         {"Noto Sans CJK KR", "Noto Sans KR", "NanumGothic", "Malgun Gothic"}) {
        if (families.contains(QString::fromLatin1(candidate))) {
            QFont font = QApplication::font();
            font.setFamilies({QString::fromLatin1(candidate)});
            app.setFont(font);
            return;
        }
    }
}

}  // namespace

void setUpApplication(QApplication& app) {
    QApplication::setOrganizationName("Yeonpyo");
    QApplication::setApplicationName("yeonpyo");
    QApplication::setApplicationDisplayName(QStringLiteral("Yeonpyo 연표"));
    QApplication::setApplicationVersion(YEONPYO_VERSION);
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.yeonpyo.Yeonpyo"));
    installTranslation(app);
    preferHangulFont(app);
}

}  // namespace yeonpyo::gui
