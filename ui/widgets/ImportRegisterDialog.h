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
class QSpinBox;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace kolokasi {

struct UiContext;

/// Brings an agency's spreadsheet into the register in three steps: the file (CSV or .xlsx,
/// and for a workbook its sheet); the mapping (the header row found, which the admin may
/// change; ColumnMapping's guess from it as a table of file column -> register field, each one
/// a combo box the admin can change; columns that look like a field but match none must be
/// chosen or left out; the totals and notes after the data that are skipped); the check, a dry
/// run listing every bad row with its line, column and reason, a hundred a page. Nothing is
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
    /// Leaves out a column that looks like a register field ("not imported" in its box).
    void ignoreColumn(int column);
    /// Takes the row the spreadsheet program shows as `line` as the header (the header row
    /// box); false if the file has no such filled row.
    bool setHeaderRow(int line);
    /// The line of the row taken as the header.
    int headerLine() const { return m_sheet.headerLine(); }
    /// The rows after the data that are skipped (totals, notes), as lines.
    QList<int> skippedLines() const;
    /// Shows the problems' page `page` (0-based, kProblemsPerPage each).
    void showProblemPage(int page);
    static constexpr int kProblemsPerPage = 100;
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
    void headerRowChanged(int line);
    void showSkippedRows();
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
    QSpinBox *m_headerRow;
    QLabel *m_headerNote;
    QLabel *m_skipped;
    QLabel *m_problemPage;
    QPushButton *m_previousPage;
    QPushButton *m_nextPage;
    int m_page = 0;
    QLabel *m_summary;
    QTableWidget *m_problems;
    QCheckBox *m_skipInvalid;
    QProgressBar *m_progress;
    QPushButton *m_back;
    QPushButton *m_next;
    QPushButton *m_import;
};

} // namespace kolokasi
