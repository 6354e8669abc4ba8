#include "PageCanvas.h"

#include <QFontMetricsF>
#include <QPaintDevice>

namespace kolokasi {

namespace {
constexpr double kMillimetresPerInch = 25.4;
constexpr double kFooterPointSize = 8;
constexpr double kRunningHeaderPointSize = 8;
constexpr double kRunningHeaderGapMm = 4;
} // namespace

PageCanvas::PageCanvas(QPaintDevice &device, std::function<void()> nextPage,
                       const QMarginsF &marginsMm, int totalPages)
    : m_device(device), m_nextPage(std::move(nextPage)), m_totalPages(totalPages)
{
    m_painter.begin(&device);
    const double w = device.width();
    const double h = device.height();
    m_content = QRectF(QPointF(mm(marginsMm.left()), mm(marginsMm.top())),
                       QPointF(w - mm(marginsMm.right()), h - mm(marginsMm.bottom())));
    m_y = m_pageTop = m_content.top();
    m_painter.setRenderHint(QPainter::Antialiasing);
    drawPageFooter();
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

double PageCanvas::pageHeight() const
{
    const QFontMetricsF metrics(font(kRunningHeaderPointSize), &m_device);
    return m_bottom - m_content.top() - metrics.height() - mm(kRunningHeaderGapMm);
}

void PageCanvas::ensureSpace(double height)
{
    if (height > remaining() && !atPageTop())
        newPage();
}

void PageCanvas::newPage()
{
    if (m_nextPage)
        m_nextPage();
    ++m_page;
    m_y = m_content.top();
    drawPageFooter();
    drawRunningHeader();
    m_pageTop = m_y;
    if (m_pageStarted)
        m_pageStarted();
}

// Every page says which page of how many it is, inside the content area so nothing sits in
// the margin. The counting pass keeps the same room, so both passes break pages alike.
void PageCanvas::drawPageFooter()
{
    const QFont footer = font(kFooterPointSize);
    const QFontMetricsF metrics(footer, &m_device);
    const double lineHeight = metrics.height();
    m_bottom = m_content.bottom() - lineHeight * 1.5;
    if (counting())
        return;
    m_painter.save();
    m_painter.setFont(footer);
    m_painter.setPen(Qt::black);
    const QRectF line(m_content.left(), m_content.bottom() - lineHeight, m_content.width(),
                      lineHeight);
    m_painter.drawText(line, Qt::AlignRight | Qt::AlignVCenter,
                       QStringLiteral("Halaman %1 dari %2").arg(m_page).arg(m_totalPages));
    m_painter.restore();
    drawFooterMark();
}

void PageCanvas::setFooterMark(const QString &text)
{
    m_footerMark = text;
    drawFooterMark();
}

void PageCanvas::drawFooterMark()
{
    if (counting() || m_footerMark.isEmpty())
        return;
    const QFont mark = font(kFooterPointSize, true);
    const QFontMetricsF metrics(mark, &m_device);
    const double lineHeight = metrics.height();
    const double room = m_content.width() * 0.75; // the page number keeps the right quarter
    m_painter.save();
    m_painter.setFont(mark);
    m_painter.setPen(QColor(176, 0, 32));
    const QRectF line(m_content.left(), m_content.bottom() - lineHeight, room, lineHeight);
    m_painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
                       metrics.elidedText(m_footerMark, Qt::ElideRight, room));
    m_painter.restore();
}

// A continuation page names its document, so a loose page can be put back where it belongs.
void PageCanvas::drawRunningHeader()
{
    const QFont header = font(kRunningHeaderPointSize);
    const QFontMetricsF metrics(header, &m_device);
    if (!counting() && !m_runningHeader.isEmpty()) {
        m_painter.save();
        m_painter.setFont(header);
        m_painter.setPen(Qt::black);
        const QString text =
            metrics.elidedText(m_runningHeader, Qt::ElideMiddle, m_content.width());
        m_painter.drawText(QRectF(m_content.left(), m_y, m_content.width(), metrics.height()),
                           Qt::AlignLeft | Qt::AlignVCenter, text);
        m_painter.setPen(QPen(Qt::black, mm(0.2)));
        const double rule = m_y + metrics.height() + mm(1);
        m_painter.drawLine(QPointF(m_content.left(), rule), QPointF(m_content.right(), rule));
        m_painter.restore();
    }
    m_y += metrics.height() + mm(kRunningHeaderGapMm);
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
