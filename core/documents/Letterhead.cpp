#include "Letterhead.h"

#include "DocumentRenderer.h"
#include "FlowLayout.h"
#include "PageCanvas.h"
#include "domain/AgencyProfile.h"

#include <QImage>
#include <QPageSize>
#include <QPainter>

namespace kolokasi {

namespace {
constexpr double kLogoHeightMm = 24;
constexpr double kRuleGapMm = 2.5;

struct HeadLine
{
    QString text;
    double pointSize;
    bool bold;
};

QList<HeadLine> headLines(const AgencyProfile &agency)
{
    QList<HeadLine> lines{{agency.governmentName.toUpper(), 13, true},
                          {agency.officeName.toUpper(), 15, true}};
    QStringList contact;
    if (!agency.address.isEmpty())
        contact.append(agency.address);
    if (!agency.phone.isEmpty())
        contact.append(QStringLiteral("Telp. %1").arg(agency.phone));
    lines.append({contact.join(QLatin1Char(' ')), 10, false});
    QStringList online;
    if (!agency.email.isEmpty())
        online.append(QStringLiteral("Pos-el: %1").arg(agency.email));
    if (!agency.website.isEmpty())
        online.append(QStringLiteral("Laman: %1").arg(agency.website));
    lines.append({online.join(QStringLiteral("  ")), 9, false});
    if (!agency.place.isEmpty())
        lines.append({agency.place.toUpper(), 10, true});
    return lines;
}

void drawDoubleRule(PageCanvas &canvas)
{
    QPainter &painter = canvas.painter();
    painter.save();
    painter.setPen(QPen(Qt::black, canvas.mm(0.8)));
    const double y = canvas.y() + canvas.mm(0.4);
    painter.drawLine(QPointF(canvas.left(), y), QPointF(canvas.content().right(), y));
    painter.setPen(QPen(Qt::black, canvas.mm(0.25)));
    const double thin = y + canvas.mm(1.1);
    painter.drawLine(QPointF(canvas.left(), thin), QPointF(canvas.content().right(), thin));
    painter.restore();
    canvas.advance(canvas.mm(1.6));
}
} // namespace

void Letterhead::draw(PageCanvas &canvas, const AgencyProfile &agency)
{
    const double top = canvas.y();
    const QImage logo = QImage::fromData(agency.logoPng);
    const double logoHeight = canvas.mm(kLogoHeightMm);
    const double logoWidth =
        logo.isNull() ? 0 : logoHeight * logo.width() / std::max(1, logo.height());
    // The text is centred on the page; the logo's width is kept free on both sides.
    const double reserve = logo.isNull() ? 0 : logoWidth + canvas.mm(3);
    const double textX = canvas.left() + reserve;
    const double textWidth = canvas.width() - 2 * reserve;
    for (const HeadLine &line : headLines(agency)) {
        if (line.text.trimmed().isEmpty())
            continue;
        const FlowLayout flow(canvas.device(), PageCanvas::font(line.pointSize, line.bold));
        for (const FlowLayout::Line &laid : flow.layout({TextRun::words(line.text)}, textWidth)) {
            flow.draw(canvas.painter(), laid, textX + (textWidth - FlowLayout::lineWidth(laid)) / 2,
                      canvas.y());
            canvas.advance(flow.lineHeight());
        }
    }
    if (!logo.isNull()) {
        const double textHeight = canvas.y() - top;
        const double logoTop = top + std::max(0.0, (textHeight - logoHeight) / 2);
        canvas.painter().drawImage(QRectF(canvas.left(), logoTop, logoWidth, logoHeight), logo);
        canvas.advance(std::max(0.0, logoTop + logoHeight - canvas.y()));
    }
    canvas.advance(canvas.mm(1));
    drawDoubleRule(canvas);
    canvas.advance(canvas.mm(kRuleGapMm + 3));
}

QImage Letterhead::preview(const AgencyProfile &agency, Paper paper, int dotsPerInch)
{
    PrintedDocument page; // a portrait letter: the margins every form and letter prints with
    page.paper = paper;
    const QSizeF paperMm = pageSizeOf(paper).size(QPageSize::Millimeter);
    constexpr double kBandMm = 80; // more than any letterhead takes
    constexpr double kMillimetresPerInch = 25.4;
    QImage band(qRound(paperMm.width() * dotsPerInch / kMillimetresPerInch),
                qRound(kBandMm * dotsPerInch / kMillimetresPerInch), QImage::Format_RGB32);
    const int dotsPerMetre = qRound(dotsPerInch / 0.0254);
    band.setDotsPerMeterX(dotsPerMetre);
    band.setDotsPerMeterY(dotsPerMetre);
    band.fill(Qt::white);
    double bottom = 0;
    {
        // Counting mode (0 pages): no page footer in the band, the letterhead drawn all the same.
        PageCanvas canvas(band, {}, DocumentRenderer::marginsFor(page), 0);
        draw(canvas, agency);
        bottom = canvas.y();
    }
    return band.copy(0, 0, band.width(), std::min(band.height(), qRound(bottom)));
}

} // namespace kolokasi
