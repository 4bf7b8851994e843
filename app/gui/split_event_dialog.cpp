// SplitEventDialog: quote check list for splitting an event in two.
#include "app/gui/split_event_dialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include "app/gui/event_text.h"

namespace yeonpyo::gui {

SplitEventDialog::SplitEventDialog(const Event& event, const TimelineSession& session,
                                   QWidget* parent)
    : QDialog(parent), quotes_(new QListWidget(this)) {
    setObjectName("splitEventDialog");
    setWindowTitle(tr("Split event"));
    quotes_->setObjectName("splitQuotes");
    quotes_->setWordWrap(true);
    for (const Quote& quote : event.quotes) {
        auto* item = new QListWidgetItem(quoteText(quote, session), quotes_);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(false);
    connect(quotes_, &QListWidget::itemChanged, this, [this, ok] {
        const std::size_t ticked = chosenQuotes().size();
        ok->setEnabled(ticked > 0 && ticked < static_cast<std::size_t>(quotes_->count()));
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Tick the quotes that report a separate event of “%1”:")
                                     .arg(QString::fromStdString(event.title)),
                                 this));
    layout->addWidget(quotes_);
    layout->addWidget(buttons);
    resize(640, 420);
}

std::vector<std::size_t> SplitEventDialog::chosenQuotes() const {
    std::vector<std::size_t> chosen;
    for (int row = 0; row < quotes_->count(); ++row) {
        if (quotes_->item(row)->checkState() == Qt::Checked)
            chosen.push_back(static_cast<std::size_t>(row));
    }
    return chosen;
}

}  // namespace yeonpyo::gui
