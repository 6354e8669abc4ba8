#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace kolokasi {

/// CSV as Indonesian-locale spreadsheet programs open it directly: UTF-8 with a byte order
/// mark, `;` between fields by default (the decimal comma makes `,` the wrong choice there),
/// CRLF line ends, fields quoted when they hold the separator, a quote or a line break.
/// A cell a spreadsheet program would run as a formula is written as text (see neutralized).
class CsvWriter
{
public:
    static QByteArray write(const QStringList &header, const QList<QStringList> &rows,
                            QChar separator = QLatin1Char(';'));
    /// One cell as written: neutralized, then quoted when needed.
    static QString field(const QString &cell, QChar separator);
    /// Guards against formula injection (CSV injection): a cell starting with = + - @ tab or
    /// CR gets a leading apostrophe, so Excel or LibreOffice shows it as text, never runs it.
    static QString neutralized(const QString &text);
};

} // namespace kolokasi
