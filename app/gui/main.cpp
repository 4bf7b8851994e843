// yeonpyo: the timeline viewer. Opens a document given on the command line, or the sample story.
#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

#include "app/gui/application_setup.h"
#include "app/gui/main_window.h"
#include "app/gui/timeline_session.h"

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
    parser.addOption(
        {"screenshot",
         QApplication::translate("main", "Save a screenshot of the window to FILE and quit."),
         "FILE"});
    parser.process(app);

    yeonpyo::gui::TimelineSession session;
    yeonpyo::gui::MainWindow window(session);
    window.resize(1440, 900);
    window.show();

    const QStringList documents = parser.positionalArguments();
    const bool opened =
        documents.isEmpty() ? window.openSampleTimeline() : window.openDocument(documents.front());
    if (parser.isSet("select"))
        window.selectSequence(parser.value("select").toInt());
    if (parser.isSet("screenshot")) {
        const QString file = parser.value("screenshot");
        QTimer::singleShot(500, &window, [&window, file, opened] {
            const bool saved = window.grab().save(file);
            QApplication::exit(saved && opened ? 0 : 1);
        });
    }
    return app.exec();
}
