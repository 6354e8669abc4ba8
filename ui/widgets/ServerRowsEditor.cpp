#include "ServerRowsEditor.h"

#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace kolokasi {

namespace {
enum Column
{
    NumberColumn,
    Name,
    Processor,
    Ram,
    Motherboard,
    Storage,
    Psu,
    RackUnits,
    PowerW,
    RemoveColumn
};
}

ServerRowsEditor::ServerRowsEditor(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_grid = new QGridLayout;
    m_grid->setHorizontalSpacing(4);
    const QStringList headers{
        tr("No"),      tr("Server name"), tr("Processor"),  tr("RAM"),       tr("Motherboard"),
        tr("Storage"), tr("PSU"),         tr("Rack units"), tr("Power (W)"), QString()};
    for (int column = 0; column < headers.size(); ++column) {
        auto *header = new QLabel(headers[column], this);
        QFont bold = header->font();
        bold.setBold(true);
        header->setFont(bold);
        m_grid->addWidget(header, 0, column);
    }
    for (int column : {Name, Processor, Motherboard, Storage})
        m_grid->setColumnStretch(column, 2);
    for (int column : {Ram, Psu})
        m_grid->setColumnStretch(column, 1);
    layout->addLayout(m_grid);
    m_add = new QPushButton(tr("Add server"), this);
    m_add->setObjectName(QStringLiteral("addServerButton"));
    m_add->setAutoDefault(false);
    layout->addWidget(m_add, 0, Qt::AlignLeft);
    connect(m_add, &QPushButton::clicked, this, &ServerRowsEditor::addRow);
}

QLineEdit *ServerRowsEditor::lineEdit(const QString &placeholder)
{
    auto *edit = new QLineEdit(this);
    edit->setPlaceholderText(placeholder);
    edit->setMinimumWidth(60);
    connect(edit, &QLineEdit::textEdited, this, &ServerRowsEditor::changed);
    return edit;
}

void ServerRowsEditor::addRow()
{
    Row row;
    row.name = lineEdit(tr("e.g. srv-simpeg"));
    row.processor = lineEdit(tr("e.g. Intel Xeon Silver 4310"));
    row.ram = lineEdit(tr("e.g. 64 GB"));
    row.motherboard = lineEdit({});
    row.storage = lineEdit(tr("e.g. 2 x 960 GB SSD"));
    row.psu = lineEdit(tr("e.g. 2 x 750 W"));
    row.rackUnits = new QSpinBox(this);
    row.rackUnits->setRange(0, 48);
    row.rackUnits->setValue(1);
    row.rackUnits->setSuffix(QStringLiteral(" U"));
    row.powerW = new QSpinBox(this);
    row.powerW->setRange(0, 20000);
    row.powerW->setSingleStep(50);
    row.powerW->setValue(300);
    row.powerW->setSuffix(QStringLiteral(" W"));
    for (QSpinBox *spin : {row.rackUnits, row.powerW})
        connect(spin, &QSpinBox::valueChanged, this, &ServerRowsEditor::changed);
    row.remove = new QPushButton(tr("Remove"), this);
    row.remove->setAutoDefault(false);
    QPushButton *button = row.remove;
    connect(button, &QPushButton::clicked, this, [this, button] { removeRow(button); });
    m_rows.append(row);
    relayout();
    emit changed();
}

void ServerRowsEditor::removeRow(QPushButton *button)
{
    if (m_rows.size() <= 1)
        return; // a letter names at least one server
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].remove != button)
            continue;
        const Row row = m_rows.takeAt(i);
        for (QWidget *widget : std::initializer_list<QWidget *>{
                 row.name, row.processor, row.ram, row.motherboard, row.storage, row.psu,
                 row.rackUnits, row.powerW, row.remove})
            widget->deleteLater();
        break;
    }
    relayout();
    emit changed();
}

void ServerRowsEditor::relayout()
{
    // Row widgets are re-placed in order so numbering, names and tab order follow the rows.
    for (int i = m_grid->count() - 1; i >= 0; --i) {
        int row = 0, column = 0, rowSpan = 0, columnSpan = 0;
        m_grid->getItemPosition(i, &row, &column, &rowSpan, &columnSpan);
        if (row > 0) {
            QLayoutItem *item = m_grid->takeAt(i);
            if (column == NumberColumn)
                delete item->widget();
            delete item;
        }
    }
    QWidget *previous = nullptr;
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        const Row &row = m_rows[i];
        const int line = int(i) + 1;
        const QString prefix = QStringLiteral("server%1").arg(line);
        m_grid->addWidget(new QLabel(QString::number(line), this), line, NumberColumn);
        const std::pair<QWidget *, const char *> cells[] = {{row.name, "Name"},
                                                            {row.processor, "Processor"},
                                                            {row.ram, "Ram"},
                                                            {row.motherboard, "Motherboard"},
                                                            {row.storage, "Storage"},
                                                            {row.psu, "Psu"},
                                                            {row.rackUnits, "RackUnits"},
                                                            {row.powerW, "PowerW"},
                                                            {row.remove, "Remove"}};
        int column = Name;
        for (const auto &[widget, name] : cells) {
            widget->setObjectName(prefix + QLatin1String(name));
            m_grid->addWidget(widget, line, column++);
            if (previous)
                setTabOrder(previous, widget);
            previous = widget;
        }
        row.remove->setEnabled(!m_readOnly && m_rows.size() > 1);
    }
    if (previous)
        setTabOrder(previous, m_add);
}

void ServerRowsEditor::setServers(const QList<Server> &servers)
{
    while (m_rows.size() > 1)
        removeRow(m_rows.last().remove);
    if (m_rows.isEmpty())
        addRow();
    const QList<Server> rows = servers.isEmpty() ? QList<Server>{Server{}} : servers;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (i >= m_rows.size())
            addRow();
        const Server &server = rows[i];
        Row &row = m_rows[i];
        row.name->setText(server.name);
        row.processor->setText(server.requested.processor);
        row.ram->setText(server.requested.ram);
        row.motherboard->setText(server.requested.motherboard);
        row.storage->setText(server.requested.storage);
        row.psu->setText(server.requested.psu);
        row.rackUnits->setValue(servers.isEmpty() ? 1 : server.rackUnits);
        row.powerW->setValue(servers.isEmpty() ? 300 : server.powerW);
    }
}

QList<Server> ServerRowsEditor::servers() const
{
    QList<Server> servers;
    int position = 0;
    for (const Row &row : m_rows) {
        Server server;
        server.position = ++position;
        server.name = row.name->text().trimmed();
        server.requested.processor = row.processor->text().trimmed();
        server.requested.ram = row.ram->text().trimmed();
        server.requested.motherboard = row.motherboard->text().trimmed();
        server.requested.storage = row.storage->text().trimmed();
        server.requested.psu = row.psu->text().trimmed();
        server.rackUnits = row.rackUnits->value();
        server.powerW = row.powerW->value();
        servers.append(server);
    }
    return servers;
}

QWidget *ServerRowsEditor::fieldWidget(int position, const QString &field) const
{
    if (position < 1 || position > m_rows.size())
        return nullptr;
    const Row &row = m_rows[position - 1];
    if (field == QLatin1String("processor"))
        return row.processor;
    if (field == QLatin1String("ram"))
        return row.ram;
    if (field == QLatin1String("motherboard"))
        return row.motherboard;
    if (field == QLatin1String("storage"))
        return row.storage;
    if (field == QLatin1String("psu"))
        return row.psu;
    if (field == QLatin1String("rack_units"))
        return row.rackUnits;
    if (field == QLatin1String("power_w"))
        return row.powerW;
    return row.name;
}

void ServerRowsEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_add->setVisible(!readOnly);
    relayout();
}

} // namespace kolokasi
