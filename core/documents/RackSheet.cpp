#include "RackSheet.h"

#include "DocumentParts.h"
#include "FlowLayout.h"
#include "PageCanvas.h"
#include "PrintedDocument.h"

#include <QFontMetricsF>
#include <QPainter>

namespace kolokasi {

namespace {
constexpr int kRacksPerRow = 2;
constexpr double kMaxUnitMm = 5.5;
constexpr double kMinUnitMm = 3.5;
constexpr double kGutterMm = 8; // the unit numbers left of the rack
constexpr double kCaptionMm = 8;
constexpr double kLabelPointSize = 6.5;
const QColor kActiveFill(214, 228, 245);
const QColor kReservedFill(253, 241, 200);

class RackDrawing
{
public:
    RackDrawing(PageCanvas &canvas, double unitHeight) : m_canvas(canvas), m_unit(unitHeight) {}

    double height(int heightU) const { return m_canvas.mm(kCaptionMm) + heightU * m_unit; }

    void draw(const RackElevation &rack, double x, double width, double top)
    {
        QPainter &painter = m_canvas.painter();
        painter.save();
        const FlowLayout caption(m_canvas.device(), PageCanvas::font(9, true));
        const QString title =
            QStringLiteral("%1 – Rak %2 (%3U)").arg(rack.noc, rack.rack).arg(rack.heightU);
        const auto lines = caption.layout({TextRun::words(title)}, width);
        caption.draw(painter, lines.first(), x + (width - FlowLayout::lineWidth(lines.first())) / 2,
                     top);
        const QRectF frame(x + m_canvas.mm(kGutterMm), top + m_canvas.mm(kCaptionMm),
                           width - m_canvas.mm(kGutterMm), rack.heightU * m_unit);
        drawUnits(rack.heightU, frame);
        for (const RackSlot &slot : rack.occupants)
            drawSlot(slot, frame, rack.heightU);
        painter.setPen(QPen(Qt::black, m_canvas.mm(0.5)));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(frame);
        painter.restore();
    }

private:
    QRectF unitsRect(const QRectF &frame, int heightU, int firstU, int count) const
    {
        const double bottom = frame.top() + (heightU - firstU + 1) * m_unit;
        return QRectF(frame.left(), bottom - count * m_unit, frame.width(), count * m_unit);
    }

    void drawUnits(int heightU, const QRectF &frame)
    {
        QPainter &painter = m_canvas.painter();
        painter.setFont(PageCanvas::font(kLabelPointSize));
        painter.setPen(QPen(Qt::darkGray, m_canvas.mm(0.1)));
        for (int u = 1; u <= heightU; ++u) {
            const QRectF row = unitsRect(frame, heightU, u, 1);
            painter.drawLine(row.topLeft(), row.topRight());
            const QRectF number(frame.left() - m_canvas.mm(kGutterMm), row.top(),
                                m_canvas.mm(kGutterMm - 1), m_unit);
            painter.drawText(number, Qt::AlignRight | Qt::AlignVCenter, QString::number(u));
        }
    }

    void drawSlot(const RackSlot &slot, const QRectF &frame, int heightU)
    {
        const int first = std::clamp(slot.firstU, 1, heightU);
        const int count = std::clamp(slot.heightU, 1, heightU - first + 1);
        const QRectF box =
            unitsRect(frame, heightU, first, count)
                .adjusted(m_canvas.mm(0.6), m_canvas.mm(0.3), -m_canvas.mm(0.6), -m_canvas.mm(0.3));
        QPainter &painter = m_canvas.painter();
        const bool reserved = slot.status == QLatin1String("reserved");
        painter.setPen(QPen(Qt::black, m_canvas.mm(0.25)));
        painter.setBrush(reserved ? kReservedFill : kActiveFill);
        painter.drawRect(box);
        // Hatched as well as coloured, so a black-and-white copy still tells reserved units apart.
        if (reserved) {
            QBrush hatch(Qt::darkGray, Qt::BDiagPattern);
            hatch.setTransform(QTransform::fromScale(m_canvas.mm(0.25), m_canvas.mm(0.25)));
            painter.setBrush(hatch);
            painter.setPen(Qt::NoPen);
            painter.drawRect(box);
            painter.setPen(QPen(Qt::black, m_canvas.mm(0.25)));
        }
        QStringList label{QStringLiteral("%1 – %2").arg(slot.serverName, slot.unitName)};
        if (!slot.domain.isEmpty())
            label.append(slot.domain);
        if (reserved)
            label.last() += QStringLiteral(" (dipesan)");
        drawLabel(label, box);
    }

    // As many label lines as the box holds, each shortened with "…" if it is too wide.
    void drawLabel(const QStringList &label, const QRectF &box)
    {
        QPainter &painter = m_canvas.painter();
        const QFont font = PageCanvas::font(kLabelPointSize);
        const QFontMetricsF metrics(font, &m_canvas.device());
        const auto fitting = std::max<qsizetype>(
            1, std::min<qsizetype>(label.size(),
                                   static_cast<qsizetype>(box.height() / metrics.height())));
        painter.setFont(font);
        double y = box.center().y() - static_cast<double>(fitting) * metrics.height() / 2;
        for (qsizetype i = 0; i < fitting; ++i) {
            const QString text =
                metrics.elidedText(label.at(i), Qt::ElideRight, box.width() - m_canvas.mm(1.5));
            painter.drawText(QRectF(box.left(), y, box.width(), metrics.height()), Qt::AlignCenter,
                             text);
            y += metrics.height();
        }
    }

    PageCanvas &m_canvas;
    double m_unit;
};

// Each placement of the sheet as (rack, slot), so the table's rows are made one at a time.
QList<std::pair<qsizetype, qsizetype>> occupantIndex(const QList<RackElevation> &racks)
{
    QList<std::pair<qsizetype, qsizetype>> index;
    for (qsizetype r = 0; r < racks.size(); ++r) {
        for (qsizetype o = 0; o < racks.at(r).occupants.size(); ++o)
            index.append({r, o});
    }
    return index;
}

QStringList occupantRow(const RackElevation &rack, const RackSlot &slot)
{
    const int last = slot.firstU + std::max(1, slot.heightU) - 1;
    const auto dash = [](const QString &text) {
        return text.isEmpty() ? QStringLiteral("-") : text;
    };
    return {QStringLiteral("%1 / %2").arg(rack.noc, rack.rack),
            last > slot.firstU ? QStringLiteral("U%1–U%2").arg(slot.firstU).arg(last)
                               : QStringLiteral("U%1").arg(slot.firstU),
            dash(slot.serverName),
            dash(slot.unitName),
            dash(slot.domain),
            slot.status == QLatin1String("reserved") ? QStringLiteral("Dipesan")
                                                     : QStringLiteral("Terpasang")};
}

// Units as tall as the space allows: a whole rack fits under the title on the first page
// (or on a page of its own when that space is too small).
double unitHeight(PageCanvas &canvas, int tallest)
{
    const double overhead = canvas.mm(kCaptionMm + 6);
    const double here = (canvas.remaining() - overhead) / tallest;
    const double page = (canvas.content().height() - overhead - canvas.mm(10)) / tallest;
    return std::min(canvas.mm(kMaxUnitMm), here >= canvas.mm(kMinUnitMm) ? here : page);
}

void drawRacks(PageCanvas &canvas, const QList<RackElevation> &racks)
{
    int tallest = 1;
    for (const RackElevation &rack : racks)
        tallest = std::max(tallest, rack.heightU);
    RackDrawing drawing(canvas, unitHeight(canvas, tallest));
    const double gap = canvas.mm(10);
    const double width = (canvas.width() - gap * (kRacksPerRow - 1)) / kRacksPerRow;
    for (qsizetype i = 0; i < racks.size(); i += kRacksPerRow) {
        const qsizetype inRow = std::min<qsizetype>(kRacksPerRow, racks.size() - i);
        int rowHeight = 1;
        for (qsizetype j = i; j < i + inRow; ++j)
            rowHeight = std::max(rowHeight, racks.at(j).heightU);
        canvas.ensureSpace(drawing.height(rowHeight));
        // A row with fewer racks is centred.
        const double rowWidth =
            static_cast<double>(inRow) * width + static_cast<double>(inRow - 1) * gap;
        const double x = canvas.left() + (canvas.width() - rowWidth) / 2;
        for (qsizetype j = i; j < i + inRow; ++j)
            drawing.draw(racks.at(j), x + static_cast<double>(j - i) * (width + gap), width,
                         canvas.y());
        canvas.advance(drawing.height(rowHeight) + canvas.mm(6));
    }
}
} // namespace

void RackSheet::write(DocumentWriter &writer, const PrintedDocument &doc)
{
    writer.title(QStringLiteral("TAMPAK DEPAN RAK SERVER"), doc.number);
    writer.paragraph(
        QStringLiteral("Keadaan per %1. Kotak polos: terpasang; kotak berarsir bertanda (dipesan): "
                       "dipesan, menunggu serah terima.")
            .arg(DocumentParts::date(doc.date)));
    writer.space(3);
    drawRacks(writer.canvas(), doc.racks);
    qsizetype placed = 0;
    for (const RackElevation &rack : doc.racks)
        placed += rack.occupants.size();
    const QString closing =
        QStringLiteral("Jumlah: %1 rak, %2 penempatan.").arg(doc.racks.size()).arg(placed);
    const QList<SignatureBlock> signature{DocumentParts::signature(
        {DocumentParts::placeAndDate(doc), DocumentParts::dataCentreOfficerTitle(doc)},
        doc.dataCentreOfficer, false)};
    const double keep = writer.closingHeight(closing, signature);
    const QList<TableColumn> columns{
        {QStringLiteral("NOC / Rak"), 1.6, false, {}},   {QStringLiteral("Posisi"), 0.8, true, {}},
        {QStringLiteral("Nama Server"), 1.9, false, {}}, {QStringLiteral("Unit"), 1.3, false, {}},
        {QStringLiteral("Nama Domain"), 2.3, false, {}}, {QStringLiteral("Status"), 0.9, true, {}}};
    writer.caption(QStringLiteral("Daftar penempatan"));
    if (placed == 0) {
        writer.table(columns, {{QStringLiteral("Rak kosong.")}}, 9, keep);
    } else {
        const auto index = occupantIndex(doc.racks);
        writer.table(
            columns, index.size(),
            [&](qsizetype i) {
                const RackElevation &rack = doc.racks.at(index.at(i).first);
                return occupantRow(rack, rack.occupants.at(index.at(i).second));
            },
            9, keep);
    }
    writer.closing(closing, signature);
}

} // namespace kolokasi
