#pragma once

#include <QCoreApplication>
#include <QPalette>
#include <QVariant>

namespace kolokasi {

/// How the Pusat Data tables show a record in or out of service: a retired one is greyed
/// AND says "Dipensiunkan", so the state never rests on colour alone.
class RetiredRecords
{
    Q_DECLARE_TR_FUNCTIONS(RetiredRecords)

public:
    static QString stateText(bool retired) { return retired ? tr("Retired") : tr("In service"); }
    /// The text colour of a line: the palette's disabled text for a retired record.
    static QVariant foreground(bool retired)
    {
        return retired ? QVariant(QPalette().color(QPalette::Disabled, QPalette::Text))
                       : QVariant();
    }
};

} // namespace kolokasi
