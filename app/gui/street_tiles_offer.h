// StreetTilesOffer: a one-time bar on the map offering street tiles once the view is zoomed past
// what the bundled map shows, with the tile server's usage policy; the answer is remembered.
#pragma once

#include <QFrame>

namespace yeonpyo::gui {

/// Shown at the bottom of its parent (the map) by consider() when the view is at street zoom on
/// the bundled map and the question was never answered; "Show streets" emits accepted(), either
/// answer is saved under "map/streetTilesOffer" in QSettings and the bar never comes back.
class StreetTilesOffer : public QFrame {
    Q_OBJECT
public:
    /// The zoom from which the bundled map has nothing more to show.
    static constexpr double kStreetZoom = 13.5;

    explicit StreetTilesOffer(QWidget* parent);

    /// Shows the bar when the zoom calls for street detail, the map shows only the bundled
    /// layer and the user has not answered yet; hides it otherwise.
    void consider(double zoom, bool bundledOnly);
    /// True once the user answered (in this or an earlier session).
    bool answered() const { return answered_; }

signals:
    void accepted();

private:
    void answer(bool yes);
    void place();

    bool answered_ = false;
};

}  // namespace yeonpyo::gui
