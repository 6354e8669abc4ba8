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
      m_mappingState(new QLabel(this)), m_summary(new QLabel(this)),
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
        tr("The first row must name the columns (for example No. Register, Nama Server, Unit, "
           "NOC, Rak, U Awal). CSV may be UTF-8 or Windows-1252, separated by commas, "
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
    auto *layout = new QVBoxLayout(step);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Which register field each column of the file holds. "
                                    "Kolokasi guessed from the header; change what is wrong."),
                                 step));
    layout->addWidget(m_mappingTable, 1);
    layout->addWidget(m_mappingState);
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
    auto *layout = new QVBoxLayout(step);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_problems, 1);
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
    m_mapping = ColumnMapping::fromHeader(m_sheet.header());
    m_report = {};
    fillMappingTable();
    showStep(MappingStep);
}

void ImportRegisterDialog::fillMappingTable()
{
    const QStringList header = m_sheet.header();
    const QStringList sample = m_sheet.rows.size() > 1 ? m_sheet.rows.at(1).cells : QStringList();
    m_mappingTable->setRowCount(int(header.size()));
    for (int column = 0; column < header.size(); ++column) {
        m_mappingTable->setItem(column, FileColumn, cell(header.at(column)));
        m_mappingTable->setItem(column, SampleColumn, cell(sample.value(column)));
        auto *field = new QComboBox(m_mappingTable);
        field->setObjectName(QStringLiteral("mappingField%1").arg(column));
        field->addItem(tr("— not imported —"), -1);
        for (RegisterField each : RegisterFields::all())
            field->addItem(RegisterFields::isRequired(each)
                               ? tr("%1 (required)").arg(RegisterFields::label(each))
                               : RegisterFields::label(each),
                           int(each));
        connect(field, &QComboBox::activated, this, [this, field, column] {
            const int chosen = field->currentData().toInt();
            for (RegisterField each : RegisterFields::all()) // what the column held goes
                if (m_mapping.column(each) == column)
                    m_mapping.assign(each, -1);
            if (chosen >= 0)
                m_mapping.assign(RegisterField(chosen), column);
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

// The combo boxes follow the mapping (a field moved to another column leaves the first);
// the check waits until every required field has a column.
void ImportRegisterDialog::mappingChanged()
{
    for (int column = 0; column < m_mappingTable->rowCount(); ++column) {
        auto *box = qobject_cast<QComboBox *>(m_mappingTable->cellWidget(column, FieldColumn));
        int held = -1;
        for (RegisterField each : RegisterFields::all())
            if (m_mapping.column(each) == column)
                held = int(each);
        const QSignalBlocker quiet(box);
        box->setCurrentIndex(std::max(0, box->findData(held)));
    }
    const Status complete = m_mapping.checkComplete();
    const QStringList unused = m_mapping.unusedColumns();
    m_mappingState->setText(!complete.ok() ? complete.error().message
                            : unused.isEmpty()
                                ? tr("Every column is matched.")
                                : tr("Not imported: %1.").arg(unused.join(QStringLiteral(", "))));
    m_next->setEnabled(complete.ok());
    m_next->setToolTip(complete.ok() ? QString() : complete.error().message);
}

bool ImportRegisterDialog::check()
{
    if (Status complete = m_mapping.checkComplete(); !complete.ok()) {
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
    m_skipInvalid->setChecked(false);
    showStep(CheckStep);
    return true;
}

void ImportRegisterDialog::showReport()
{
    const QLocale locale;
    const int bad = m_report.badRowCount();
    QString text = tr("%1 rows read: %2 good, %3 with problems.")
                       .arg(locale.toString(m_report.rowCount),
                            locale.toString(m_report.acceptedCount), locale.toString(bad));
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
    m_problems->setRowCount(int(m_report.problems.size()));
    for (int row = 0; row < m_report.problems.size(); ++row) {
        const ImportProblem &problem = m_report.problems.at(row);
        m_problems->setItem(row, 0, cell(locale.toString(problem.line)));
        m_problems->setItem(row, 1, cell(problem.column));
        m_problems->setItem(row, 2, cell(problem.message));
    }
    m_problems->resizeColumnsToContents();
    m_problems->setVisible(!m_report.problems.isEmpty());
    m_skipInvalid->setVisible(bad > 0 && m_report.acceptedCount > 0 && !m_report.written);
    const bool canImport =
        !m_report.written && m_report.acceptedCount > 0 && (bad == 0 || m_skipInvalid->isChecked());
    m_import->setEnabled(canImport);
    m_back->setEnabled(!m_report.written);
    if (m_report.written)
        findChild<QPushButton *>(QStringLiteral("importCancelButton"))->setText(tr("Close"));
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
