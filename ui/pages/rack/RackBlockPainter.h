#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QRectF>
#include <QString>

class QPainter;

namespace kolokasi {

/// How a placement looks on a rack elevation (UI.md): active a blue block, reserved hatched,
/// expired a red outline; each also says its state in words, so colour is never alone.
struct RackBlockLook
{
    bool reserved = false;
    bool expired = false;
    bool selected = false;
};

/// Paints placement blocks and usage bars the same way in the rack view and its legend.
class RackBlockPainter
{
    Q_DECLARE_TR_FUNCTIONS(RackBlockPainter)

public:
    /// The block's background, hatching and outline (no text).
    static void paintBlock(QPainter &painter, const QRectF &rect, const RackBlockLook &look,
                           double zoom);
    /// The colour of text written on the block.
    static QColor textColour(const RackBlockLook &look);
    /// The words naming the block's state ("Dipesan", "Kedaluwarsa"); empty when active.
    static QString stateWords(const RackBlockLook &look);

    /// How full a usage bar is: below 80 % fine, from 80 % near the limit, from 95 % at it.
    enum class Usage
    {
        Fine,
        NearLimit,
        AtLimit
    };
    static Usage usageOf(qint64 used, qint64 limit);
    /// The word saying a usage's state ("Hampir penuh"); empty when fine.
    static QString usageWord(Usage usage, bool overLimit);
    /// A bar filled to used / limit in the usage's colour (green, amber, red).
    static void paintBar(QPainter &painter, const QRectF &rect, qint64 used, qint64 limit);
};

} // namespace kolokasi
