#include "UnattendedDialogs.h"

namespace kolokasi {

bool UnattendedDialogs::confirm(QWidget *, const QString &, const QString &, const QString &,
                                const QString &)
{
    return false;
}

void UnattendedDialogs::information(QWidget *, const QString &, const QString &) {}

void UnattendedDialogs::warning(QWidget *, const QString &, const QString &) {}

QString UnattendedDialogs::saveFileName(QWidget *, const QString &, const QString &,
                                        const QString &)
{
    return {};
}

QString UnattendedDialogs::openFileName(QWidget *, const QString &, const QString &)
{
    return {};
}

std::optional<QString> UnattendedDialogs::text(QWidget *, const QString &, const QString &, bool)
{
    return std::nullopt;
}

bool UnattendedDialogs::choosePrinter(QWidget *, const QString &, QPrinter &)
{
    return false;
}

void UnattendedDialogs::preview(DocumentPreviewDialog &) {}

bool UnattendedDialogs::run(QDialog &)
{
    return false;
}

} // namespace kolokasi
