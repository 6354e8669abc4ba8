#pragma once

#include "interchange/ColumnMapping.h"
#include "interchange/RegisterImport.h"
#include "interchange/SheetData.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace kolokasi {

struct UiContext;

/// Brings an agency's spreadsheet into the register in three steps: the file (CSV or .xlsx,
/// and for a workbook its sheet); the mapping (ColumnMapping's guess from the header as a
/// table of file column -> register field, each one a combo box the admin can change); the
/// check, a dry run listing every bad row with its line, column and reason. Nothing is
/// written until "Impor" is confirmed; then RegisterImport writes every row in one transaction.
class ImportRegisterDialog : public QDialog
{
    Q_OBJECT

public:
    ImportRegisterDialog(UiContext &context, QWidget *parent = nullptr);

    /// Reads `path` (`sheet`: an .xlsx sheet, empty the first) and shows the mapping step.
    /// False if the file is refused (the reason shows in the dialog).
    bool openFile(const QString &path, const QString &sheet = {});
    /// Puts `field` in the file's `column` (-1: not imported), as the admin does in the table.
    void assign(RegisterField field, int column);
    const ColumnMapping &mapping() const { return m_mapping; }
    /// The dry run (the "Periksa" button): shows the report; writes nothing.
    bool check();
    /// Writes the rows after asking (the "Impor" button). False if refused or not confirmed.
    bool importRows();
    /// The last dry run or import.
    const ImportReport &report() const { return m_report; }

signals:
    /// Rows were written: the register changed.
    void imported(int count);

private:
    QWidget *createFileStep();
    QWidget *createMappingStep();
    QWidget *createCheckStep();
    void chooseFile();
    void fileChosen();
    void readFile();
    void fillMappingTable();
    void mappingChanged();
    void showReport();
    void showStep(int step);
    void showError(const QString &message);
    void runBusy(const std::function<void()> &work);

    UiContext &m_context;
    SheetData m_sheet;
    ColumnMapping m_mapping;
    ImportReport m_report;
    QString m_sourceName;
    QLabel *m_stepTitle;
    QLabel *m_error;
    QStackedWidget *m_steps;
    QLineEdit *m_path;
    QComboBox *m_sheetChooser;
    QLabel *m_sheetLabel;
    QTableWidget *m_mappingTable;
    QLabel *m_mappingState;
    QLabel *m_summary;
    QTableWidget *m_problems;
    QCheckBox *m_skipInvalid;
    QProgressBar *m_progress;
    QPushButton *m_back;
    QPushButton *m_next;
    QPushButton *m_import;
};

} // namespace kolokasi
