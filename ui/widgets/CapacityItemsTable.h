#pragma once

#include "domain/CapacityCheck.h"

#include <QTableWidget>

namespace kolokasi {

/// The step-3 report lines: per resource what the request needs, what is free, and the
/// result as a word with an icon and a colour (never colour alone).
class CapacityItemsTable : public QTableWidget
{
    Q_OBJECT

public:
    enum Column
    {
        Resource,
        Needed,
        Free,
        Outcome,
        ColumnCount
    };

    explicit CapacityItemsTable(QWidget *parent = nullptr);

    void setItems(const QList<CapacityCheckItem> &items);
    /// The resource's name on screen ("power" -> "Daya listrik (rak)") and its unit.
    static QString resourceName(const QString &resource);
    static QString unitOf(const QString &resource);
};

} // namespace kolokasi
