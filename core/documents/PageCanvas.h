#pragma once

#include <QFont>
#include <QMarginsF>
#include <QPainter>
#include <QRectF>

#include <functional>

class QPaintDevice;

namespace kolokasi {

/// A painter on a paged device with a vertical cursor inside fixed margins. Everything a
/// document draws goes through it, so nothing lands outside the margins and content that
/// does not fit flows to a new page. Every page carries "Halaman n dari N" at its foot;
/// continuation pages carry a running header (the document's title and number).
/// Lengths are device pixels; `mm()` converts.
class PageCanvas
{
public:
    /// Starts painting on `device`, whose page layout (size, orientation, zero margins) is set.
    /// `nextPage` moves the device to a fresh page. `totalPages` is the count a first pass
    /// found; 0 while counting (a PageCounter device): the footer's room is kept, nothing drawn.
    PageCanvas(QPaintDevice &device, std::function<void()> nextPage, const QMarginsF &marginsMm,
               int totalPages);
    ~PageCanvas();
    PageCanvas(const PageCanvas &) = delete;
    PageCanvas &operator=(const PageCanvas &) = delete;

    bool isActive() const { return m_painter.isActive(); }
    /// Whether this pass only counts pages (drawing may be skipped).
    bool counting() const { return m_totalPages == 0; }
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
    /// The height content may take on a continuation page.
    double pageHeight() const;

    /// Starts a new page unless `height` still fits below the cursor (or nothing could fit better).
    void ensureSpace(double height);
    void newPage();
    int pageNumber() const { return m_page; }

    /// The short line at the top of every continuation page ("FORM. ... Nomor ...").
    void setRunningHeader(const QString &text) { m_runningHeader = text; }
    /// A mark at the foot of every page, left of the page number, from this page on (a
    /// preview that may not be signed yet says so on each page).
    void setFooterMark(const QString &text);
    /// Called after each page break, e.g. to repeat a table header.
    void setPageStarted(std::function<void()> pageStarted)
    {
        m_pageStarted = std::move(pageStarted);
    }

    /// The documents' font family at a point size (sizes are points on every device).
    static QFont font(double pointSize, bool bold = false);

private:
    void drawPageFooter();
    void drawRunningHeader();
    void drawFooterMark();

    QPaintDevice &m_device;
    std::function<void()> m_nextPage;
    QPainter m_painter;
    QRectF m_content;
    double m_y = 0;
    double m_pageTop = 0;
    double m_bottom = 0; // lowest y for content: above the footer
    int m_page = 1;
    int m_totalPages = 0;
    QString m_runningHeader;
    QString m_footerMark;
    std::function<void()> m_pageStarted;
};

} // namespace kolokasi
