#pragma once

#include "domain/Server.h"

#include <QList>
#include <QWidget>

class QGridLayout;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace kolokasi {

/// The servers of a request letter as rows of a grid: name, requested spec (processor, RAM,
/// motherboard, storage, PSU) and needs (rack units, power); rows are added and removed.
/// Widgets are named "server<n><Field>" (server1Name, server2Ram...) for tests.
class ServerRowsEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ServerRowsEditor(QWidget *parent = nullptr);

    void setServers(const QList<Server> &servers);
    /// The servers as typed, in order (position 1..n).
    QList<Server> servers() const;
    int rowCount() const { return int(m_rows.size()); }
    /// The widget of `field` (name, processor, ram, motherboard, storage, psu, rack_units,
    /// power_w) in row `position` (1-based); the row's name field for any other field.
    QWidget *fieldWidget(int position, const QString &field) const;
    void setReadOnly(bool readOnly);

public slots:
    void addRow();

signals:
    void changed();

private:
    struct Row
    {
        QLineEdit *name;
        QLineEdit *processor;
        QLineEdit *ram;
        QLineEdit *motherboard;
        QLineEdit *storage;
        QLineEdit *psu;
        QSpinBox *rackUnits;
        QSpinBox *powerW;
        QPushButton *remove;
    };

    void removeRow(QPushButton *button);
    void relayout();
    QLineEdit *lineEdit(const QString &placeholder);

    QGridLayout *m_grid = nullptr;
    QPushButton *m_add = nullptr;
    QList<Row> m_rows;
    bool m_readOnly = false;
};

} // namespace kolokasi
