#pragma once

#include <QPaintDevice>

#include <memory>

class QPaintEngine;

namespace kolokasi {

/// A paint device with the metrics of a real one that draws nothing: the renderer lays a
/// document out on it first to learn its number of pages ("Halaman n dari N") before it
/// draws page 1 on the real device. Rows are laid out and dropped, never kept.
class PageCounter : public QPaintDevice
{
public:
    explicit PageCounter(const QPaintDevice &like);
    ~PageCounter() override;
    PageCounter(const PageCounter &) = delete;
    PageCounter &operator=(const PageCounter &) = delete;

    QPaintEngine *paintEngine() const override;

protected:
    int metric(PaintDeviceMetric metric) const override;

private:
    int m_width;
    int m_height;
    int m_widthMm;
    int m_heightMm;
    int m_dpiX;
    int m_dpiY;
    int m_physicalDpiX;
    int m_physicalDpiY;
    std::unique_ptr<QPaintEngine> m_engine;
};

} // namespace kolokasi
