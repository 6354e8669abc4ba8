#pragma once

#include <QList>
#include <QRectF>

namespace kolokasi {

/// Where a rack elevation draws what, at a zoom: racks side by side from the left, each a
/// name on top, the unit column between two columns of U numbers, and the usage bars below.
/// Unit 1 is at the bottom. Every column has the same width, so the racks in a visible area
/// are found by arithmetic, whatever their number. Coordinates are the content's, in pixels.
class RackElevationLayout
{
public:
    /// Sets the height in U of each rack, left to right.
    void setRackHeights(QList<int> heightsU);
    void setZoom(double zoom);
    double zoom() const { return m_zoom; }

    int rackCount() const { return int(m_heightsU.size()); }
    QSizeF contentSize() const;
    /// The zoom at which every rack fits `area`, or, when that would be too small to read,
    /// at which a rack fits it from top to bottom.
    double fitZoom(const QSizeF &area) const;

    QRectF nameRect(int rack) const;
    /// The unit column of a rack (without the U numbers).
    QRectF unitsRect(int rack) const;
    /// The units firstU..firstU+heightU-1 of a rack.
    QRectF unitsRect(int rack, int firstU, int heightU) const;
    QRectF leftNumbersRect(int rack) const;
    QRectF rightNumbersRect(int rack) const;
    /// The usage bars' area under a rack.
    QRectF footerRect(int rack) const;
    double unitHeight() const;

    /// The first and last rack (inclusive) that touch `area`; first > last when none.
    std::pair<int, int> racksIn(const QRectF &area) const;
    /// The rack and unit at a point; rack -1 when it is not over a unit.
    std::pair<int, int> unitAt(const QPointF &point) const;

    static constexpr double kMinZoom = 0.3;
    static constexpr double kMaxZoom = 3.0;

private:
    double scaled(double base) const { return base * m_zoom; }
    double columnWidth() const;
    double unitsTop() const;

    QList<int> m_heightsU;
    int m_tallestU = 0;
    double m_zoom = 1.0;
};

} // namespace kolokasi
