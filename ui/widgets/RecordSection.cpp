#include "RecordSection.h"

#include "Dialogs.h"
#include "RecordEditor.h"
#include "UiContext.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace kolokasi {

namespace {
constexpr int kEditorWidth = 420; // the form beside the table, at 1366 pixels too
}

RecordSection::RecordSection(UiContext &context, const QString &objectPrefix,
                             QAbstractItemModel *model, int stretchColumn, QWidget *parent)
    : QWidget(parent), m_context(context), m_buttonRow(new QHBoxLayout),
      m_add(new QPushButton(tr("Add"), this)), m_edit(new QPushButton(tr("Edit"), this)),
      m_retire(new QPushButton(tr("Retire"), this)), m_table(new QTableView(this)),
      m_body(new QHBoxLayout)
{
    setObjectName(objectPrefix + QStringLiteral("Section"));
    m_add->setObjectName(objectPrefix + QStringLiteral("Add"));
    m_edit->setObjectName(objectPrefix + QStringLiteral("Edit"));
    m_retire->setObjectName(objectPrefix + QStringLiteral("Retire"));
    m_table->setObjectName(objectPrefix + QStringLiteral("Table"));
    m_table->setModel(model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);

    m_buttonRow->addWidget(m_add);
    m_buttonRow->addWidget(m_edit);
    m_buttonRow->addWidget(m_retire);
    m_buttonRow->addStretch(1);
    m_body->addWidget(m_table, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(m_buttonRow);
    layout->addLayout(m_body, 1);

    connect(m_add, &QPushButton::clicked, this, [this] { startAdd(); });
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (currentRow() >= 0)
            startEdit(currentRow());
    });
    connect(m_retire, &QPushButton::clicked, this, [this] {
        if (currentRow() >= 0)
            retire(currentRow());
    });
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (!isRetiredRow(index.row()))
            startEdit(index.row());
    });
    connect(model, &QAbstractItemModel::modelReset, this, &RecordSection::updateButtons);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RecordSection::updateButtons);
    // updateButtons() asks the subclass: it calls it once its model is filled.
}

bool RecordSection::isEditing() const
{
    for (const RecordEditor *editor : m_editors) {
        if (editor->isVisible())
            return true;
    }
    return false;
}

void RecordSection::addEditor(RecordEditor *editor)
{
    editor->setFixedWidth(kEditorWidth);
    editor->hide();
    m_editors.append(editor);
    m_body->addWidget(editor);
    connect(editor, &RecordEditor::cancelled, this, &RecordSection::closeEditors);
}

void RecordSection::openEditor(RecordEditor *editor)
{
    for (RecordEditor *other : std::as_const(m_editors))
        other->setVisible(other == editor);
    editor->clearProblems();
    editor->focusFirstField();
}

void RecordSection::closeEditors()
{
    for (RecordEditor *editor : std::as_const(m_editors))
        editor->hide();
}

int RecordSection::currentRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void RecordSection::selectRow(int row)
{
    if (row >= 0)
        m_table->selectRow(row);
}

bool RecordSection::report(const Status &status, RecordEditor *editor, const QString &message)
{
    if (status.ok()) {
        if (editor)
            editor->hide();
        emit changed(message);
        return true;
    }
    if (editor)
        editor->showRefusal(status.error());
    emit refused(status.error());
    return false;
}

bool RecordSection::confirmRetire(const QString &question)
{
    return m_context.dialogs.confirm(this, tr("Retire"), question, tr("Retire"), tr("Cancel"));
}

void RecordSection::updateButtons()
{
    const int row = currentRow();
    const bool inService = row >= 0 && !isRetiredRow(row);
    m_edit->setEnabled(inService);
    m_retire->setEnabled(inService);
}

} // namespace kolokasi
