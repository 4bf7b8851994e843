// ShortcutsDialog: shortcuts gathered from the menus' actions, with a filter field.
#include "app/gui/shortcuts_dialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "app/gui/timeline_view.h"

namespace yeonpyo::gui {
namespace {

QString plainText(QString text) {
    // "Save a &copy as…" → "Save a copy as…"; "기본 지도(&B)" → "기본 지도".
    static const QRegularExpression mnemonic(QStringLiteral("\\(&\\w\\)"));
    text.remove(mnemonic);
    return text.replace(QStringLiteral("&&"), QStringLiteral("\x01"))
        .remove(QLatin1Char('&'))
        .replace(QStringLiteral("\x01"), QStringLiteral("&"));
}

void collect(const QMenu& menu, const QString& group, QList<ShortcutRow>& rows) {
    for (const QAction* action : menu.actions()) {
        if (action->menu() != nullptr) {
            collect(*action->menu(), group, rows);
            continue;
        }
        if (action->shortcuts().isEmpty() || action->isSeparator())
            continue;
        QStringList keys;
        for (const QKeySequence& key : action->shortcuts())
            keys << key.toString(QKeySequence::NativeText);
        rows.append({group, plainText(action->text()), keys.join(QStringLiteral(", "))});
    }
}

}  // namespace

QList<ShortcutRow> menuShortcuts(const QMenuBar& menuBar) {
    QList<ShortcutRow> rows;
    for (const QAction* top : menuBar.actions()) {
        if (top->menu() != nullptr)
            collect(*top->menu(), plainText(top->text()), rows);
    }
    return rows;
}

ShortcutsDialog::ShortcutsDialog(const QMenuBar& menuBar, QWidget* parent)
    : QDialog(parent), list_(new QTreeWidget(this)) {
    setObjectName("shortcutsDialog");
    setWindowTitle(tr("Keyboard shortcuts"));
    resize(560, 620);
    auto* filter = new QLineEdit(this);
    filter->setObjectName("shortcutFilter");
    filter->setPlaceholderText(tr("Find a shortcut"));
    filter->setAccessibleName(tr("Find a shortcut"));
    filter->setClearButtonEnabled(true);
    list_->setObjectName("shortcutList");
    list_->setAccessibleName(tr("Keyboard shortcuts"));
    list_->setColumnCount(2);
    list_->setHeaderLabels({tr("Action"), tr("Keys")});
    list_->setRootIsDecorated(false);
    list_->header()->setSectionResizeMode(0, QHeaderView::Stretch);

    QList<ShortcutRow> rows = menuShortcuts(menuBar);
    for (const auto& [key, action] : TimelineView::keyboardHelp())
        rows.append({tr("Timeline"), action, key});
    QString group;
    for (const ShortcutRow& row : rows) {
        if (row.group != group) {
            group = row.group;
            auto* heading = new QTreeWidgetItem(list_, {group});
            heading->setFirstColumnSpanned(true);
            QFont bold = heading->font(0);
            bold.setBold(true);
            heading->setFont(0, bold);
            heading->setFlags(Qt::ItemIsEnabled);
        }
        new QTreeWidgetItem(list_, {row.action, row.keys});
    }
    connect(filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        for (int i = 0; i < list_->topLevelItemCount(); ++i) {
            QTreeWidgetItem* item = list_->topLevelItem(i);
            const bool heading = item->isFirstColumnSpanned();
            item->setHidden(!heading && !text.isEmpty() &&
                            !item->text(0).contains(text, Qt::CaseInsensitive) &&
                            !item->text(1).contains(text, Qt::CaseInsensitive));
        }
    });

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(filter);
    layout->addWidget(list_);
    layout->addWidget(buttons);
}

}  // namespace yeonpyo::gui
