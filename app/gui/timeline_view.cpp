// TimelineView: input handling around the shared timeline layout and painter.
#include "app/gui/timeline_view.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>

#include "app/gui/event_text.h"
#include "app/gui/event_time_edit.h"
#include "app/gui/timeline_accessible.h"
#include "app/gui/timeline_session.h"
#include "app/gui/view_theme.h"
#include "app/render/timeline_painter.h"

namespace yeonpyo::gui {
namespace {

constexpr double kZoomStep = 1.25;
constexpr int kDragThreshold = 4;

}  // namespace

TimelineView::TimelineView(TimelineSession& session, QWidget* parent)
    : QWidget(parent),
      session_(session),
      theme_(&render::theme(viewThemeKind(palette()))),
      layouter_(render::TimelineStyle::fromTheme(*theme_)) {
    setObjectName("timelineView");
    installTimelineAccessibility();
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setMinimumHeight(180);
    setAttribute(Qt::WA_OpaquePaintEvent);
    connect(&session_, &TimelineSession::contentChanged, this, [this] {
        const bool wasEmpty = data_.size() == 0;
        const render::KnownCalendar wasKnown = data_.knownCalendar();
        rebuildData();
        // A change of calendar (an article dated, or the dating undone) moves every event.
        if ((wasEmpty || wasKnown != data_.knownCalendar()) && !session_.isWindowed())
            fitAll();
    });
    connect(&session_, &TimelineSession::windowChanged, this, [this] {
        rebuildData();
        update();
    });
    connect(&session_, &TimelineSession::selectionChanged, this, [this](std::int64_t eventId) {
        revealSelection();
        update();
        announceTimelineSelection(this, eventId);
    });
    rebuildData();
}

TimelineView::~TimelineView() = default;

QTimeZone TimelineView::displayZone() const {
    return zone_;
}

void TimelineView::rebuildData() {
    const auto& events = session_.events();
    const auto zoned = std::find_if(events.begin(), events.end(), [](const Event& event) {
        return !event.time.timeZone.empty();
    });
    if (zoned != events.end())
        zone_ = QTimeZone(QByteArray::fromStdString(zoned->time.timeZone));
    else if (!session_.isWindowed())
        zone_ = QTimeZone::systemTimeZone();
    data_ = render::TimelineData::fromEvents(events, laneMode_, locale());
    layOutNow();
}

void TimelineView::setLaneMode(render::LaneMode mode) {
    laneMode_ = mode;
    rebuildData();
    update();
}

void TimelineView::setPlaceLocalTimes(bool on) {
    placeLocalTimes_ = on;
    layOutNow();
    update();
}

void TimelineView::fitSelection() {
    const Event* selected = session_.selectedEvent();
    if (selected == nullptr || !selected->time.beginUtc)
        return;
    const std::int64_t begin = *selected->time.beginUtc;
    const std::int64_t end = std::max(selected->time.endUtc.value_or(begin), begin + 3600);
    const std::int64_t margin = (end - begin) * 2;
    setViewport(render::TimeViewport::fitting(begin - margin, end + margin, std::max(1, width())));
}

void TimelineView::fitAll() {
    auto extent = session_.timeExtent();
    if (!extent && data_.knownCalendar() != render::KnownCalendar::Full) {
        // Events known only in part stand on the data's stand-in calendar.
        if (const auto standing = data_.extent())
            extent = store::TimeRange{standing->first, standing->second};
    }
    const double width = std::max(1, this->width());
    viewport_ = extent ? render::TimeViewport::fitting(extent->begin, extent->end, width)
                       : render::TimeViewport(viewport_.begin(), viewport_.end(), width);
    layOutNow();
    update();
}

void TimelineView::showRange(double begin, double end) {
    if (end > begin)
        setViewport(render::TimeViewport(begin, end, std::max(1, width())));
}

void TimelineView::zoomIn() {
    setViewport(viewport_.zoomedAround(width() / 2.0, kZoomStep));
}
void TimelineView::zoomOut() {
    setViewport(viewport_.zoomedAround(width() / 2.0, 1.0 / kZoomStep));
}

void TimelineView::setViewport(const render::TimeViewport& viewport) {
    viewport_ = viewport;
    layOutNow();
    update();
}

void TimelineView::layOutNow() {
    if (showingRange_)
        return;  // The range's new events rebuild the data; the outer call lays them out.
    showingRange_ = true;
    session_.showRange(viewport_.begin(), viewport_.end());
    showingRange_ = false;
    render::TimelineFrame frame;
    frame.time = viewport_.resized(std::max(1, width()));
    frame.height = std::max(1, height());
    frame.zone = displayZone();
    frame.locale = locale();
    frame.placeLocalTimes = placeLocalTimes_;
    frame.known = data_.knownCalendar();
    if (session_.showsCountsOnly()) {
        const render::BucketCounter counter = [this](double begin, double end, int buckets,
                                                     std::vector<std::int64_t>& counts) {
            session_.countEvents(begin, end, buckets, counts);
        };
        layouter_.layOutCounts(counter, 0, frame, layout_);
    } else {
        layouter_.layOut(data_, frame, layout_);
    }
    emit visibleRangeChanged(viewport_.begin(), viewport_.end());
}

void TimelineView::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    if (!painter_ || painterLocale_ != locale()) {
        // Kept between frames: it caches the laid-out label texts.
        painterLocale_ = locale();
        painter_ = std::make_unique<render::TimelinePainter>(*theme_, layouter_.style(), locale());
    }
    painter_->paint(painter, layout_, session_.selectedEventId().value_or(0));
    if (movingEventId_ != 0 && dragging_)
        paintMoveGuide(painter);
    if (hasFocus())
        paintFocusFrame(painter);
}

void TimelineView::paintFocusFrame(QPainter& painter) const {
    // Keyboard users must see where the keys go; the theme's selection colour reads on it.
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setPen(QPen(theme_->selection, 2));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(QRectF(rect()).adjusted(1, 1, -1, -1));
}

QList<std::pair<QString, QString>> TimelineView::keyboardHelp() {
    return {{tr("Down, Page Down"), tr("Select the next event")},
            {tr("Up, Page Up"), tr("Select the previous event")},
            {tr("Home"), tr("Select the first event")},
            {tr("End"), tr("Select the last event")},
            {tr("Enter"), tr("Edit the selected event")},
            {tr("Escape"), tr("Clear the selection")},
            {tr("Left, Right"), tr("Move the view earlier or later")},
            {tr("+, -"), tr("Zoom in or out")}};
}

void TimelineView::paintMoveGuide(QPainter& painter) const {
    const Event* moving = session_.eventById(movingEventId_);
    if (moving == nullptr || !pressPosition_)
        return;
    const auto seconds = static_cast<std::int64_t>((lastDragPosition_.x() - pressPosition_->x()) *
                                                   viewport_.secondsPerPixel());
    const EventTime moved = shiftedTime(moving->time, seconds);
    const double x = lastDragPosition_.x();
    painter.setPen(QPen(theme_->selection, 1.5, Qt::DashLine));
    painter.drawLine(QPointF(x, 0), QPointF(x, height()));
    const QString text = QStringLiteral("%1 → %2").arg(QString::fromStdString(moving->time.start),
                                                       QString::fromStdString(moved.start));
    const QRectF box =
        painter.fontMetrics().boundingRect(text).adjusted(-6, -3, 6, 3).translated(x + 8, 24);
    painter.fillRect(box, theme_->background);
    painter.setPen(theme_->text);
    painter.drawText(box, Qt::AlignCenter, text);
}

void TimelineView::resizeEvent(QResizeEvent*) {
    viewport_ = viewport_.resized(std::max(1, width()));
    layOutNow();
}

void TimelineView::wheelEvent(QWheelEvent* event) {
    const double steps = event->angleDelta().y() / 120.0;
    if (event->modifiers() & Qt::ShiftModifier) {
        setViewport(viewport_.pannedBy(steps * width() / 10.0));
    } else {
        setViewport(viewport_.zoomedAround(event->position().x(), std::pow(kZoomStep, steps)));
    }
    event->accept();
}

void TimelineView::mousePressEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton)
        return;
    pressPosition_ = event->position().toPoint();
    lastDragPosition_ = *pressPosition_;
    dragging_ = false;
    const render::TimelineHit hit = layout_.hitTest(event->position());
    // An event on the stand-in calendar of unknown dates has no real time to move.
    const bool movable = data_.knownCalendar() == render::KnownCalendar::Full;
    movingEventId_ = movable && hit.kind == render::TimelineHit::Kind::Event ? hit.eventId : 0;
}

void TimelineView::mouseMoveEvent(QMouseEvent* event) {
    if (!pressPosition_ || !(event->buttons() & Qt::LeftButton))
        return;
    const QPoint position = event->position().toPoint();
    dragging_ |= (position - *pressPosition_).manhattanLength() > kDragThreshold;
    if (!dragging_)
        return;
    if (movingEventId_ != 0) {
        setCursor(Qt::SizeHorCursor);
        lastDragPosition_ = position;
        update();
        return;
    }
    setCursor(Qt::ClosedHandCursor);
    setViewport(viewport_.pannedBy(position.x() - lastDragPosition_.x()));
    lastDragPosition_ = position;
}

void TimelineView::mouseReleaseEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton || !pressPosition_)
        return;
    if (!dragging_) {
        clickAt(event->position());
    } else if (movingEventId_ != 0) {
        const double pixels = event->position().x() - pressPosition_->x();
        emit eventDragged(movingEventId_,
                          static_cast<std::int64_t>(pixels * viewport_.secondsPerPixel()));
    }
    pressPosition_.reset();
    dragging_ = false;
    movingEventId_ = 0;
    unsetCursor();
    update();
}

void TimelineView::mouseDoubleClickEvent(QMouseEvent* event) {
    const render::TimelineHit hit = layout_.hitTest(event->position());
    if (hit.kind == render::TimelineHit::Kind::Event)
        emit editRequested(hit.eventId);
}

void TimelineView::clickAt(const QPointF& point) {
    const render::TimelineHit hit = layout_.hitTest(point);
    switch (hit.kind) {
        case render::TimelineHit::Kind::Event:
            session_.select(hit.eventId);
            break;
        case render::TimelineHit::Kind::Cluster:
            setViewport(render::TimeViewport::fitting(static_cast<std::int64_t>(hit.beginTime),
                                                      static_cast<std::int64_t>(hit.endTime),
                                                      width()));
            break;
        case render::TimelineHit::Kind::Nothing:
            session_.clearSelection();
            break;
    }
}

void TimelineView::keyPressEvent(QKeyEvent* event) {
    switch (event->key()) {
        case Qt::Key_Left:
            setViewport(viewport_.pannedBy(width() / 8.0));
            break;
        case Qt::Key_Right:
            setViewport(viewport_.pannedBy(-width() / 8.0));
            break;
        case Qt::Key_Plus:
        case Qt::Key_Equal:
            zoomIn();
            break;
        case Qt::Key_Minus:
            zoomOut();
            break;
        case Qt::Key_Home:
            selectEdge(false);
            break;
        case Qt::Key_End:
            selectEdge(true);
            break;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (const auto selected = session_.selectedEventId())
                emit editRequested(*selected);
            break;
        case Qt::Key_Down:
        case Qt::Key_PageDown:
            selectNeighbour(+1);
            break;
        case Qt::Key_Up:
        case Qt::Key_PageUp:
            selectNeighbour(-1);
            break;
        case Qt::Key_Escape:
            session_.clearSelection();
            break;
        default:
            QWidget::keyPressEvent(event);
            return;
    }
    event->accept();
}

void TimelineView::selectNeighbour(int step) {
    // By position among the events shown, so that filtered-out sequence numbers are skipped.
    const auto& events = session_.events();
    if (events.empty())
        return;
    const auto selected = session_.selectedEventId();
    const auto current = std::find_if(events.begin(), events.end(), [&](const Event& event) {
        return selected && event.id == *selected;
    });
    if (current == events.end())
        return selectEdge(step < 0);
    const auto index = (current - events.begin()) + step;
    if (index >= 0 && index < static_cast<std::ptrdiff_t>(events.size()))
        session_.select(events[static_cast<std::size_t>(index)].id);
}

void TimelineView::selectEdge(bool last) {
    const auto& events = session_.events();
    if (!events.empty())
        session_.select(last ? events.back().id : events.front().id);
}

void TimelineView::revealSelection() {
    const Event* selected = session_.selectedEvent();
    if (selected == nullptr || !selected->time.beginUtc)
        return;
    const double begin = static_cast<double>(*selected->time.beginUtc);
    if (begin < viewport_.begin() || begin > viewport_.end()) {
        const double shift = viewport_.xOf(begin) - width() / 2.0;
        setViewport(viewport_.pannedBy(-shift));
    }
    if (session_.showsCountsOnly())
        fitSelection();  // A large document: zoom in until the event is drawn on its own.
}

bool TimelineView::event(QEvent* event) {
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const render::TimelineHit hit = layout_.hitTest(help->pos());
        const Event* hovered = hit.kind == render::TimelineHit::Kind::Event
                                   ? session_.eventById(hit.eventId)
                                   : nullptr;
        if (hovered != nullptr) {
            QToolTip::showText(help->globalPos(),
                               QStringLiteral("<b>%1</b><br>%2<br>%3")
                                   .arg(QString::fromStdString(hovered->title).toHtmlEscaped(),
                                        whenText(*hovered).toHtmlEscaped(),
                                        placeText(hovered->place).toHtmlEscaped()),
                               this);
        } else if (hit.kind == render::TimelineHit::Kind::Cluster) {
            QToolTip::showText(help->globalPos(),
                               tr("%n events — click to zoom in", "", static_cast<int>(hit.count)),
                               this);
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QWidget::event(event);
}

void TimelineView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::PaletteChange) {
        theme_ = &render::theme(viewThemeKind(palette()));
        painter_.reset();  // It holds the theme's colours.
        update();
    }
    QWidget::changeEvent(event);
}

}  // namespace yeonpyo::gui
