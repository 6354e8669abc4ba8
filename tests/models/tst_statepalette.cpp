// The one palette of state colours against UI.md's table: on time green, due soon amber,
// overdue red, closed grey, rack active a blue block, reserved hatched, expired a red outline.
#include "StatePalette.h"

#include <QtTest>

using namespace kolokasi;

namespace {
bool isHue(const QColor &colour, int from, int to, double saturation = 0.4)
{
    const int hue = colour.hsvHue();
    return colour.hsvSaturationF() > saturation &&
           (from <= to ? hue >= from && hue <= to : hue >= from || hue <= to);
}

// WCAG's relative luminance and contrast ratio.
double luminance(const QColor &c)
{
    const auto channel = [](double v) {
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}
double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}
} // namespace

class TestStatePalette : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eachStateHasTheColourOfUiMdsTable()
    {
        QVERIFY(isHue(StatePalette::colour(PaletteState::OnTime), 90, 150));        // green
        QVERIFY(isHue(StatePalette::colour(PaletteState::DueSoon), 30, 50));        // amber
        QVERIFY(isHue(StatePalette::colour(PaletteState::Overdue), 345, 10));       // red
        QVERIFY(StatePalette::colour(PaletteState::Closed).hsvSaturationF() < 0.1); // grey
        QVERIFY(isHue(StatePalette::colour(PaletteState::RackActive), 200, 230));   // blue
        QVERIFY(isHue(StatePalette::colour(PaletteState::RackReserved), 200, 230,
                      0.3)); // a paler hatch
        QCOMPARE(StatePalette::colour(PaletteState::RackExpired),
                 StatePalette::colour(PaletteState::Overdue)); // the red outline is overdue red
    }

    void reservedIsHatchedAndActiveASolidBlock()
    {
        QCOMPARE(StatePalette::fill(PaletteState::RackReserved).style(), Qt::BDiagPattern);
        QCOMPARE(StatePalette::fill(PaletteState::RackActive).style(), Qt::SolidPattern);
        QCOMPARE(StatePalette::fill(PaletteState::RackActive).color(),
                 StatePalette::colour(PaletteState::RackActive));
    }

    void serviceStatesTakeTheirPaletteColour()
    {
        QCOMPARE(StatePalette::colour(ServiceState::OnTime),
                 StatePalette::colour(PaletteState::OnTime));
        QCOMPARE(StatePalette::colour(ServiceState::DueSoon),
                 StatePalette::colour(PaletteState::DueSoon));
        QCOMPARE(StatePalette::colour(ServiceState::Overdue),
                 StatePalette::colour(PaletteState::Overdue));
        QCOMPARE(StatePalette::colour(ServiceState::None),
                 StatePalette::colour(PaletteState::Closed));
    }

    void inkReadsOnItsTintAndStatesDiffer()
    {
        const QList<PaletteState> states{PaletteState::OnTime,     PaletteState::DueSoon,
                                         PaletteState::Overdue,    PaletteState::Closed,
                                         PaletteState::RackActive, PaletteState::Current};
        for (PaletteState state : states) {
            QVERIFY2(contrast(StatePalette::ink(state), StatePalette::tint(state)) >= 4.5,
                     qPrintable(StatePalette::ink(state).name()));
            QVERIFY(luminance(StatePalette::tint(state)) > luminance(StatePalette::colour(state)));
        }
        QSet<QRgb> distinct;
        for (PaletteState state :
             {PaletteState::OnTime, PaletteState::DueSoon, PaletteState::Overdue,
              PaletteState::Closed, PaletteState::RackActive})
            distinct.insert(StatePalette::colour(state).rgb());
        QCOMPARE(distinct.size(), 5);
    }
};

QTEST_MAIN(TestStatePalette)
#include "tst_statepalette.moc"
