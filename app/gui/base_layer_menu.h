// BaseLayerMenu: the "Base map" menu — bundled offline map, OpenStreetMap tiles, a custom tile
// URL or an MBTiles file — remembered across sessions.
#pragma once

#include <QMenu>

#include "app/gui/base_layer_choice.h"

class QAction;

namespace yeonpyo::gui {

class MapView;

/// A menu of base layers for one MapView. On creation it applies the choice saved in QSettings
/// (falling back to the bundled map when that file or URL is refused now); every later choice
/// is applied and saved. Add it to a menu bar with addMenu().
class BaseLayerMenu : public QMenu {
    Q_OBJECT
public:
    explicit BaseLayerMenu(MapView& map, QWidget* parent = nullptr);

    /// Applies a choice to the map, saves it and ticks its entry; when refused, the map and the
    /// saved choice stay as they were and the sentence is returned.
    Status choose(const BaseLayerChoice& choice);

private:
    void askTileUrl();
    void askMBTilesFile();
    void chooseOrWarn(const BaseLayerChoice& choice);
    void tickCurrent();

    MapView& map_;
    QAction* bundled_ = nullptr;
    QAction* openStreetMap_ = nullptr;
    QAction* tileUrl_ = nullptr;
    QAction* mbtiles_ = nullptr;
};

}  // namespace yeonpyo::gui
