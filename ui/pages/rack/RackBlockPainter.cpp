#include "RackBlockPainter.h"

#include "models/ServiceStateBadge.h"
#include "models/StatePalette.h"

#include <QPainter>

#include <algorithm>

namespace kolokasi {

namespace {
const QColor kSelection(0xf0, 0xa0, 0x00);
const QColor kBarTrack(0xe4, 0xe4, 0xe4);
} // namespace

void RackBlockPainter::paintBlock(QPainter &painter, const QRectF &rect, const RackBlockLook &look,
                                  double zoom)
{
    const QRectF inner = rect.adjusted(1, 1, -1, -1);
    if (look.reserved) {
        painter.fillRect(inner, StatePalette::tint(PaletteState::RackReserved));
        painter.setBrushOrigin(inner.topLeft());
        painter.fillRect(inner, StatePalette::fill(PaletteState::RackReserved));
        painter.setPen(QPen(StatePalette::colour(PaletteState::RackReserved), 1));
    } else {
        const QColor active = StatePalette::colour(PaletteState::RackActive);
        painter.fillRect(inner, StatePalette::fill(PaletteState::RackActive));
        painter.setPen(QPen(active.darker(130), 1));
    }
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(inner);
    if (look.expired) {
        // The red outline is drawn inside the block, so it never spills onto a neighbour.
        const double width = std::max(2.0, 3.0 * zoom);
        painter.setPen(QPen(StatePalette::colour(PaletteState::RackExpired), width, Qt::SolidLine,
                            Qt::SquareCap, Qt::MiterJoin));
        painter.drawRect(inner.adjusted(width / 2, width / 2, -width / 2, -width / 2));
    }
    if (look.selected) {
        painter.setPen(QPen(kSelection, 2, Qt::DashLine));
        painter.drawRect(rect.adjusted(1, 1, -1, -1));
    }
}

QColor RackBlockPainter::textColour(const RackBlockLook &look)
{
    return look.reserved ? QColor(Qt::black) : QColor(Qt::white);
}

QString RackBlockPainter::stateWords(const RackBlockLook &look)
{
    QStringList words;
    if (look.reserved)
        words << tr("Reserved");
    if (look.expired)
        words << tr("Expired");
    return words.join(QStringLiteral(", "));
}

RackBlockPainter::Usage RackBlockPainter::usageOf(qint64 used, qint64 limit)
{
    if (limit <= 0)
        return used > 0 ? Usage::AtLimit : Usage::Fine;
    const double share = double(used) / double(limit);
    if (share >= 0.95)
        return Usage::AtLimit;
    return share >= 0.80 ? Usage::NearLimit : Usage::Fine;
}

QString RackBlockPainter::usageWord(Usage usage, bool overLimit)
{
    if (overLimit)
        return tr("Over the limit");
    switch (usage) {
    case Usage::Fine:
        return {};
    case Usage::NearLimit:
        return tr("Nearly full");
    case Usage::AtLimit:
        return tr("Full");
    }
    return {};
}

void RackBlockPainter::paintBar(QPainter &painter, const QRectF &rect, qint64 used, qint64 limit)
{
    painter.fillRect(rect, kBarTrack);
    const double share =
        limit > 0 ? std::clamp(double(used) / double(limit), 0.0, 1.0) : (used > 0 ? 1.0 : 0.0);
    static const ServiceState states[] = {ServiceState::OnTime, ServiceState::DueSoon,
                                          ServiceState::Overdue};
    const QColor colour = ServiceStateBadge::colour(states[int(usageOf(used, limit))]);
    painter.fillRect(QRectF(rect.topLeft(), QSizeF(rect.width() * share, rect.height())), colour);
    painter.setPen(QPen(QColor(0x9a, 0x9a, 0x9a), 1));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(rect);
}

} // namespace kolokasi
