// Fetches an export's tiles through the event loop, then snapshots them.
#include "app/render/tile_prefetch.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QThread>

namespace yeonpyo::render {

std::shared_ptr<TileSnapshot> fetchTiles(TileSource& source, const std::vector<TileId>& ids,
                                         std::chrono::milliseconds timeout) {
    const QDeadlineTimer deadline(timeout);
    for (;;) {
        bool missing = false;
        for (const TileId& id : ids)
            missing = !source.tile(id, TileFetch::IfMissing) || missing;
        if (!missing || !source.fetching() || deadline.hasExpired())
            break;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(5);
    }
    return TileSnapshot::take(source, ids);
}

}  // namespace yeonpyo::render
