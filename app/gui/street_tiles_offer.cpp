// StreetTilesOffer: the bar, its placement at the bottom of the map and the remembered answer.
#include "app/gui/street_tiles_offer.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>

namespace yeonpyo::gui {
namespace {

const QString kSettingsKey = QStringLiteral("map/streetTilesOffer");

}  // namespace

StreetTilesOffer::StreetTilesOffer(QWidget* parent) : QFrame(parent) {
    setObjectName("streetTilesOffer");
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    auto* text = new QLabel(
        tr("Street detail is beyond the offline map. Show OpenStreetMap tiles? They are "
           "downloaded from tile.openstreetmap.org, whose <a "
           "href=\"https://operations.osmfoundation.org/policies/tiles/\">tile usage policy</a> "
           "applies."),
        this);
    text->setWordWrap(true);
    text->setOpenExternalLinks(true);
    auto* yes = new QPushButton(tr("Show streets"), this);
    yes->setObjectName("streetTilesYes");
    auto* no = new QPushButton(tr("No, thanks"), this);
    no->setObjectName("streetTilesNo");
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(text, 1);
    layout->addWidget(yes);
    layout->addWidget(no);
    connect(yes, &QPushButton::clicked, this, [this] { answer(true); });
    connect(no, &QPushButton::clicked, this, [this] { answer(false); });
    setAccessibleName(tr("Street tiles offer"));
    answered_ = QSettings().contains(kSettingsKey);
    hide();
}

void StreetTilesOffer::consider(double zoom, bool bundledOnly) {
    const bool wanted = !answered_ && bundledOnly && zoom >= kStreetZoom;
    if (wanted == isVisible())
        return;
    if (wanted) {
        place();
        show();
        raise();
    } else {
        hide();
    }
}

void StreetTilesOffer::place() {
    const QWidget* map = parentWidget();
    const int width = std::min(map->width() - 16, 560);
    const int height = heightForWidth(width) > 0 ? heightForWidth(width) : sizeHint().height();
    setGeometry((map->width() - width) / 2, map->height() - height - 8, width, height);
}

void StreetTilesOffer::answer(bool yes) {
    answered_ = true;
    QSettings().setValue(kSettingsKey,
                         yes ? QStringLiteral("accepted") : QStringLiteral("declined"));
    hide();
    if (yes)
        emit accepted();
}

}  // namespace yeonpyo::gui
