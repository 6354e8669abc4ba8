#include "RackElevationView.h"

#include "RackBlockPainter.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>

namespace kolokasi {

namespace {
// Text sizes at zoom 1, in pixels; below kSmallestText a text is left out rather than smudged.
constexpr double kNameText = 13;
constexpr double kBlockText = 11;
constexpr double kNumberText = 10;
constexpr double kUsageText = 11;
constexpr int kSmallestText = 7;
constexpr double kZoomStep = 1.25;
const QColor kFreeUnit(0xfb, 0xfb, 0xfb);
const QColor kUnitLine(0xe2, 0xe2, 0xe2);
const QColor kRackFrame(0x55, 0x55, 0x55);
const QColor kMutedText(0x55, 0x55, 0x55);

// Numbers every 1, 2, 5 or 10 units, whichever first leaves room between two of them.
int numberStep(double unitHeight, double textHeight)
{
    for (int step : {1, 2, 5, 10}) {
        if (unitHeight * step >= textHeight + 1)
            return step;
    }
    return 20;
}
} // namespace

RackElevationView::RackElevationView(QWidget *parent) : QAbstractScrollArea(parent)
{
    setObjectName(QStringLiteral("rackElevationView"));
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setMouseTracking(false);
    viewport()->setAutoFillBackground(false);
    setFrameShape(QFrame::StyledPanel);
}

void RackElevationView::setRacks(QList<RackElevation> racks, const QDate &today)
{
    const std::optional<RackSlot> kept = selectedBlock();
    m_racks = std::move(racks);
    m_today = today;
    QList<int> heights;
    heights.reserve(m_racks.size());
    for (const RackElevation &rack : std::as_const(m_racks))
        heights << rack.heightU;
    m_layout.setRackHeights(heights);
    m_selected = {};
    for (int rack = 0; kept && rack < m_racks.size(); ++rack) {
        for (int slot = 0; slot < m_racks[rack].occupants.size(); ++slot) {
            if (m_racks[rack].occupants[slot].placementId == kept->placementId)
                m_selected = {rack, slot};
        }
    }
    if (m_fit)
        m_layout.setZoom(m_layout.fitZoom(viewport()->size()));
    updateScrollBars();
    viewport()->update();
}

std::optional<RackSlot> RackElevationView::blockAt(qint64 rackId, int unit) const
{
    const int rack = rackIndex(rackId);
    const int slot = rack < 0 ? -1 : slotCovering(rack, unit);
    if (slot < 0)
        return std::nullopt;
    return m_racks[rack].occupants[slot];
}

RackElevationView::BlockState RackElevationView::stateOf(const RackSlot &slot) const
{
    if (slot.expiredOn(m_today))
        return BlockState::Expired;
    return slot.reserved() ? BlockState::Reserved : BlockState::Active;
}

std::optional<RackSlot> RackElevationView::selectedBlock() const
{
    if (m_selected.rack < 0 || m_selected.rack >= m_racks.size() ||
        m_selected.slot >= m_racks[m_selected.rack].occupants.size())
        return std::nullopt;
    return m_racks[m_selected.rack].occupants[m_selected.slot];
}

QPoint RackElevationView::unitCentre(qint64 rackId, int unit)
{
    const int rack = rackIndex(rackId);
    if (rack < 0)
        return {};
    const QRectF units = m_layout.unitsRect(rack, unit, 1);
    ensureVisible(units);
    const QPointF offset(horizontalScrollBar()->value(), verticalScrollBar()->value());
    return (units.center() - offset).toPoint();
}

void RackElevationView::setZoom(double zoom)
{
    m_fit = false;
    const QPoint middle = viewport()->rect().center();
    applyZoom(zoom, toContent(middle), middle);
}

void RackElevationView::zoomIn()
{
    setZoom(zoom() * kZoomStep);
}

void RackElevationView::zoomOut()
{
    setZoom(zoom() / kZoomStep);
}

void RackElevationView::fitToWindow()
{
    m_fit = true;
    applyZoom(m_layout.fitZoom(viewport()->size()), {}, {});
}

void RackElevationView::applyZoom(double zoom, const QPointF &anchorContent,
                                  const QPoint &anchorViewport)
{
    const double before = m_layout.zoom();
    m_layout.setZoom(zoom);
    const double ratio = m_layout.zoom() / before;
    updateScrollBars();
    // The point under the anchor stays under it.
    horizontalScrollBar()->setValue(qRound(anchorContent.x() * ratio - anchorViewport.x()));
    verticalScrollBar()->setValue(qRound(anchorContent.y() * ratio - anchorViewport.y()));
    viewport()->update();
    if (!qFuzzyCompare(before, m_layout.zoom()))
        emit zoomChanged(m_layout.zoom());
}

void RackElevationView::updateScrollBars()
{
    const QSize content = m_layout.contentSize().toSize();
    const QSize area = viewport()->size();
    horizontalScrollBar()->setRange(0, std::max(0, content.width() - area.width()));
    horizontalScrollBar()->setPageStep(area.width());
    horizontalScrollBar()->setSingleStep(std::max(1, qRound(m_layout.unitHeight() * 4)));
    verticalScrollBar()->setRange(0, std::max(0, content.height() - area.height()));
    verticalScrollBar()->setPageStep(area.height());
    verticalScrollBar()->setSingleStep(std::max(1, qRound(m_layout.unitHeight())));
}

void RackElevationView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    if (m_fit)
        applyZoom(m_layout.fitZoom(viewport()->size()), {}, {});
    else
        updateScrollBars();
}

QPointF RackElevationView::toContent(const QPoint &viewportPoint) const
{
    return QPointF(viewportPoint) +
           QPointF(horizontalScrollBar()->value(), verticalScrollBar()->value());
}

QFont RackElevationView::scaledFont(double basePixels) const
{
    QFont scaled = font();
    scaled.setPixelSize(std::max(1, int(std::lround(basePixels * zoom()))));
    return scaled;
}

void RackElevationView::paintEvent(QPaintEvent *event)
{
    QPainter painter(viewport());
    painter.fillRect(event->rect(), palette().base());
    const QPointF offset(horizontalScrollBar()->value(), verticalScrollBar()->value());
    painter.translate(-offset);
    const QRectF visible = QRectF(event->rect()).translated(offset);
    const auto [first, last] = m_layout.racksIn(visible);
    if (first >= 0) {
        const int margin = last - first + 1; // a screenful each side: scrolling finds them read
        readOccupants(first - margin, last + margin);
    }
    for (int rack = first; rack <= last; ++rack)
        paintRack(painter, rack, visible);
}

void RackElevationView::paintRack(QPainter &painter, int rack, const QRectF &visible) const
{
    const RackElevation &elevation = m_racks[rack];
    const QRectF units = m_layout.unitsRect(rack);
    QFont nameFont = scaledFont(kNameText);
    nameFont.setBold(true);
    painter.setFont(nameFont);
    painter.setPen(palette().color(QPalette::Text));
    const QRectF name = m_layout.nameRect(rack);
    painter.drawText(
        name, Qt::AlignCenter,
        QFontMetricsF(nameFont).elidedText(elevation.rack, Qt::ElideRight, name.width()));

    painter.fillRect(units, kFreeUnit);
    if (m_layout.unitHeight() >= 4) {
        painter.setPen(QPen(kUnitLine, 0));
        for (int unit = 1; unit < elevation.heightU; ++unit) {
            const double y = units.bottom() - m_layout.unitHeight() * unit;
            if (y >= visible.top() && y <= visible.bottom())
                painter.drawLine(QPointF(units.left(), y), QPointF(units.right(), y));
        }
    }
    paintUnitNumbers(painter, rack);
    for (int slot = 0; slot < elevation.occupants.size(); ++slot) {
        const RackSlot &occupant = elevation.occupants[slot];
        if (m_layout.unitsRect(rack, occupant.firstU, occupant.heightU).intersects(visible))
            paintBlock(painter, rack, slot);
    }
    painter.setPen(QPen(kRackFrame, std::max(1.0, 2 * zoom())));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(units);
    if (m_layout.footerRect(rack).intersects(visible))
        paintUsage(painter, rack);
}

void RackElevationView::paintUnitNumbers(QPainter &painter, int rack) const
{
    const QFont numberFont = scaledFont(kNumberText);
    if (numberFont.pixelSize() < kSmallestText - 1)
        return;
    painter.setFont(numberFont);
    painter.setPen(kMutedText);
    const QRectF left = m_layout.leftNumbersRect(rack).adjusted(0, 0, -3 * zoom(), 0);
    const QRectF right = m_layout.rightNumbersRect(rack).adjusted(3 * zoom(), 0, 0, 0);
    const double unitHeight = m_layout.unitHeight();
    const int step = numberStep(unitHeight, QFontMetricsF(numberFont).height());
    for (int unit = 1; unit <= m_racks[rack].heightU; ++unit) {
        if (unit != 1 && unit % step != 0)
            continue;
        const double top = left.bottom() - unitHeight * unit;
        const QString number = QString::number(unit);
        painter.drawText(QRectF(left.left(), top, left.width(), unitHeight),
                         Qt::AlignRight | Qt::AlignVCenter | Qt::TextDontClip, number);
        painter.drawText(QRectF(right.left(), top, right.width(), unitHeight),
                         Qt::AlignLeft | Qt::AlignVCenter | Qt::TextDontClip, number);
    }
}

QStringList RackElevationView::blockLines(const RackSlot &slot) const
{
    const RackBlockLook look{slot.reserved(), slot.expiredOn(m_today), false};
    const QString words = RackBlockPainter::stateWords(look);
    QStringList lines{words.isEmpty() ? slot.serverName : tr("%1: %2").arg(words, slot.serverName)};
    if (!slot.unitName.isEmpty())
        lines << slot.unitName;
    if (!slot.domain.isEmpty())
        lines << slot.domain;
    return lines;
}

void RackElevationView::paintBlock(QPainter &painter, int rack, int slot) const
{
    const RackSlot &occupant = m_racks[rack].occupants[slot];
    const QRectF rect = m_layout.unitsRect(rack, occupant.firstU, occupant.heightU);
    const RackBlockLook look{occupant.reserved(), occupant.expiredOn(m_today),
                             m_selected.rack == rack && m_selected.slot == slot};
    RackBlockPainter::paintBlock(painter, rect, look, zoom());

    const QFont blockFont = scaledFont(kBlockText);
    if (blockFont.pixelSize() < kSmallestText)
        return;
    const QFontMetricsF metrics(blockFont);
    const double padding = std::max(3.0, 5 * zoom());
    const QRectF text = rect.adjusted(padding, 1, -padding, -1);
    const int room = int(text.height() / metrics.height());
    if (room < 1)
        return;
    QStringList lines = blockLines(occupant);
    if (lines.size() > room) {
        // What does not fit on its own line follows the name on the last one.
        const QStringList rest = lines.mid(room - 1);
        lines = lines.mid(0, room - 1) << rest.join(QStringLiteral(" · "));
    }
    painter.setFont(blockFont);
    const double top = text.center().y() - metrics.height() * lines.size() / 2;
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = metrics.elidedText(lines[i], Qt::ElideRight, text.width());
        const QRectF lineRect(text.left(), top + metrics.height() * i, text.width(),
                              metrics.height());
        if (look.reserved) // the hatching behind the words would make them hard to read
            painter.fillRect(QRectF(lineRect.topLeft(),
                                    QSizeF(metrics.horizontalAdvance(line) + 2, lineRect.height())),
                             QColor(255, 255, 255, 225));
        painter.setPen(RackBlockPainter::textColour(look));
        painter.drawText(lineRect, Qt::AlignLeft | Qt::AlignVCenter, line);
    }
}

QString RackElevationView::usageNumbers(const RackElevation &rack, bool power) const
{
    const QLocale locale;
    const qint64 used = power ? rack.usedPowerW() : rack.usedU();
    const qint64 limit = power ? rack.powerBudgetW : rack.heightU;
    if (!power)
        return tr("%1/%2 U used, %3 free")
            .arg(locale.toString(used), locale.toString(limit),
                 locale.toString(std::max<qint64>(0, limit - used)));
    if (limit > 0)
        return tr("Power %1/%2 W (%3 %)")
            .arg(locale.toString(used), locale.toString(limit),
                 locale.toString(qRound(100.0 * double(used) / double(limit))));
    return tr("Power %1 W, no budget set").arg(locale.toString(used));
}

QString RackElevationView::usageWord(const RackElevation &rack, bool power) const
{
    const qint64 used = power ? rack.usedPowerW() : rack.usedU();
    const qint64 limit = power ? rack.powerBudgetW : rack.heightU;
    return RackBlockPainter::usageWord(RackBlockPainter::usageOf(used, limit), used > limit);
}

QString RackElevationView::usageText(const RackElevation &rack, bool power) const
{
    const QString word = usageWord(rack, power);
    return word.isEmpty() ? usageNumbers(rack, power)
                          : tr("%1: %2").arg(word, usageNumbers(rack, power));
}

// Per measure: the numbers on the left and the warning word in bold on the right, then the bar.
void RackElevationView::paintUsage(QPainter &painter, int rack) const
{
    const RackElevation &elevation = m_racks[rack];
    const QRectF footer = m_layout.footerRect(rack);
    const QFont usageFont = scaledFont(kUsageText);
    QFont wordFont = usageFont;
    wordFont.setBold(true);
    const QFontMetricsF metrics(usageFont);
    const bool withText = usageFont.pixelSize() >= kSmallestText;
    const double barHeight = std::max(3.0, 8 * zoom());
    const double gap = std::max(2.0, 4 * zoom());
    double y = footer.top();
    for (bool power : {false, true}) {
        if (withText) {
            const QRectF line(footer.left(), y, footer.width(), metrics.height());
            const QString word = usageWord(elevation, power);
            const double wordWidth =
                word.isEmpty() ? 0 : QFontMetricsF(wordFont).horizontalAdvance(word) + 6;
            painter.setPen(palette().color(QPalette::Text));
            painter.setFont(wordFont);
            painter.drawText(line, Qt::AlignRight | Qt::AlignVCenter, word);
            painter.setFont(usageFont);
            painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
                             metrics.elidedText(usageNumbers(elevation, power), Qt::ElideRight,
                                                line.width() - wordWidth));
            y += metrics.height() + 1;
        }
        RackBlockPainter::paintBar(painter, QRectF(footer.left(), y, footer.width(), barHeight),
                                   power ? elevation.usedPowerW() : elevation.usedU(),
                                   power ? elevation.powerBudgetW : elevation.heightU);
        y += barHeight + gap;
    }
}

int RackElevationView::rackIndex(qint64 rackId) const
{
    for (int rack = 0; rack < m_racks.size(); ++rack) {
        if (m_racks[rack].rackId == rackId)
            return rack;
    }
    return -1;
}

void RackElevationView::readOccupants(int first, int last) const
{
    if (!m_readOccupants)
        return;
    QList<qint64> wanted;
    for (int rack = std::max(0, first); rack <= last && rack < m_racks.size(); ++rack) {
        if (!m_racks[rack].occupantsRead)
            wanted << m_racks[rack].rackId;
    }
    if (wanted.isEmpty())
        return;
    const QHash<qint64, QList<RackSlot>> read = m_readOccupants(wanted);
    for (int rack = std::max(0, first); rack <= last && rack < m_racks.size(); ++rack) {
        RackElevation &elevation = m_racks[rack];
        if (elevation.occupantsRead)
            continue;
        elevation.occupants = read.value(elevation.rackId);
        elevation.occupantsRead = true;
    }
}

int RackElevationView::slotCovering(int rack, int unit) const
{
    readOccupants(rack, rack);
    const QList<RackSlot> &occupants = m_racks[rack].occupants;
    for (int slot = 0; slot < occupants.size(); ++slot) {
        if (unit >= occupants[slot].firstU && unit <= occupants[slot].lastU())
            return slot;
    }
    return -1;
}

RackElevationView::Selection RackElevationView::slotAt(const QPointF &content) const
{
    const auto [rack, unit] = m_layout.unitAt(content);
    if (rack < 0)
        return {};
    const int slot = slotCovering(rack, unit);
    return slot < 0 ? Selection{} : Selection{rack, slot};
}

QString RackElevationView::tooltipAt(const QPointF &content) const
{
    const auto [rack, unit] = m_layout.unitAt(content);
    if (rack < 0) {
        const auto [first, last] = m_layout.racksIn(QRectF(content, QSizeF(0, 0)));
        if (first == last && first >= 0 && m_layout.footerRect(first).contains(content))
            return usageText(m_racks[first], false) + QLatin1Char('\n') +
                   usageText(m_racks[first], true);
        return {};
    }
    const RackElevation &elevation = m_racks[rack];
    const int slot = slotCovering(rack, unit);
    if (slot < 0)
        return tr("Rack %1, U%2: free").arg(elevation.rack).arg(unit);
    const RackSlot &occupant = elevation.occupants[slot];
    const QLocale locale;
    QStringList lines{occupant.serverName};
    const QString words =
        RackBlockPainter::stateWords({occupant.reserved(), occupant.expiredOn(m_today), false});
    lines << tr("State: %1").arg(words.isEmpty() ? tr("Active") : words);
    if (!occupant.unitName.isEmpty())
        lines << tr("Unit: %1").arg(occupant.unitName);
    if (!occupant.domain.isEmpty())
        lines << tr("Domain: %1").arg(occupant.domain);
    if (!occupant.registerNumber.isEmpty())
        lines << tr("Register number: %1").arg(occupant.registerNumber);
    lines << tr("Rack %1, U%2–U%3 (%4 U)")
                 .arg(elevation.rack)
                 .arg(occupant.firstU)
                 .arg(occupant.lastU())
                 .arg(occupant.heightU);
    lines << tr("Power: %1 W").arg(locale.toString(occupant.powerW));
    lines << (occupant.validUntil.isValid()
                  ? tr("Valid until: %1")
                        .arg(locale.toString(occupant.validUntil, QStringLiteral("d MMMM yyyy")))
                  : tr("Valid until: permanent"));
    lines << (occupant.assetId > 0 ? tr("Double-click to open the asset.")
                                   : tr("Double-click to open the request."));
    return lines.join(QLatin1Char('\n'));
}

bool RackElevationView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = tooltipAt(toContent(help->pos()));
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, viewport());
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

void RackElevationView::wheelEvent(QWheelEvent *event)
{
    if (!(event->modifiers() & Qt::ControlModifier))
        return QAbstractScrollArea::wheelEvent(event);
    const int steps = event->angleDelta().y() / 120;
    if (steps == 0)
        return event->accept();
    m_fit = false;
    const QPoint at = event->position().toPoint();
    applyZoom(zoom() * std::pow(kZoomStep, steps), toContent(at), at);
    event->accept();
}

void RackElevationView::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    if (event->button() == Qt::LeftButton)
        select(slotAt(toContent(event->position().toPoint())));
    QAbstractScrollArea::mousePressEvent(event);
}

void RackElevationView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QAbstractScrollArea::mouseDoubleClickEvent(event);
    select(slotAt(toContent(event->position().toPoint())));
    openSelected();
}

void RackElevationView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Left:
        return moveSelection(-1, 0);
    case Qt::Key_Right:
        return moveSelection(1, 0);
    case Qt::Key_Up:
        return moveSelection(0, -1);
    case Qt::Key_Down:
        return moveSelection(0, 1);
    case Qt::Key_Return:
    case Qt::Key_Enter:
        return openSelected();
    default:
        QAbstractScrollArea::keyPressEvent(event);
    }
}

void RackElevationView::select(Selection selection)
{
    if (selection.rack == m_selected.rack && selection.slot == m_selected.slot)
        return;
    m_selected = selection;
    viewport()->update();
    if (const auto slot = selectedBlock())
        ensureVisible(m_layout.unitsRect(selection.rack, slot->firstU, slot->heightU));
}

// Up and down walk a rack's blocks (top first); left and right go to the nearest block of the
// next rack that holds one.
void RackElevationView::moveSelection(int rackStep, int slotStep)
{
    if (!selectedBlock()) {
        const auto [first, last] =
            m_layout.racksIn(QRectF(toContent(QPoint(0, 0)), QSizeF(viewport()->size())));
        readOccupants(first, last);
        for (int rack = std::max(first, 0); rack <= last; ++rack) {
            if (!m_racks[rack].occupants.isEmpty())
                return select({rack, 0});
        }
        return;
    }
    const RackSlot current = *selectedBlock();
    if (slotStep != 0) {
        const int slot = m_selected.slot + slotStep;
        if (slot >= 0 && slot < m_racks[m_selected.rack].occupants.size())
            select({m_selected.rack, slot});
        return;
    }
    for (int rack = m_selected.rack + rackStep; rack >= 0 && rack < m_racks.size();
         rack += rackStep) {
        readOccupants(rack, rack);
        const QList<RackSlot> &occupants = m_racks[rack].occupants;
        if (occupants.isEmpty())
            continue;
        const double middle = current.firstU + (current.heightU - 1) / 2.0;
        int nearest = 0;
        for (int slot = 1; slot < occupants.size(); ++slot) {
            const auto distance = [&](int i) {
                return std::abs(occupants[i].firstU + (occupants[i].heightU - 1) / 2.0 - middle);
            };
            if (distance(slot) < distance(nearest))
                nearest = slot;
        }
        return select({rack, nearest});
    }
}

void RackElevationView::openSelected()
{
    const auto slot = selectedBlock();
    if (!slot)
        return;
    if (slot->assetId > 0)
        emit openAssetRequested(slot->assetId);
    else
        emit openRequestRequested(slot->requestId);
}

void RackElevationView::ensureVisible(const QRectF &content)
{
    const QRectF view(toContent(QPoint(0, 0)), QSizeF(viewport()->size()));
    if (content.left() < view.left() || content.right() > view.right())
        horizontalScrollBar()->setValue(qRound(content.center().x() - view.width() / 2));
    if (content.top() < view.top() || content.bottom() > view.bottom())
        verticalScrollBar()->setValue(qRound(content.center().y() - view.height() / 2));
}

} // namespace kolokasi
