#pragma once

#include "common/Result.h"

#include <QWidget>

class QAbstractItemModel;
class QHBoxLayout;
class QPushButton;
class QTableView;

namespace kolokasi {

class RecordEditor;
struct UiContext;

/// One tab of Pusat Data: Tambah / Ubah / Pensiunkan over a table of records, and the inline
/// editor beside it while adding or editing. Writes go through the core; a refusal is handed
/// to the page (refused()) and marks the editor's field, a success closes the editor and
/// tells the page (changed()). Subclasses fill the editor and call the repository.
class RecordSection : public QWidget
{
    Q_OBJECT

public:
    /// `stretchColumn` takes the table's spare width (the column of free text).
    RecordSection(UiContext &context, const QString &objectPrefix, QAbstractItemModel *model,
                  int stretchColumn, QWidget *parent = nullptr);

    /// Reads the records again; an open editor keeps what was typed.
    virtual void reload() = 0;
    virtual void setShowRetired(bool show) = 0;
    /// Loads the record being edited afresh (after a stale refusal): what was typed is replaced.
    virtual void reloadEditedRecord() {}
    QTableView *table() const { return m_table; }
    bool isEditing() const;

signals:
    void refused(const Error &error);
    void changed(const QString &message);

protected:
    /// Adds the editor to the side of the table (hidden until add or edit starts).
    void addEditor(RecordEditor *editor);
    void openEditor(RecordEditor *editor);
    void closeEditors();
    /// The model row selected in the table, -1 when none.
    int currentRow() const;
    void selectRow(int row);
    /// Success: closes the editor and emits changed(message). Refusal: marks the field and
    /// emits refused(). Returns whether it succeeded.
    bool report(const Status &status, RecordEditor *editor, const QString &message);
    /// Asks before retiring `name`; the question says what retiring does.
    bool confirmRetire(const QString &question);
    /// Enables Ubah / Pensiunkan for a selected record in service.
    void updateButtons();
    virtual bool isRetiredRow(int row) const = 0;
    virtual void startAdd() = 0;
    virtual void startEdit(int row) = 0;
    virtual void retire(int row) = 0;

    UiContext &m_context;
    QHBoxLayout *m_buttonRow;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_retire;

private:
    QTableView *m_table;
    QHBoxLayout *m_body;
    QList<RecordEditor *> m_editors;
};

} // namespace kolokasi
