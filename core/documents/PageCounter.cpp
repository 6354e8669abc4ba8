#include "PageCounter.h"

#include <QPaintEngine>

#include <limits>

namespace kolokasi {

namespace {
// Accepts every drawing call and does nothing with it.
class NullPaintEngine : public QPaintEngine
{
public:
    NullPaintEngine() : QPaintEngine(QPaintEngine::AllFeatures) {}
    bool begin(QPaintDevice *) override { return true; }
    bool end() override { return true; }
    void updateState(const QPaintEngineState &) override {}
    void drawPixmap(const QRectF &, const QPixmap &, const QRectF &) override {}
    void drawImage(const QRectF &, const QImage &, const QRectF &,
                   Qt::ImageConversionFlags) override
    {
    }
    void drawTextItem(const QPointF &, const QTextItem &) override {}
    void drawPath(const QPainterPath &) override {}
    void drawRects(const QRectF *, int) override {}
    void drawRects(const QRect *, int) override {}
    void drawLines(const QLineF *, int) override {}
    void drawLines(const QLine *, int) override {}
    void drawEllipse(const QRectF &) override {}
    void drawPolygon(const QPointF *, int, PolygonDrawMode) override {}
    void drawPolygon(const QPoint *, int, PolygonDrawMode) override {}
    void drawPoints(const QPointF *, int) override {}
    void drawTiledPixmap(const QRectF &, const QPixmap &, const QPointF &) override {}
    Type type() const override { return QPaintEngine::User; }
};
} // namespace

PageCounter::PageCounter(const QPaintDevice &like)
    : m_width(like.width()), m_height(like.height()), m_widthMm(like.widthMM()),
      m_heightMm(like.heightMM()), m_dpiX(like.logicalDpiX()), m_dpiY(like.logicalDpiY()),
      m_physicalDpiX(like.physicalDpiX()), m_physicalDpiY(like.physicalDpiY()),
      m_engine(std::make_unique<NullPaintEngine>())
{
}

PageCounter::~PageCounter() = default;

QPaintEngine *PageCounter::paintEngine() const
{
    return m_engine.get();
}

int PageCounter::metric(PaintDeviceMetric metric) const
{
    switch (metric) {
    case PdmWidth:
        return m_width;
    case PdmHeight:
        return m_height;
    case PdmWidthMM:
        return m_widthMm;
    case PdmHeightMM:
        return m_heightMm;
    case PdmDpiX:
        return m_dpiX;
    case PdmDpiY:
        return m_dpiY;
    case PdmPhysicalDpiX:
        return m_physicalDpiX;
    case PdmPhysicalDpiY:
        return m_physicalDpiY;
    case PdmNumColors:
        return std::numeric_limits<int>::max();
    case PdmDepth:
        return 32;
    case PdmDevicePixelRatio:
        return 1;
    case PdmDevicePixelRatioScaled:
        return static_cast<int>(devicePixelRatioFScale());
    default:
        return 0;
    }
}

} // namespace kolokasi
