#pragma once

#include "RackElevationLayout.h"
#include "domain/RackElevation.h"

#include <QAbstractScrollArea>
#include <QDate>
#include <QHash>

#include <functional>

#include <optional>

namespace kolokasi {

/// The front view of every rack of a NOC side by side (NetBox-like): U numbers on both sides,
/// each placement a block over its units with the server's name, unit and domain, in the
/// state's look (RackBlockPainter); under each rack its U and power usage as bars with words.
/// Hover shows the details, double-click or Enter asks to open the asset (or, while only
/// reserved, the request); the arrow keys move the selection between blocks. Zoom: fit to the
/// window, in and out, Ctrl+wheel. Only the racks in view are painted, so a NOC of hundreds of
/// racks draws as fast as a few.
class RackElevationView : public QAbstractScrollArea
{
    Q_OBJECT

public:
    enum class BlockState
    {
        Active,
        Reserved,
        Expired, // validity before today, reserved or active
    };

    /// Reads the occupants of the racks with these ids (those not yet read that come into view).
    using OccupantReader = std::function<QHash<qint64, QList<RackSlot>>(const QList<qint64> &)>;

    explicit RackElevationView(QWidget *parent = nullptr);

    /// Where the occupants of racks shown without them (occupantsRead false) come from: the
    /// view asks for the racks in view and a margin of as many again on each side before it
    /// paints them, so a NOC of thousands of racks costs what the screenful costs.
    void setOccupantReader(OccupantReader reader) { m_readOccupants = std::move(reader); }

    /// Shows `racks`; a placement whose validity is before `today` is expired. Keeps the
    /// selection when its placement is still there.
    void setRacks(QList<RackElevation> racks, const QDate &today);
    const QList<RackElevation> &racks() const { return m_racks; }

    /// The placement covering unit `unit` of the rack with id `rackId`, if any.
    std::optional<RackSlot> blockAt(qint64 rackId, int unit) const;
    /// The state a placement is drawn in.
    BlockState stateOf(const RackSlot &slot) const;
    /// The centre of unit `unit` of rack `rackId` in the viewport's coordinates, scrolled into
    /// view first (for tests and keyboard navigation).
    QPoint unitCentre(qint64 rackId, int unit);
    /// The selected placement, if any.
    std::optional<RackSlot> selectedBlock() const;

    double zoom() const { return m_layout.zoom(); }
    bool fitsWindow() const { return m_fit; }

public slots:
    void setZoom(double zoom);
    void zoomIn();
    void zoomOut();
    /// Zooms so the racks fit the window, and keeps fitting it as it is resized.
    void fitToWindow();

signals:
    void openAssetRequested(qint64 assetId);
    void openRequestRequested(qint64 requestId);
    void zoomChanged(double zoom);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    struct Selection
    {
        int rack = -1;
        int slot = -1;
    };

    void paintRack(QPainter &painter, int rack, const QRectF &visible) const;
    void paintUnitNumbers(QPainter &painter, int rack) const;
    void paintBlock(QPainter &painter, int rack, int slot) const;
    void paintUsage(QPainter &painter, int rack) const;
    QStringList blockLines(const RackSlot &slot) const;
    QString tooltipAt(const QPointF &content) const;
    QString usageNumbers(const RackElevation &rack, bool power) const;
    QString usageWord(const RackElevation &rack, bool power) const;
    QString usageText(const RackElevation &rack, bool power) const;
    Selection slotAt(const QPointF &content) const;
    int slotCovering(int rack, int unit) const;
    int rackIndex(qint64 rackId) const;
    QPointF toContent(const QPoint &viewportPoint) const;
    void applyZoom(double zoom, const QPointF &anchorContent, const QPoint &anchorViewport);
    void updateScrollBars();
    void select(Selection selection);
    void moveSelection(int rackStep, int slotStep);
    void openSelected();
    void ensureVisible(const QRectF &content);
    QFont scaledFont(double basePixels) const;

    void readOccupants(int first, int last) const;

    // Filled in as racks come into view (readOccupants), also from const lookups: a cache.
    mutable QList<RackElevation> m_racks;
    OccupantReader m_readOccupants;
    QDate m_today;
    RackElevationLayout m_layout;
    Selection m_selected;
    bool m_fit = true;
};

} // namespace kolokasi
