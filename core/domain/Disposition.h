#pragma once

#include <QDate>
#include <QString>

namespace kolokasi {

/// Step 2: the head's disposition (disposisi) forwarding the letter to the section and DC team.
struct Disposition
{
    qint64 requestId = 0;
    QDate disposedOn;
    QString toWhom;
    QString note;
    int rowVersion = 0;
};

} // namespace kolokasi
