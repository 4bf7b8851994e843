// AboutDialog: version, licence and data credits, read from the resources built into the program.
#include "app/gui/about_dialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QVBoxLayout>

namespace yeonpyo::gui {
namespace {

QPlainTextEdit* readOnlyText(const QString& text, const QString& name, QWidget* parent) {
    auto* view = new QPlainTextEdit(text, parent);
    view->setReadOnly(true);
    view->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    view->setAccessibleName(name);
    view->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return view;
}

}  // namespace

QString AboutDialog::bundledText(const QString& name) {
    QFile file(QStringLiteral(":/about/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

AboutDialog::AboutDialog(QWidget* parent) : QDialog(parent) {
    setObjectName("aboutDialog");
    setWindowTitle(tr("About Yeonpyo"));
    resize(640, 480);
    auto* tabs = new QTabWidget(this);
    tabs->setObjectName("aboutTabs");

    auto* about = new QLabel(
        tr("<h2>Yeonpyo 연표 %1</h2><p>Timelines and maps from news articles, with the quotes "
           "that back every event.</p><p>Free software under the MIT licence. Bundled open data "
           "keeps its own licence: see <i>Data credits</i>.</p>")
            .arg(QApplication::applicationVersion().toHtmlEscaped()),
        this);
    about->setObjectName("aboutText");
    about->setWordWrap(true);
    about->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    about->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    about->setMargin(12);
    tabs->addTab(about, tr("About"));
    tabs->addTab(readOnlyText(bundledText("LICENSE"), tr("Licence"), this), tr("Licence"));
    tabs->addTab(readOnlyText(bundledText("NOTICE"), tr("Data credits"), this), tr("Data credits"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(buttons);
}

}  // namespace yeonpyo::gui
