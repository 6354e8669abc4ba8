#pragma once

#include <QFont>
#include <QMarginsF>
#include <QPainter>
#include <QRectF>

#include <functional>

class QPagedPaintDevice;

namespace kolokasi {

/// A painter on a paged device with a vertical cursor inside fixed margins. Everything a
/// document draws goes through it, so nothing lands outside the margins and content that
/// does not fit flows to a new page. Lengths are device pixels; `mm()` converts.
class PageCanvas
{
public:
    /// Starts painting; the device's page layout (size, orientation, zero margins) must be set.
    PageCanvas(QPagedPaintDevice &device, const QMarginsF &marginsMm);
    ~PageCanvas();
    PageCanvas(const PageCanvas &) = delete;
    PageCanvas &operator=(const PageCanvas &) = delete;

    bool isActive() const { return m_painter.isActive(); }
    QPainter &painter() { return m_painter; }
    QPaintDevice &device();

    double mm(double millimetres) const;
    /// The area inside the margins, in device pixels.
    QRectF content() const { return m_content; }
    double left() const { return m_content.left(); }
    double width() const { return m_content.width(); }
    double y() const { return m_y; }
    void advance(double height) { m_y += height; }
    double remaining() const { return m_bottom - m_y; }
    bool atPageTop() const { return m_y <= m_pageTop + 0.5; }

    /// Starts a new page unless `height` still fits below the cursor (or nothing could fit better).
    void ensureSpace(double height);
    void newPage();
    int pageNumber() const { return m_page; }

    /// Called after each page break, e.g. to repeat a table header or a running title.
    void setPageStarted(std::function<void()> pageStarted) { m_pageStarted = std::move(pageStarted); }

    /// The documents' font family at a point size (sizes are points on every device).
    static QFont font(double pointSize, bool bold = false);

private:
    void drawPageFooter();

    QPagedPaintDevice &m_device;
    QPainter m_painter;
    QRectF m_content;
    double m_y = 0;
    double m_pageTop = 0;
    double m_bottom = 0; // lowest y for content: above the footer on continuation pages
    int m_page = 1;
    std::function<void()> m_pageStarted;
};

} // namespace kolokasi
