#include "HolidaysEditor.h"
#include "FormBinding.h"
#include "domain/FormField.h"

#include "DateEdit.h"
#include "Dialogs.h"
#include "FormParts.h"
#include "UiContext.h"
#include "common/Clock.h"
#include "interchange/HolidayList.h"
#include "services/SettingsService.h"

#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>

namespace kolokasi {

HolidaysEditor::HolidaysEditor(UiContext &context, QWidget *parent)
    : SettingsSection(context, QStringLiteral("holidaysEditor"), parent),
      m_list(new QTableWidget(this)), m_day(new DateEdit(this)), m_name(new QLineEdit(this))
{
    saveButton()->hide(); // every action below is saved as it is done
    body()->addWidget(makeHint(
        tr("National holidays and cuti bersama are not counted as working days. A CSV "
           "file has the date and the name on each line, e.g. 2026-08-17;Hari Kemerdekaan."),
        this));
    m_day->setObjectName(QStringLiteral("holidayDay"));
    m_day->setDate(context.clock.today());
    m_name->setObjectName(QStringLiteral("holidayName"));
    m_name->setPlaceholderText(tr("Name of the holiday"));
    binding()->bind(FormField::kName, m_name);
    binding()->bind(FormField::kDay, m_day);
    auto *add = new QPushButton(tr("Add"), this);
    add->setObjectName(QStringLiteral("addHoliday"));
    auto *remove = new QPushButton(tr("Remove chosen"), this);
    remove->setObjectName(QStringLiteral("removeHoliday"));
    auto *import = new QPushButton(tr("Import CSV…"), this);
    import->setObjectName(QStringLiteral("importHolidays"));
    for (QPushButton *button : {add, remove, import})
        button->setAutoDefault(false);
    connect(add, &QPushButton::clicked, this, &HolidaysEditor::addHoliday);
    connect(m_name, &QLineEdit::returnPressed, this, &HolidaysEditor::addHoliday);
    connect(remove, &QPushButton::clicked, this, &HolidaysEditor::removeChosen);
    connect(import, &QPushButton::clicked, this, &HolidaysEditor::importFile);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_day);
    addRow->addWidget(m_name, 1);
    addRow->addWidget(add);
    addRow->addSpacing(16);
    addRow->addWidget(remove);
    addRow->addWidget(import);
    body()->addLayout(addRow);

    m_list->setObjectName(QStringLiteral("holidayList"));
    m_list->setColumnCount(2);
    m_list->setHorizontalHeaderLabels({tr("Date"), tr("Holiday")});
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setMinimumHeight(360);
    body()->addWidget(m_list, 1);
    reload();
}

QString HolidaysEditor::title() const
{
    return tr("Holidays");
}

void HolidaysEditor::reload()
{
    auto holidays = SettingsService(ui().db).holidays();
    if (!holidays.ok())
        return showRefusal(holidays.error());
    m_list->setRowCount(int(holidays->size()));
    const QLocale locale;
    int row = 0;
    for (const Holiday &holiday : *holidays) {
        auto *day =
            new QTableWidgetItem(locale.toString(holiday.day, QStringLiteral("ddd, dd/MM/yyyy")));
        day->setData(Qt::UserRole, holiday.day);
        m_list->setItem(row, 0, day);
        m_list->setItem(row++, 1, new QTableWidgetItem(holiday.name));
    }
    markClean();
}

void HolidaysEditor::changed(const QString &text)
{
    reload();
    confirmSaved(text);
}

void HolidaysEditor::addHoliday()
{
    if (Status added = SettingsService(ui().db).addHoliday(m_day->date(), m_name->text());
        !added.ok())
        return showRefusal(added.error());
    m_name->clear();
    changed(tr("%1 was added to the holidays.")
                .arg(QLocale().toString(m_day->date(), QStringLiteral("dd/MM/yyyy"))));
}

void HolidaysEditor::removeChosen()
{
    QList<QDate> days;
    for (const QModelIndex &index : m_list->selectionModel()->selectedRows())
        days.append(index.data(Qt::UserRole).toDate());
    if (days.isEmpty())
        return showRefusal({QStringLiteral("nothing_chosen"),
                            tr("Choose the holidays to remove in the list first."),
                            {}});
    SettingsService settings(ui().db);
    for (const QDate &day : std::as_const(days)) {
        // Removed already by another admin: the list is reloaded below and shows it gone.
        if (Status removed = settings.removeHoliday(day);
            !removed.ok() && removed.error().code != QLatin1String("not_found"))
            return showRefusal(removed.error());
    }
    changed(tr("Holidays removed: %1.").arg(days.size()));
}

void HolidaysEditor::importFile()
{
    const QString path =
        ui().dialogs.openFileName(this, tr("Import holidays"), tr("CSV files (*.csv *.txt)"));
    if (path.isEmpty())
        return;
    const QString fileName = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return showRefusal(
            {QStringLiteral("unreadable"),
             tr("%1 cannot be read; check that the file exists and may be opened.").arg(fileName),
             {}});
    auto reading = HolidayList::read(file.readAll(), fileName);
    if (!reading.ok())
        return showRefusal(reading.error());
    if (!reading->problems.isEmpty()) {
        ui().dialogs.warning(
            this, tr("Import holidays"),
            tr("Nothing was imported from %1. Correct these lines and import it again:\n%2")
                .arg(fileName, reading->problems.join(QLatin1Char('\n'))));
        return showRefusal({QStringLiteral("import_invalid"),
                            tr("Nothing was imported: %1 has %2 lines to correct.")
                                .arg(fileName)
                                .arg(reading->problems.size()),
                            {}});
    }
    auto added = SettingsService(ui().db).addHolidays(reading->holidays);
    if (!added.ok())
        return showRefusal(added.error());
    changed(tr("Holidays added from %1: %2 of %3 (the others were listed already).")
                .arg(fileName)
                .arg(*added)
                .arg(reading->holidays.size()));
}

} // namespace kolokasi
