// ReferenceDateDialog and the check that asks it for articles without a date.
#include "app/gui/reference_date_dialog.h"

#include <QDate>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>
#include <map>

#include "core/temporal/temporal.h"
#include "core/text/loader.h"

namespace yeonpyo::gui {

std::vector<QDate> fullDatesInText(const std::string& utf8, const std::string& lang) {
    const temporal::Tagger tagger(
        lang == "en" ? temporal::Language::English : temporal::Language::Korean, {});
    std::map<QDate, int> counts;
    for (const auto& found : tagger.tag(utf8)) {
        const QDate date =
            QDate::fromString(QString::fromStdString(found.value).left(10), Qt::ISODate);
        if (date.isValid())
            ++counts[date];
    }
    std::vector<std::pair<QDate, int>> ranked(counts.begin(), counts.end());
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const auto& a, const auto& b) { return a.second > b.second; });
    std::vector<QDate> dates;
    for (const auto& [date, count] : ranked)
        dates.push_back(date);
    return dates;
}

ReferenceDateDialog::ReferenceDateDialog(const QString& articleName,
                                         const std::vector<QDate>& datesInText, QWidget* parent)
    : QDialog(parent), date_(new QDateEdit(this)), found_(new QListWidget(this)) {
    setWindowTitle(tr("When was this article written?"));
    auto* layout = new QVBoxLayout(this);
    auto* intro =
        new QLabel(tr("<b>%1</b> does not say when it was written. Relative dates such as "
                      "“28일”, “이튿날” or “on Wednesday” are resolved against that date.")
                       .arg(articleName.toHtmlEscaped()),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    date_->setObjectName("referenceDate");
    date_->setCalendarPopup(true);
    date_->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    date_->setDate(datesInText.empty() ? QDate::currentDate() : datesInText.front());
    layout->addWidget(date_);
    if (!datesInText.empty()) {
        layout->addWidget(new QLabel(tr("Dates written in the article:"), this));
        for (const QDate& date : datesInText) {
            auto* item = new QListWidgetItem(QLocale().toString(date, QLocale::LongFormat), found_);
            item->setData(Qt::UserRole, date);
        }
        connect(found_, &QListWidget::itemClicked, this, [this](QListWidgetItem* item) {
            date_->setDate(item->data(Qt::UserRole).toDate());
        });
        layout->addWidget(found_);
    } else {
        found_->hide();
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* use = buttons->addButton(tr("Use this date"), QDialogButtonBox::AcceptRole);
    QPushButton* leave =
        buttons->addButton(tr("Leave dates unresolved"), QDialogButtonBox::AcceptRole);
    connect(use, &QPushButton::clicked, this, [this] {
        const QDate date = date_->date();
        chosen_ = temporal::CivilDate{date.year(), date.month(), date.day()};
    });
    connect(leave, &QPushButton::clicked, this, [this] { chosen_.reset(); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

bool askMissingReferenceDates(QWidget* parent, std::vector<pipeline::IngestInput>& inputs) {
    for (auto& input : inputs) {
        if (input.referenceDate)
            continue;  // a feed item's date, for instance
        auto loaded = text::loadArticle(input.bytes, input.name);
        if (!loaded || !loaded->published.empty())
            continue;  // errors are reported by the import
        const auto dates = fullDatesInText(loaded->text, loaded->lang);
        ReferenceDateDialog dialog(QFileInfo(QString::fromStdString(input.name)).fileName(), dates,
                                   parent);
        if (dialog.exec() != QDialog::Accepted)
            return false;
        input.referenceDate = dialog.chosenDate();
    }
    return true;
}

}  // namespace yeonpyo::gui
