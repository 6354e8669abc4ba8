#include "CapacityItemsTable.h"

#include "FormParts.h"

#include <QHeaderView>
#include <QLocale>
#include <QStyle>

namespace kolokasi {

CapacityItemsTable::CapacityItemsTable(QWidget *parent) : QTableWidget(parent)
{
    setColumnCount(ColumnCount);
    setHorizontalHeaderLabels({tr("Resource"), tr("Needed"), tr("Free"), tr("Result")});
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::NoSelection);
    setFocusPolicy(Qt::NoFocus);
    verticalHeader()->hide();
    horizontalHeader()->setSectionResizeMode(Resource, QHeaderView::Stretch);
    for (int column : {Needed, Free, Outcome})
        horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setMaximumWidth(kFormMaxWidth);
}

QString CapacityItemsTable::resourceName(const QString &resource)
{
    if (resource == QLatin1String("server"))
        return tr("Server (room for each server)");
    if (resource == QLatin1String("power"))
        return tr("Power (rack budget)");
    if (resource == QLatin1String("ups"))
        return tr("UPS");
    if (resource == QLatin1String("genset"))
        return tr("Genset");
    if (resource == QLatin1String("bandwidth"))
        return tr("Bandwidth");
    if (resource == QLatin1String("space"))
        return tr("Space (rack units)");
    if (resource == QLatin1String("public_ip"))
        return tr("Public IP addresses");
    return resource;
}

QString CapacityItemsTable::unitOf(const QString &resource)
{
    if (resource == QLatin1String("power") || resource == QLatin1String("ups") ||
        resource == QLatin1String("genset"))
        return QStringLiteral("W");
    if (resource == QLatin1String("bandwidth"))
        return QStringLiteral("Mbps");
    if (resource == QLatin1String("space"))
        return QStringLiteral("U");
    return {};
}

void CapacityItemsTable::setItems(const QList<CapacityCheckItem> &items)
{
    setRowCount(int(items.size()));
    const QLocale locale;
    for (int row = 0; row < items.size(); ++row) {
        const CapacityCheckItem &item = items[row];
        const QString unit = unitOf(item.resource);
        const auto amount = [&](double value) {
            const QString number = locale.toString(value, 'f', 0);
            return unit.isEmpty() ? number : number + QLatin1Char(' ') + unit;
        };
        setItem(row, Resource, new QTableWidgetItem(resourceName(item.resource)));
        auto *needed = new QTableWidgetItem(amount(item.needed));
        needed->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        setItem(row, Needed, needed);
        auto *free = new QTableWidgetItem(amount(item.free));
        free->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        setItem(row, Free, free);
        auto *outcome =
            new QTableWidgetItem(item.available ? tr("Available") : tr("Not available"));
        outcome->setIcon(style()->standardIcon(item.available ? QStyle::SP_DialogApplyButton
                                                              : QStyle::SP_MessageBoxCritical));
        outcome->setBackground(QColor(item.available ? 0xd5f5e3 : 0xfadbd8));
        outcome->setForeground(QColor(item.available ? 0x145a32 : 0x78281f));
        setItem(row, Outcome, outcome);
    }
    resizeRowsToContents();
    // Every line shows at once: the table sits in the page's own scroll area.
    int height = horizontalHeader()->sizeHint().height() + 2 * frameWidth();
    for (int row = 0; row < rowCount(); ++row)
        height += rowHeight(row);
    setFixedHeight(height);
}

} // namespace kolokasi
