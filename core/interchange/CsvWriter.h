#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace kolokasi {

/// CSV as Indonesian-locale spreadsheet programs open it directly: UTF-8 with a byte order
/// mark, `;` between fields by default (the decimal comma makes `,` the wrong choice there),
/// CRLF line ends, fields quoted when they hold the separator, a quote or a line break.
class CsvWriter
{
public:
    static QByteArray write(const QStringList &header, const QList<QStringList> &rows,
                            QChar separator = QLatin1Char(';'));
    static QString field(const QString &text, QChar separator);
};

} // namespace kolokasi
