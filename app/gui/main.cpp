// yeonpyo: the timeline viewer. Opens a document given on the command line, or the sample story.
#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QSettings>
#include <QTimer>

#include <cstdio>

#include "app/gui/application_setup.h"
#include "app/gui/main_window.h"
#include "app/gui/timeline_session.h"
#include "app/gui/timeline_view.h"
#include "app/gui/view_theme.h"

namespace {

/// An ISO 8601 date or date and time ("2024-02-28", "2024-02-28T12:00+09:00"); invalid if not.
QDateTime parseMoment(const QString& text) {
    QDateTime moment = QDateTime::fromString(text, Qt::ISODate);
    if (!moment.isValid())
        moment = QDateTime(QDate::fromString(text, Qt::ISODate), QTime(0, 0));
    return moment;
}

}  // namespace

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    yeonpyo::gui::setUpApplication(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Timelines and maps from news articles."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument("DOCUMENT",
                                 QApplication::translate("main", "A timeline document to open."));
    parser.addOption(
        {"select", QApplication::translate("main", "Select the event with this sequence number."),
         "N"});
    parser.addOption({"from",
                      QApplication::translate(
                          "main", "Show the timeline from this ISO date or time (with --to)."),
                      "WHEN"});
    parser.addOption(
        {"to", QApplication::translate("main", "Show the timeline up to this ISO date or time."),
         "WHEN"});
    parser.addOption(
        {"screenshot",
         QApplication::translate("main", "Save a screenshot of the window to FILE and quit."),
         "FILE"});
    parser.process(app);

    yeonpyo::gui::applyUiTheme(yeonpyo::gui::loadUiTheme(QSettings()));
    yeonpyo::gui::TimelineSession session;
    yeonpyo::gui::MainWindow window(session);
    window.setErrorsToStandardError(parser.isSet("screenshot"));
    window.resize(1440, 900);
    if (!parser.isSet("screenshot"))
        window.restoreLayout();  // Screenshots keep the fixed size the documentation shows.
    window.show();

    const QStringList documents = parser.positionalArguments();
    const bool opened =
        documents.isEmpty() ? window.openSampleTimeline() : window.openDocument(documents.front());
    if (parser.isSet("select"))
        window.selectSequence(parser.value("select").toInt());
    if (parser.isSet("from") || parser.isSet("to")) {
        const QDateTime from = parseMoment(parser.value("from"));
        const QDateTime to = parseMoment(parser.value("to"));
        if (!from.isValid() || !to.isValid() || to <= from) {
            std::fputs(qPrintable(QApplication::translate(
                           "main",
                           "yeonpyo: --from and --to need two ISO dates or times, the "
                           "first before the second.\n")),
                       stderr);
            return 2;
        }
        window.timelineView()->showRange(static_cast<double>(from.toSecsSinceEpoch()),
                                         static_cast<double>(to.toSecsSinceEpoch()));
    }
    if (parser.isSet("screenshot")) {
        const QString file = parser.value("screenshot");
        QTimer::singleShot(500, &window, [&window, file, opened] {
            const bool saved = window.grab().save(file);
            QApplication::exit(saved && opened ? 0 : 1);
        });
    }
    return app.exec();
}
