// The base map menu: four exclusive entries, dialogs for a tile URL or an MBTiles file, settings.
#include "app/gui/base_layer_menu.h"

#include <QActionGroup>
#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>

#include "app/gui/map_view.h"

namespace yeonpyo::gui {

BaseLayerMenu::BaseLayerMenu(MapView& map, QWidget* parent)
    : QMenu(tr("&Base map"), parent), map_(map) {
    setObjectName("baseLayerMenu");
    setToolTipsVisible(true);
    auto* group = new QActionGroup(this);
    bundled_ = addAction(tr("&Bundled map (offline)"), this, [this] {
        chooseOrWarn({BaseLayerChoice::Kind::Bundled, {}, {}});
    });
    openStreetMap_ = addAction(tr("&OpenStreetMap tiles (online)"), this, [this] {
        chooseOrWarn({BaseLayerChoice::Kind::OpenStreetMap, {}, {}});
    });
    openStreetMap_->setToolTip(
        tr("Downloads tiles from tile.openstreetmap.org, whose tile usage policy applies "
           "(operations.osmfoundation.org/policies/tiles)."));
    tileUrl_ = addAction(tr("Custom &tile URL…"), this, &BaseLayerMenu::askTileUrl);
    mbtiles_ = addAction(tr("&MBTiles file…"), this, &BaseLayerMenu::askMBTilesFile);
    for (QAction* action : {bundled_, openStreetMap_, tileUrl_, mbtiles_}) {
        action->setCheckable(true);
        group->addAction(action);
    }
    if (!map_.setBaseLayer(BaseLayerChoice::load(QSettings())).ok())
        map_.setBaseLayer({});
    tickCurrent();
    connect(&map_, &MapView::streetTilesRequested, this, [this] {
        chooseOrWarn({BaseLayerChoice::Kind::OpenStreetMap, {}, {}});
    });
}

Status BaseLayerMenu::choose(const BaseLayerChoice& choice) {
    const Status applied = map_.setBaseLayer(choice);
    if (applied.ok()) {
        QSettings settings;
        choice.save(settings);
    }
    tickCurrent();
    return applied;
}

void BaseLayerMenu::chooseOrWarn(const BaseLayerChoice& choice) {
    const Status applied = choose(choice);
    if (!applied.ok()) {
        QMessageBox::warning(parentWidget(), tr("Base map"),
                             QString::fromStdString(applied.error().message));
    }
}

void BaseLayerMenu::askTileUrl() {
    const BaseLayerChoice saved = BaseLayerChoice::load(QSettings());
    const bool hadUrl = saved.kind == BaseLayerChoice::Kind::CustomTiles;
    bool ok = false;
    const QString url =
        QInputDialog::getText(parentWidget(), tr("Custom tile URL"),
                              tr("Tile server address with {z}, {x} and {y} (and optionally {s}):"),
                              QLineEdit::Normal, hadUrl ? saved.location : QString(), &ok);
    if (!ok || url.trimmed().isEmpty()) {
        tickCurrent();
        return;
    }
    const QString attribution = QInputDialog::getText(
        parentWidget(), tr("Custom tile URL"), tr("Credit line the tile provider asks for:"),
        QLineEdit::Normal, hadUrl ? saved.attribution : QString(), &ok);
    if (!ok) {
        tickCurrent();
        return;
    }
    chooseOrWarn({BaseLayerChoice::Kind::CustomTiles, url.trimmed(), attribution.trimmed()});
}

void BaseLayerMenu::askMBTilesFile() {
    const QString path = QFileDialog::getOpenFileName(parentWidget(), tr("MBTiles file"), {},
                                                      tr("MBTiles (*.mbtiles);;All files (*)"));
    if (path.isEmpty()) {
        tickCurrent();
        return;
    }
    chooseOrWarn({BaseLayerChoice::Kind::MBTiles, path, {}});
}

void BaseLayerMenu::tickCurrent() {
    switch (map_.baseLayer().kind) {
        case BaseLayerChoice::Kind::Bundled:
            bundled_->setChecked(true);
            break;
        case BaseLayerChoice::Kind::OpenStreetMap:
            openStreetMap_->setChecked(true);
            break;
        case BaseLayerChoice::Kind::CustomTiles:
            tileUrl_->setChecked(true);
            break;
        case BaseLayerChoice::Kind::MBTiles:
            mbtiles_->setChecked(true);
            break;
    }
}

}  // namespace yeonpyo::gui
