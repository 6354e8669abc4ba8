#include "ImportRegisterDialog.h"

#include "UiContext.h"
#include "interchange/RegisterField.h"
#include "interchange/SpreadsheetReader.h"
#include "interchange/XlsxReader.h"
#include "widgets/Dialogs.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kolokasi {

namespace {
enum Step
{
    FileStep,
    MappingStep,
    CheckStep
};
enum MappingColumn
{
    FileColumn,
    SampleColumn,
    FieldColumn
};

QTableWidget *plainTable(const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setToolTip(text);
    return item;
}
} // namespace

ImportRegisterDialog::ImportRegisterDialog(UiContext &context, QWidget *parent)
    : QDialog(parent), m_context(context), m_stepTitle(new QLabel(this)), m_error(new QLabel(this)),
      m_steps(new QStackedWidget(this)), m_path(new QLineEdit(this)),
      m_sheetChooser(new QComboBox(this)), m_sheetLabel(new QLabel(tr("Sheet:"), this)),
      m_mappingTable(
          plainTable({tr("Column in the file"), tr("First row"), tr("Register field")}, this)),
      m_mappingState(new QLabel(this)), m_headerRow(new QSpinBox(this)),
      m_headerNote(new QLabel(this)), m_skipped(new QLabel(this)), m_problemPage(new QLabel(this)),
      m_previousPage(new QPushButton(tr("Previous"), this)),
      m_nextPage(new QPushButton(tr("Next 100"), this)), m_summary(new QLabel(this)),
      m_problems(plainTable({tr("Line"), tr("Column"), tr("Reason")}, this)),
      m_skipInvalid(new QCheckBox(tr("Import the good rows and leave the bad ones out"), this)),
      m_progress(new QProgressBar(this)), m_back(new QPushButton(tr("Back"), this)),
      m_next(new QPushButton(tr("Next"), this)), m_import(new QPushButton(tr("Import"), this))
{
    setObjectName(QStringLiteral("importRegisterDialog"));
    setWindowTitle(tr("Import a register"));
    resize(900, 600);
    QFont bold = m_stepTitle->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_stepTitle->setFont(bold);
    m_stepTitle->setObjectName(QStringLiteral("importStepTitle"));
    m_error->setObjectName(QStringLiteral("importError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->hide();
    m_steps->addWidget(createFileStep());
    m_steps->addWidget(createMappingStep());
    m_steps->addWidget(createCheckStep());
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setRange(0, 0); // the core reports no steps: a busy bar while it works
    m_progress->hide();

    m_back->setObjectName(QStringLiteral("importBackButton"));
    m_next->setObjectName(QStringLiteral("importNextButton"));
    m_import->setObjectName(QStringLiteral("importButton"));
    auto *cancel = new QPushButton(tr("Cancel"), this);
    cancel->setObjectName(QStringLiteral("importCancelButton"));
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_back, &QPushButton::clicked, this,
            [this] { showStep(std::max(0, m_steps->currentIndex() - 1)); });
    connect(m_next, &QPushButton::clicked, this, [this] {
        if (m_steps->currentIndex() == FileStep)
            readFile();
        else if (m_steps->currentIndex() == MappingStep)
            check();
    });
    connect(m_import, &QPushButton::clicked, this, &ImportRegisterDialog::importRows);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_progress, 1);
    buttons->addStretch();
    for (QPushButton *button : {m_back, m_next, m_import, cancel})
        buttons->addWidget(button);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stepTitle);
    layout->addWidget(m_error);
    layout->addWidget(m_steps, 1);
    layout->addLayout(buttons);
    fileChosen(); // no file yet: no sheet to choose
    showStep(FileStep);
}

QWidget *ImportRegisterDialog::createFileStep()
{
    auto *step = new QWidget(this);
    m_path->setObjectName(QStringLiteral("importFile"));
    m_path->setPlaceholderText(tr("A CSV file or an Excel (.xlsx) workbook"));
    auto *choose = new QPushButton(tr("Choose…"), step);
    choose->setObjectName(QStringLiteral("chooseImportFileButton"));
    connect(choose, &QPushButton::clicked, this, &ImportRegisterDialog::chooseFile);
    connect(m_path, &QLineEdit::editingFinished, this, &ImportRegisterDialog::fileChosen);
    m_sheetChooser->setObjectName(QStringLiteral("sheetChooser"));
    auto *file = new QHBoxLayout;
    file->addWidget(m_path, 1);
    file->addWidget(choose);
    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight);
    form->addRow(tr("File:"), file);
    form->addRow(m_sheetLabel, m_sheetChooser);
    auto *note = new QLabel(
        tr("A row among the first 20 must name the columns (for example No. Register, Nama "
           "Server, Unit, NOC, Rak, U Awal); title rows above it are left out. CSV (at most 50 "
           "MB) may be UTF-8 or Windows-1252, separated by commas, "
           "semicolons or tabs. Nothing is written before the check and your confirmation."),
        step);
    note->setWordWrap(true);
    auto *layout = new QVBoxLayout(step);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addStretch();
    return step;
}

QWidget *ImportRegisterDialog::createMappingStep()
{
    auto *step = new QWidget(this);
    m_mappingTable->setObjectName(QStringLiteral("mappingTable"));
    m_mappingState->setObjectName(QStringLiteral("mappingState"));
    m_mappingState->setWordWrap(true);
    m_headerRow->setObjectName(QStringLiteral("headerRow"));
    m_headerRow->setRange(1, 1);
    m_headerNote->setObjectName(QStringLiteral("headerRowNote"));
    m_headerNote->setWordWrap(true);
    m_skipped->setObjectName(QStringLiteral("skippedRows"));
    m_skipped->setWordWrap(true);
    m_mappingState->setStyleSheet(QString());
    connect(m_headerRow, &QSpinBox::valueChanged, this, &ImportRegisterDialog::headerRowChanged);
    auto *headerLine = new QHBoxLayout;
    headerLine->addWidget(new QLabel(tr("Header row:"), step));
    headerLine->addWidget(m_headerRow);
    headerLine->addWidget(m_headerNote, 1);
    auto *layout = new QVBoxLayout(step);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(headerLine);
    layout->addWidget(new QLabel(tr("Which register field each column of the file holds. "
                                    "Kolokasi guessed from the header; change what is wrong."),
                                 step));
    layout->addWidget(m_mappingTable, 1);
    layout->addWidget(m_mappingState);
    layout->addWidget(m_skipped);
    return step;
}

QWidget *ImportRegisterDialog::createCheckStep()
{
    auto *step = new QWidget(this);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    m_problems->setObjectName(QStringLiteral("problemTable"));
    m_skipInvalid->setObjectName(QStringLiteral("skipInvalidRows"));
    connect(m_skipInvalid, &QCheckBox::toggled, this, &ImportRegisterDialog::showReport);
    m_problemPage->setObjectName(QStringLiteral("problemPage"));
    m_previousPage->setObjectName(QStringLiteral("previousProblemsButton"));
    m_nextPage->setObjectName(QStringLiteral("nextProblemsButton"));
    connect(m_previousPage, &QPushButton::clicked, this, [this] { showProblemPage(m_page - 1); });
    connect(m_nextPage, &QPushButton::clicked, this, [this] { showProblemPage(m_page + 1); });
    auto *paging = new QHBoxLayout;
    paging->addWidget(m_problemPage, 1);
    paging->addWidget(m_previousPage);
    paging->addWidget(m_nextPage);
    auto *layout = new QVBoxLayout(step);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_problems, 1);
    layout->addLayout(paging);
    layout->addWidget(m_skipInvalid);
    return step;
}

void ImportRegisterDialog::showStep(int step)
{
    static const char *titles[] = {QT_TR_NOOP("1. Choose the file"),
                                   QT_TR_NOOP("2. Match the columns"),
                                   QT_TR_NOOP("3. Check and import")};
    m_steps->setCurrentIndex(step);
    m_stepTitle->setText(tr(titles[step]));
    m_error->hide();
    m_back->setEnabled(step > FileStep);
    m_next->setVisible(step != CheckStep);
    m_next->setText(step == MappingStep ? tr("Check") : tr("Next"));
    m_import->setVisible(step == CheckStep);
    if (step == MappingStep)
        mappingChanged();
    if (step == CheckStep)
        showReport();
}

void ImportRegisterDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void ImportRegisterDialog::runBusy(const std::function<void()> &work)
{
    m_progress->show();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    QApplication::processEvents(QEventLoop::ExcludeUserInputEvents); // paint the busy bar
    work();
    QApplication::restoreOverrideCursor();
    m_progress->hide();
}

void ImportRegisterDialog::chooseFile()
{
    const QString path = m_context.dialogs.openFileName(
        this, tr("Import a register"),
        tr("Spreadsheets (*.csv *.xlsx);;CSV (*.csv);;Excel workbook (*.xlsx)"));
    if (path.isEmpty())
        return;
    m_path->setText(path);
    fileChosen();
}

// A workbook's sheets are offered as soon as it is chosen; a CSV has none.
void ImportRegisterDialog::fileChosen()
{
    m_sheetChooser->clear();
    const QString path = m_path->text().trimmed();
    const bool workbook = path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive);
    if (workbook) {
        if (auto names = XlsxReader::sheetNames(path); names.ok())
            m_sheetChooser->addItems(*names);
    }
    m_sheetChooser->setVisible(m_sheetChooser->count() > 0);
    m_sheetLabel->setVisible(m_sheetChooser->count() > 0);
}

bool ImportRegisterDialog::openFile(const QString &path, const QString &sheet)
{
    m_path->setText(path);
    fileChosen();
    if (!sheet.isEmpty())
        m_sheetChooser->setCurrentText(sheet);
    readFile();
    return m_steps->currentIndex() == MappingStep;
}

void ImportRegisterDialog::readFile()
{
    const QString path = m_path->text().trimmed();
    if (path.isEmpty())
        return showError(tr("Choose the file to import first."));
    Result<SheetData> read = Error{};
    runBusy([&] { read = SpreadsheetReader::read(path, m_sheetChooser->currentText()); });
    if (!read.ok())
        return showError(read.error().message);
    m_sheet = *read;
    m_sourceName = QFileInfo(path).fileName();
    m_sheet.headerIndex = ColumnMapping::findHeaderRow(m_sheet);
    m_mapping = ColumnMapping::fromHeader(m_sheet.header());
    m_report = {};
    {
        const QSignalBlocker quiet(m_headerRow);
        m_headerRow->setRange(m_sheet.rows.isEmpty() ? 1 : m_sheet.rows.first().line,
                              m_sheet.rows.isEmpty() ? 1 : m_sheet.rows.last().line);
        m_headerRow->setValue(std::max(1, m_sheet.headerLine()));
    }
    m_headerNote->setText(
        m_sheet.headerIndex > 0
            ? tr("Row %1 names the columns; the %2 row(s) above it are a title and are not "
                 "imported.")
                  .arg(m_sheet.headerLine())
                  .arg(m_sheet.headerIndex)
            : tr("Row %1 names the columns.").arg(m_sheet.headerLine()));
    fillMappingTable();
    showStep(MappingStep);
}

bool ImportRegisterDialog::setHeaderRow(int line)
{
    for (qsizetype index = 0; index < m_sheet.rows.size(); ++index) {
        if (m_sheet.rows.at(index).line == line) {
            m_headerRow->setValue(line); // headerRowChanged follows
            return m_sheet.headerLine() == line;
        }
    }
    return false;
}

// The admin names another header row: the mapping is guessed again from it.
void ImportRegisterDialog::headerRowChanged(int line)
{
    qsizetype found = -1;
    for (qsizetype index = 0; index < m_sheet.rows.size(); ++index) {
        if (m_sheet.rows.at(index).line == line)
            found = index;
    }
    if (found < 0) {
        m_headerNote->setText(
            tr("Row %1 is empty; choose a row that names the columns.").arg(line));
        return;
    }
    m_sheet.headerIndex = found;
    m_mapping = ColumnMapping::fromHeader(m_sheet.header());
    m_headerNote->setText(tr("Row %1 names the columns (chosen by you).").arg(line));
    fillMappingTable();
    mappingChanged();
}

QList<int> ImportRegisterDialog::skippedLines() const
{
    QList<int> lines;
    for (qsizetype index = RegisterImport::trailerStart(m_sheet); index < m_sheet.rows.size();
         ++index)
        lines << m_sheet.rows.at(index).line;
    return lines;
}

void ImportRegisterDialog::showSkippedRows()
{
    QStringList rows;
    const qsizetype start = RegisterImport::trailerStart(m_sheet);
    for (qsizetype index = start; index < m_sheet.rows.size() && rows.size() < 5; ++index) {
        const SheetRow &row = m_sheet.rows.at(index);
        QStringList cells;
        for (const QString &each : row.cells)
            if (!each.trimmed().isEmpty())
                cells << each.simplified();
        rows << tr("row %1 (%2)").arg(row.line).arg(cells.join(QStringLiteral(" | ")).left(60));
    }
    const qsizetype count = m_sheet.rows.size() - start;
    if (count > qsizetype(rows.size()))
        rows << tr("and %1 more").arg(count - rows.size());
    m_skipped->setText(rows.isEmpty() ? QString()
                                      : tr("Skipped, not assets (totals and notes below the "
                                           "data): %1.")
                                            .arg(rows.join(QStringLiteral("; "))));
    m_skipped->setVisible(!rows.isEmpty());
}

void ImportRegisterDialog::fillMappingTable()
{
    const QStringList header = m_sheet.header();
    const qsizetype first = m_sheet.headerIndex + 1; // the first row below the header
    const QStringList sample =
        first < m_sheet.rows.size() ? m_sheet.rows.at(first).cells : QStringList();
    m_mappingTable->setRowCount(int(header.size()));
    for (int column = 0; column < header.size(); ++column) {
        m_mappingTable->setItem(column, FileColumn, cell(header.at(column)));
        m_mappingTable->setItem(column, SampleColumn, cell(sample.value(column)));
        auto *field = new QComboBox(m_mappingTable);
        field->setObjectName(QStringLiteral("mappingField%1").arg(column));
        field->setPlaceholderText(tr("— choose: a field, or not imported —"));
        field->addItem(tr("— not imported —"), -1);
        for (RegisterField each : RegisterFields::importable())
            field->addItem(RegisterFields::isRequired(each)
                               ? tr("%1 (required)").arg(RegisterFields::label(each))
                               : RegisterFields::label(each),
                           int(each));
        connect(field, &QComboBox::activated, this, [this, field, column] {
            const int chosen = field->currentData().toInt();
            for (RegisterField each : RegisterFields::importable()) // what it held goes
                if (m_mapping.column(each) == column)
                    m_mapping.assign(each, -1);
            if (chosen >= 0)
                m_mapping.assign(RegisterField(chosen), column);
            else
                m_mapping.ignore(column); // left out on purpose
            mappingChanged();
        });
        m_mappingTable->setCellWidget(column, FieldColumn, field);
    }
    m_mappingTable->resizeColumnsToContents();
    m_mappingTable->horizontalHeader()->resizeSection(
        SampleColumn, std::min(m_mappingTable->horizontalHeader()->sectionSize(SampleColumn), 260));
}

void ImportRegisterDialog::assign(RegisterField field, int column)
{
    m_mapping.assign(field, column);
    mappingChanged();
}

void ImportRegisterDialog::ignoreColumn(int column)
{
    m_mapping.ignore(column);
    mappingChanged();
}

// The combo boxes follow the mapping (a field moved to another column leaves the first);
// the check waits until every required field has a column.
void ImportRegisterDialog::mappingChanged()
{
    for (int column = 0; column < m_mappingTable->rowCount(); ++column) {
        auto *box = qobject_cast<QComboBox *>(m_mappingTable->cellWidget(column, FieldColumn));
        int held = -1;
        for (RegisterField each : RegisterFields::importable())
            if (m_mapping.column(each) == column)
                held = int(each);
        const bool unresolved = m_mapping.unresolvedColumns().contains(column);
        const QSignalBlocker quiet(box);
        // A register-like column matched to nothing shows the placeholder: it must be chosen.
        box->setCurrentIndex(unresolved ? -1 : std::max(0, box->findData(held)));
        for (int part : {FileColumn, SampleColumn}) {
            if (QTableWidgetItem *item = m_mappingTable->item(column, part))
                item->setBackground(unresolved ? QColor(0xff, 0xeb, 0xee) : QBrush());
        }
    }
    const Status complete = m_mapping.checkNothingLost();
    const QStringList unused = m_mapping.unusedColumns();
    m_mappingState->setStyleSheet(complete.ok() ? QString() : QStringLiteral("color: #c62828;"));
    m_mappingState->setText(!complete.ok() ? complete.error().message
                            : unused.isEmpty()
                                ? tr("Every column is matched.")
                                : tr("Not imported: %1.").arg(unused.join(QStringLiteral(", "))));
    showSkippedRows();
    m_next->setEnabled(complete.ok());
    m_next->setToolTip(complete.ok() ? QString() : complete.error().message);
}

bool ImportRegisterDialog::check()
{
    if (Status complete = m_mapping.checkNothingLost(); !complete.ok()) {
        showError(complete.error().message);
        return false;
    }
    ImportOptions options;
    options.dryRun = true;
    options.sourceName = m_sourceName;
    Result<ImportReport> run = Error{};
    runBusy([&] { run = RegisterImport(m_context.db).run(m_sheet, m_mapping, options); });
    if (!run.ok()) {
        showError(run.error().message);
        return false;
    }
    m_report = *run;
    m_page = 0;
    m_skipInvalid->setChecked(false);
    showStep(CheckStep);
    return true;
}

void ImportRegisterDialog::showReport()
{
    const QLocale locale;
    const int bad = m_report.badRowCount();
    QString text =
        tr("Header: row %1. %2 rows read: %3 good, %4 with problems.")
            .arg(locale.toString(m_report.headerLine), locale.toString(m_report.rowCount),
                 locale.toString(m_report.acceptedCount), locale.toString(bad));
    if (!m_report.skippedRows.isEmpty())
        text += QLatin1Char(' ') + tr("%1 row(s) after the data skipped (totals, notes).")
                                       .arg(locale.toString(m_report.skippedRows.size()));
    if (!m_report.newUnits.isEmpty())
        text +=
            QLatin1Char(' ') +
            tr("New units will be created: %1.").arg(m_report.newUnits.join(QStringLiteral(", ")));
    if (m_report.written)
        text = tr("%1 assets imported.").arg(locale.toString(m_report.assetIds.size()));
    else if (bad > 0)
        text += QLatin1Char(' ') + tr("Correct the rows below in the file and check again, or "
                                      "leave them out.");
    m_summary->setText(text);
    showProblemPage(m_page);
    m_skipInvalid->setVisible(bad > 0 && m_report.acceptedCount > 0 && !m_report.written);
    const bool canImport =
        !m_report.written && m_report.acceptedCount > 0 && (bad == 0 || m_skipInvalid->isChecked());
    m_import->setEnabled(canImport);
    m_back->setEnabled(!m_report.written);
    if (m_report.written)
        findChild<QPushButton *>(QStringLiteral("importCancelButton"))->setText(tr("Close"));
}

// A hundred problems a page: a file of 160,000 bad rows does not fill the table at once.
void ImportRegisterDialog::showProblemPage(int page)
{
    const QLocale locale;
    const int total = int(m_report.problems.size());
    const int pages = std::max(1, (total + kProblemsPerPage - 1) / kProblemsPerPage);
    m_page = std::clamp(page, 0, pages - 1);
    const int first = m_page * kProblemsPerPage;
    const int count = std::min(kProblemsPerPage, total - first);
    m_problems->setRowCount(std::max(0, count));
    for (int row = 0; row < count; ++row) {
        const ImportProblem &problem = m_report.problems.at(first + row);
        m_problems->setItem(row, 0, cell(locale.toString(problem.line)));
        m_problems->setItem(row, 1, cell(problem.column));
        m_problems->setItem(row, 2, cell(problem.message));
    }
    m_problems->resizeColumnsToContents();
    m_problems->setVisible(total > 0);
    m_problemPage->setText(tr("Problems %1–%2 of %3")
                               .arg(locale.toString(first + 1), locale.toString(first + count),
                                    locale.toString(total)));
    m_problemPage->setVisible(total > kProblemsPerPage);
    m_previousPage->setVisible(total > kProblemsPerPage);
    m_nextPage->setVisible(total > kProblemsPerPage);
    m_previousPage->setEnabled(m_page > 0);
    m_nextPage->setEnabled(m_page + 1 < pages);
}

bool ImportRegisterDialog::importRows()
{
    const int rows = m_report.acceptedCount;
    if (!m_context.dialogs.confirm(
            this, tr("Import a register"),
            tr("%1 assets from %2 will be added to the register, in one go. Import them?")
                .arg(QLocale().toString(rows), m_sourceName),
            tr("Import"), tr("Cancel")))
        return false;
    ImportOptions options;
    options.skipInvalid = m_skipInvalid->isChecked();
    options.sourceName = m_sourceName;
    Result<ImportReport> run = Error{};
    runBusy([&] { run = RegisterImport(m_context.db).run(m_sheet, m_mapping, options); });
    if (!run.ok()) {
        showError(run.error().message);
        return false;
    }
    m_report = *run;
    if (!m_report.written) { // the database changed since the check: the new problems show
        showReport();
        showError(tr("Nothing was imported: rows became invalid since the check."));
        return false;
    }
    showReport();
    emit imported(int(m_report.assetIds.size()));
    return true;
}

} // namespace kolokasi
