#include "PageCanvas.h"

#include <QPagedPaintDevice>

namespace kolokasi {

namespace {
constexpr double kMillimetresPerInch = 25.4;
constexpr double kFooterPointSize = 8;
} // namespace

PageCanvas::PageCanvas(QPagedPaintDevice &device, const QMarginsF &marginsMm)
    : m_device(device)
{
    m_painter.begin(&device);
    const double w = device.width();
    const double h = device.height();
    m_content = QRectF(QPointF(mm(marginsMm.left()), mm(marginsMm.top())),
                       QPointF(w - mm(marginsMm.right()), h - mm(marginsMm.bottom())));
    m_y = m_pageTop = m_content.top();
    m_bottom = m_content.bottom();
    m_painter.setRenderHint(QPainter::Antialiasing);
}

PageCanvas::~PageCanvas()
{
    if (m_painter.isActive())
        m_painter.end();
}

QPaintDevice &PageCanvas::device()
{
    return m_device;
}

double PageCanvas::mm(double millimetres) const
{
    return millimetres * m_device.logicalDpiY() / kMillimetresPerInch;
}

void PageCanvas::ensureSpace(double height)
{
    if (height > remaining() && !atPageTop())
        newPage();
}

void PageCanvas::newPage()
{
    m_device.newPage();
    ++m_page;
    m_y = m_pageTop = m_content.top();
    drawPageFooter();
    if (m_pageStarted)
        m_pageStarted();
}

// Continuation pages say which page they are, inside the content area so nothing
// sits in the margin; the first page needs no number.
void PageCanvas::drawPageFooter()
{
    const QFont footer = font(kFooterPointSize);
    const QFontMetricsF metrics(footer, &m_device);
    const double lineHeight = metrics.height();
    m_painter.save();
    m_painter.setFont(footer);
    m_painter.setPen(Qt::darkGray);
    const QRectF line(m_content.left(), m_content.bottom() - lineHeight, m_content.width(), lineHeight);
    m_painter.drawText(line, Qt::AlignRight | Qt::AlignVCenter, QStringLiteral("Halaman %1").arg(m_page));
    m_painter.restore();
    m_bottom = m_content.bottom() - lineHeight * 1.5;
}

QFont PageCanvas::font(double pointSize, bool bold)
{
    QFont f(QStringLiteral("Liberation Sans"));
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    f.setStyleHint(QFont::SansSerif);
    return f;
}

} // namespace kolokasi
