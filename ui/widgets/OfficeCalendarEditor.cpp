#include "OfficeCalendarEditor.h"
#include "FormBinding.h"
#include "domain/FormField.h"

#include "FormParts.h"
#include "UiContext.h"
#include "documents/DocumentService.h"
#include "documents/PaperSize.h"
#include "domain/SopStep.h"
#include "models/DurationText.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QRadioButton>
#include <QTableWidget>
#include <QTimeEdit>

namespace kolokasi {

namespace {
const QString kTimeFormat = QStringLiteral("HH:mm");
} // namespace

OfficeCalendarEditor::OfficeCalendarEditor(UiContext &context, QWidget *parent)
    : SettingsSection(context, QStringLiteral("officeCalendarEditor"), parent),
      m_a4(new QRadioButton(tr("A4 (210 × 297 mm)"), this)),
      m_f4(new QRadioButton(tr("F4 (215 × 330 mm)"), this)), m_start(new QTimeEdit(this)),
      m_end(new QTimeEdit(this)), m_standards(new QTableWidget(this))
{
    auto *formHolder = new QWidget(this);
    QFormLayout *form = makeFormLayout(formHolder);
    form->setContentsMargins(0, 0, 0, 0);
    m_a4->setObjectName(QStringLiteral("paperA4"));
    m_f4->setObjectName(QStringLiteral("paperF4"));
    form->addRow(tr("Paper of printouts:"), makeChoiceRow({m_f4, m_a4}, formHolder));
    for (QTimeEdit *time : {m_start, m_end})
        time->setDisplayFormat(kTimeFormat);
    m_start->setObjectName(QStringLiteral("officeStart"));
    m_end->setObjectName(QStringLiteral("officeEnd"));
    auto *hours = new QWidget(formHolder);
    auto *hoursLayout = new QHBoxLayout(hours);
    hoursLayout->setContentsMargins(0, 0, 0, 0);
    hoursLayout->addWidget(m_start);
    hoursLayout->addWidget(new QLabel(tr("to"), hours));
    hoursLayout->addWidget(m_end);
    hoursLayout->addStretch(1);
    form->addRow(tr("Office hours:"), hours);
    auto *days = new QWidget(formHolder);
    auto *daysLayout = new QHBoxLayout(days);
    daysLayout->setContentsMargins(0, 0, 0, 0);
    const QLocale locale;
    for (int day = 1; day <= 7; ++day) {
        auto *box = new QCheckBox(locale.dayName(day, QLocale::LongFormat), days);
        box->setObjectName(QStringLiteral("weekday%1").arg(day));
        daysLayout->addWidget(box);
        m_weekdays.append(box);
        connect(box, &QCheckBox::toggled, this, [this] { markEdited(); });
    }
    daysLayout->addStretch(1);
    form->addRow(tr("Working days:"), days);
    binding()->bind(FormField::kOfficeEnd, m_end);
    binding()->bind(FormField::kWorkingDays, m_weekdays.first());
    body()->addWidget(formHolder);
    for (QRadioButton *paper : {m_a4, m_f4})
        connect(paper, &QRadioButton::toggled, this, [this] { markEdited(); });
    for (QTimeEdit *time : {m_start, m_end})
        connect(time, &QTimeEdit::timeChanged, this, [this] { markEdited(); });

    body()->addWidget(
        makeSectionHeading(tr("Service standards per step (mutu baku of the SOP)"), this));
    body()->addWidget(makeHint(
        tr("Counted in office time: the hours and working days above, without holidays."), this));
    m_standards->setObjectName(QStringLiteral("serviceStandards"));
    m_standards->setColumnCount(2);
    m_standards->setHorizontalHeaderLabels({tr("Step"), tr("Service standard")});
    m_standards->verticalHeader()->hide();
    m_standards->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_standards->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_standards->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_standards->setSelectionMode(QAbstractItemView::NoSelection);
    m_standards->setFocusPolicy(Qt::NoFocus);
    m_standards->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_standards->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_standards->setMaximumWidth(kFormMaxWidth);
    body()->addWidget(m_standards);
    reload();
}

QString OfficeCalendarEditor::title() const
{
    return tr("Paper and office hours");
}

QStringList OfficeCalendarEditor::keys() const
{
    return {DocumentService::kPaperKey, SettingsService::kOfficeStartKey,
            SettingsService::kOfficeEndKey, SettingsService::kWorkingDaysKey};
}

void OfficeCalendarEditor::reload()
{
    SettingsService settings(ui().db);
    auto read = settings.rows(keys());
    auto calendar = settings.workingCalendar();
    auto paper = DocumentService(ui().db).defaultPaper();
    if (!read.ok() || !calendar.ok() || !paper.ok())
        return showRefusal(!read.ok()       ? read.error()
                           : !calendar.ok() ? calendar.error()
                                            : paper.error());
    m_read = *read;
    const QSignalBlocker blockA4(m_a4), blockF4(m_f4), blockStart(m_start), blockEnd(m_end);
    (*paper == Paper::A4 ? m_a4 : m_f4)->setChecked(true);
    m_start->setTime(calendar->officeStart());
    m_end->setTime(calendar->officeEnd());
    for (int day = 1; day <= 7; ++day) {
        const QSignalBlocker block(m_weekdays[day - 1]);
        m_weekdays[day - 1]->setChecked(calendar->workingWeekdays().contains(day));
    }
    showStandards();
    markClean();
}

QSet<int> OfficeCalendarEditor::shownWeekdays() const
{
    QSet<int> days;
    for (int day = 1; day <= 7; ++day) {
        if (m_weekdays[day - 1]->isChecked())
            days.insert(day);
    }
    return days;
}

void OfficeCalendarEditor::showStandards()
{
    auto calendar = SettingsService(ui().db).workingCalendar();
    if (!calendar.ok())
        return;
    QList<SopStep> steps;
    for (SopStep step : SopSteps::all()) {
        if (SopSteps::standard(step) != ServiceStandard::None)
            steps.append(step);
    }
    m_standards->setRowCount(int(steps.size()) + 1);
    int row = 0;
    for (SopStep step : steps) {
        m_standards->setItem(
            row, 0,
            new QTableWidgetItem(
                QStringLiteral("%1. %2").arg(SopSteps::number(step)).arg(SopSteps::name(step))));
        m_standards->setItem(
            row++, 1,
            new QTableWidgetItem(DurationText::of(SopSteps::standardSeconds(step, *calendar),
                                                  calendar->workingDaySeconds())));
    }
    m_standards->setItem(row, 0, new QTableWidgetItem(tr("The whole procedure")));
    m_standards->setItem(
        row, 1,
        new QTableWidgetItem(DurationText::of(SopSteps::totalStandardSeconds(*calendar),
                                              calendar->workingDaySeconds())));
    int height = m_standards->horizontalHeader()->height() + 2 * m_standards->frameWidth();
    for (int line = 0; line < m_standards->rowCount(); ++line)
        height += m_standards->rowHeight(line);
    m_standards->setFixedHeight(height);
}

void OfficeCalendarEditor::save()
{
    if (Status valid = SettingsService::checkOfficeHours(m_start->time(), m_end->time());
        !valid.ok())
        return showRefusal(valid.error());
    auto weekdays = SettingsService::workingDaysText(shownWeekdays());
    if (!weekdays.ok())
        return showRefusal(weekdays.error());
    const QHash<QString, QString> values{
        {DocumentService::kPaperKey, nameOf(m_a4->isChecked() ? Paper::A4 : Paper::F4)},
        {SettingsService::kOfficeStartKey, m_start->time().toString(kTimeFormat)},
        {SettingsService::kOfficeEndKey, m_end->time().toString(kTimeFormat)},
        {SettingsService::kWorkingDaysKey, *weekdays}};
    if (Status saved = SettingsService(ui().db).saveRows(m_read, values); !saved.ok())
        return showRefusal(saved.error());
    reload();
    confirmSaved(tr("Paper, office hours and working days were saved."));
}

} // namespace kolokasi
