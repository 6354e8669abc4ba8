#include "RackElevationLayout.h"

#include <QSizeF>

#include <algorithm>
#include <cmath>

namespace kolokasi {

namespace {
// Sizes at zoom 1, in pixels.
constexpr double kMargin = 12;
constexpr double kNameHeight = 24;
constexpr double kUnitHeight = 16;
constexpr double kNumbersWidth = 26;
constexpr double kUnitsWidth = 210;
constexpr double kSpacing = 22;
constexpr double kFooterGap = 8;
constexpr double kFooterHeight = 64;
// Below this a rack's text cannot be read: fitting everything gives way to fitting a rack.
constexpr double kReadableZoom = 0.8;
} // namespace

void RackElevationLayout::setRackHeights(QList<int> heightsU)
{
    m_heightsU = std::move(heightsU);
    m_tallestU = m_heightsU.isEmpty() ? 0 : *std::max_element(m_heightsU.begin(), m_heightsU.end());
}

void RackElevationLayout::setZoom(double zoom)
{
    m_zoom = std::clamp(zoom, kMinZoom, kMaxZoom);
}

double RackElevationLayout::columnWidth() const
{
    return scaled(2 * kNumbersWidth + kUnitsWidth + kSpacing);
}

double RackElevationLayout::unitsTop() const
{
    return scaled(kMargin + kNameHeight);
}

double RackElevationLayout::unitHeight() const
{
    return scaled(kUnitHeight);
}

QSizeF RackElevationLayout::contentSize() const
{
    if (m_heightsU.isEmpty())
        return {};
    const double width = scaled(2 * kMargin - kSpacing) + columnWidth() * rackCount();
    const double height =
        unitsTop() + unitHeight() * m_tallestU + scaled(kFooterGap + kFooterHeight + kMargin);
    return {width, height};
}

double RackElevationLayout::fitZoom(const QSizeF &area) const
{
    if (m_heightsU.isEmpty())
        return m_zoom;
    const QSizeF atOne = contentSize() / m_zoom;
    const double byHeight = area.height() / atOne.height();
    const double byWidth = area.width() / atOne.width();
    const double all = std::min(byHeight, byWidth);
    return std::clamp(all >= kReadableZoom ? all : byHeight, kMinZoom, kMaxZoom);
}

QRectF RackElevationLayout::unitsRect(int rack) const
{
    const double left = scaled(kMargin + kNumbersWidth) + columnWidth() * rack;
    const double tallest = unitHeight() * m_tallestU;
    const double height = unitHeight() * m_heightsU.value(rack);
    // Racks stand on one floor: a shorter rack starts lower.
    return {left, unitsTop() + tallest - height, scaled(kUnitsWidth), height};
}

QRectF RackElevationLayout::unitsRect(int rack, int firstU, int heightU) const
{
    const QRectF units = unitsRect(rack);
    const double top = units.bottom() - unitHeight() * (firstU - 1 + heightU);
    return {units.left(), top, units.width(), unitHeight() * heightU};
}

QRectF RackElevationLayout::nameRect(int rack) const
{
    const QRectF units = unitsRect(rack);
    return {units.left() - scaled(kNumbersWidth), units.top() - scaled(kNameHeight),
            units.width() + scaled(2 * kNumbersWidth), scaled(kNameHeight)};
}

QRectF RackElevationLayout::leftNumbersRect(int rack) const
{
    const QRectF units = unitsRect(rack);
    return {units.left() - scaled(kNumbersWidth), units.top(), scaled(kNumbersWidth),
            units.height()};
}

QRectF RackElevationLayout::rightNumbersRect(int rack) const
{
    const QRectF units = unitsRect(rack);
    return {units.right(), units.top(), scaled(kNumbersWidth), units.height()};
}

QRectF RackElevationLayout::footerRect(int rack) const
{
    const QRectF units = unitsRect(rack);
    return {units.left() - scaled(kNumbersWidth), units.bottom() + scaled(kFooterGap),
            units.width() + scaled(2 * kNumbersWidth), scaled(kFooterHeight)};
}

std::pair<int, int> RackElevationLayout::racksIn(const QRectF &area) const
{
    if (m_heightsU.isEmpty())
        return {0, -1};
    const double origin = scaled(kMargin);
    const int first = int(std::floor((area.left() - origin) / columnWidth()));
    const int last = int(std::floor((area.right() - origin) / columnWidth()));
    return {std::max(first, 0), std::min(last, rackCount() - 1)};
}

std::pair<int, int> RackElevationLayout::unitAt(const QPointF &point) const
{
    const auto [first, last] = racksIn(QRectF(point, QSizeF(0, 0)));
    if (first != last || first < 0)
        return {-1, 0};
    const QRectF units = unitsRect(first);
    if (!units.contains(point))
        return {-1, 0};
    const int unit = int(std::floor((units.bottom() - point.y()) / unitHeight())) + 1;
    return {first, std::clamp(unit, 1, m_heightsU.value(first))};
}

} // namespace kolokasi
