// MapView: input handling around the shared map scene.
#include "app/gui/map_view.h"

#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>

#include "app/gui/event_text.h"
#include "app/gui/street_tiles_offer.h"
#include "app/gui/timeline_session.h"
#include "app/gui/view_theme.h"

namespace yeonpyo::gui {
namespace {

constexpr int kDragThreshold = 4;
constexpr double kWheelStepDegrees = 120.0;  // one notch of a mouse wheel, in eighths of a degree
constexpr double kClusterZoomStep = 2.0;

}  // namespace

MapView::MapView(TimelineSession& session, QWidget* parent)
    : QWidget(parent), session_(session), scene_(viewThemeKind(palette())) {
    setObjectName("mapView");
    setMouseTracking(true);
    setMinimumSize(240, 200);
    setAttribute(Qt::WA_OpaquePaintEvent);
    scene_.setLocale(locale());
    streetTilesOffer_ = new StreetTilesOffer(this);
    connect(streetTilesOffer_, &StreetTilesOffer::accepted, this, &MapView::streetTilesRequested);
    connect(&session_, &TimelineSession::windowChanged, this, [this] {
        rebuildContent();
        update();
    });
    connect(&session_, &TimelineSession::contentChanged, this, [this] {
        const bool wasEmpty = scene_.content().markers.empty();
        const geo::MapViewport kept = scene_.viewport();
        rebuildContent();
        if (wasEmpty) {
            fitToEvents();
        } else {
            scene_.setViewport(kept);
            update();
        }
    });
    connect(&session_, &TimelineSession::selectionChanged, this, [this](std::int64_t eventId) {
        scene_.setSelectedId(eventId);
        update();
    });
    rebuildContent();
}

MapView::~MapView() = default;

void MapView::rebuildContent() {
    scene_.setContent(render::MapContent::fromEvents(session_.events()));
    scene_.setSelectedId(session_.selectedEventId().value_or(0));
}

bool MapView::hasMarker(std::int64_t eventId) const {
    const auto& markers = scene_.content().markers;
    return std::any_of(markers.begin(), markers.end(), [eventId](const render::MapMarker& marker) {
        return marker.eventId == eventId;
    });
}

bool MapView::isMarkerHighlighted(std::int64_t eventId) const {
    return session_.selectedEventId().value_or(0) == eventId && hasMarker(eventId);
}

void MapView::fitToEvents() {
    scene_.fit(size());
    update();
}

void MapView::fitToSelection() {
    if (const auto selected = session_.selectedEventId())
        fitToEventIds({*selected});
}

void MapView::fitToEventIds(const std::vector<std::int64_t>& ids) {
    scene_.fitEvents(ids, size());
    update();
}

void MapView::setActiveTime(std::optional<std::pair<double, double>> range) {
    scene_.setActiveTime(range);
    update();
}

void MapView::contextMenuEvent(QContextMenuEvent* event) {
    const Event* selected = session_.selectedEvent();
    geo::GeoPoint position;
    if (selected == nullptr ||
        !scene_.viewport().pixelToGeo({event->pos().x() * 1.0, event->pos().y() * 1.0}, position))
        return;
    QMenu menu(this);
    const QAction* place =
        menu.addAction(tr("Place “%1” here").arg(QString::fromStdString(selected->title)));
    menu.addAction(tr("Fit map to events"), this, &MapView::fitToEvents);
    if (menu.exec(event->globalPos()) == place)
        emit placeRequested(selected->id, position.lat, position.lon);
}

Status MapView::setBaseLayer(const BaseLayerChoice& choice, const QString& tileCacheDirectory) {
    auto opened = openBaseLayer(choice, tileCacheDirectory);
    if (!opened)
        return opened.error();
    if (net::XyzTileSource* downloads = opened->downloads) {
        connect(downloads, &net::XyzTileSource::tileArrived, this, [this] { update(); });
        connect(downloads, &net::XyzTileSource::tileFailed, this, &MapView::tileFailed);
    }
    scene_.setTileSource(std::move(opened->tiles));
    baseLayer_ = choice;
    update();
    return success();
}

void MapView::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    scene_.paint(painter, size());
    if (session_.showsCountsOnly())
        paintZoomHint(painter);
    // Whether street tiles are worth offering depends on the view just painted; the bar is a
    // child widget, shown once this paint is over.
    QMetaObject::invokeMethod(
        streetTilesOffer_,
        [this] {
            streetTilesOffer_->consider(scene_.viewport().zoom(), scene_.tileSource() == nullptr);
        },
        Qt::QueuedConnection);
}

void MapView::paintZoomHint(QPainter& painter) const {
    const QString hint = tr("Too many events to place: zoom the timeline in to see them here.");
    const QRectF box = painter.fontMetrics()
                           .boundingRect(rect().adjusted(16, 0, -16, 0), Qt::TextWordWrap, hint)
                           .adjusted(-8, -5, 8, 5)
                           .translated(0, 12);
    painter.setPen(Qt::NoPen);
    QColor fill = palette().color(QPalette::Base);
    fill.setAlpha(225);
    painter.setBrush(fill);
    painter.drawRoundedRect(box, 4, 4);
    painter.setPen(palette().color(QPalette::Text));
    painter.drawText(box, Qt::AlignCenter | Qt::TextWordWrap, hint);
}

void MapView::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    const bool firstSize = scene_.viewport().width() <= 1.0;
    scene_.setViewport(scene_.viewport().resized(width(), height()));
    if (firstSize)
        scene_.fit(size());
}

void MapView::wheelEvent(QWheelEvent* event) {
    const double levels = event->angleDelta().y() / kWheelStepDegrees * 0.5;
    const QPointF at = event->position();
    scene_.setViewport(scene_.viewport().zoomedAround({at.x(), at.y()}, levels));
    update();
    event->accept();
}

void MapView::mousePressEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton)
        return;
    pressPosition_ = event->position().toPoint();
    lastDragPosition_ = *pressPosition_;
    dragging_ = false;
}

void MapView::mouseMoveEvent(QMouseEvent* event) {
    if (!pressPosition_)
        return;
    const QPoint position = event->position().toPoint();
    if (!dragging_ && (position - *pressPosition_).manhattanLength() < kDragThreshold)
        return;
    dragging_ = true;
    const QPoint delta = position - lastDragPosition_;
    lastDragPosition_ = position;
    scene_.setViewport(scene_.viewport().pannedBy(delta.x(), delta.y()));
    update();
}

void MapView::mouseReleaseEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton)
        return;
    if (pressPosition_ && !dragging_)
        clickAt(event->position());
    pressPosition_.reset();
    dragging_ = false;
}

void MapView::clickAt(const QPointF& point) {
    const render::MapHit hit = scene_.hitTest(point, size());
    if (hit.eventIds.empty()) {
        session_.clearSelection();
    } else if (hit.isCluster()) {
        scene_.setViewport(
            scene_.viewport().zoomedAround({point.x(), point.y()}, kClusterZoomStep));
        update();
    } else {
        session_.select(hit.eventIds.front());
    }
}

bool MapView::event(QEvent* event) {
    if (event->type() == QEvent::PaletteChange) {
        scene_.setTheme(viewThemeKind(palette()));
        update();
    }
    if (event->type() != QEvent::ToolTip)
        return QWidget::event(event);
    const auto* help = static_cast<QHelpEvent*>(event);
    const render::MapHit hit = scene_.hitTest(help->pos(), size());
    QStringList lines;
    for (std::int64_t id : hit.eventIds) {
        if (const Event* found = session_.eventById(id))
            lines << eventSummaryLine(*found);
    }
    if (lines.isEmpty()) {
        QToolTip::hideText();
    } else {
        QToolTip::showText(help->globalPos(), lines.join('\n'), this);
    }
    return true;
}

}  // namespace yeonpyo::gui
