#include "NumberingEditor.h"
#include "FormBinding.h"

#include "DocumentSource.h"
#include "FormParts.h"
#include "SaveGate.h"
#include "UiContext.h"
#include "ValidatedLineEdit.h"
#include "common/Clock.h"
#include "documents/DocumentKind.h"
#include "store/DocumentNumbering.h"

#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>

namespace kolokasi {

namespace {
Status checkPattern(const QString &text)
{
    return DocumentNumbering::validatePattern(text.trimmed());
}
} // namespace

NumberingEditor::NumberingEditor(UiContext &context, QWidget *parent)
    : SettingsSection(context, QStringLiteral("numberingEditor"), parent),
      m_shared(addPatternEdit(QStringLiteral("sharedPattern"))),
      m_unitCode(addPatternEdit(QStringLiteral("unitCode")))
{
    m_shared->setRule(checkPattern);
    m_shared->setRequired(
        tr("Enter the pattern every document uses, e.g. 500.12.15/{seq:4}/{code}/{unit}/{year}."));
    m_unitCode->lineEdit()->setPlaceholderText(DocumentNumbering::kDefaultUnitCode);
    binding()->bind(DocumentNumbering::kSharedPatternKey, m_shared);
    binding()->bind(DocumentNumbering::kUnitCodeKey, m_unitCode);
    body()->addWidget(makeHint(
        tr("{seq} or {seq:4} is the sequence number (4: zero-padded to four digits), {year} "
           "the year (the sequence starts again every year), {month} and {roman_month} the "
           "month, {code} the document's short code, {unit} the office code. Changing a "
           "pattern never resets a sequence."),
        this));
    auto *grid = new QGridLayout;
    grid->setColumnStretch(1, 1);
    grid->addWidget(new QLabel(tr("Shared pattern:"), this), 0, 0, Qt::AlignRight);
    grid->addWidget(m_shared, 0, 1);
    grid->addWidget(new QLabel(tr("Office code {unit}:"), this), 1, 0, Qt::AlignRight);
    grid->addWidget(m_unitCode, 1, 1);
    auto *patternHeading =
        makeSectionHeading(tr("Pattern per document (blank: the shared pattern)"), this);
    grid->addWidget(patternHeading, 2, 0, 1, 2);
    auto *nextHeading = makeSectionHeading(tr("Next number"), this);
    grid->addWidget(nextHeading, 2, 2);
    int line = 3;
    for (DocumentKind kind : allDocumentKinds())
        addRow(grid, line++, nameOf(kind), DocumentSource::titleOf(kind));
    auto *holder = new QWidget(this);
    setMaximumWidth(kFormMaxWidth + 250); // room for the next numbers
    holder->setLayout(grid);
    grid->setContentsMargins(0, 0, 0, 0);
    body()->addWidget(holder);
    reload();
}

QString NumberingEditor::title() const
{
    return tr("Numbering");
}

ValidatedLineEdit *NumberingEditor::addPatternEdit(const QString &objectName)
{
    auto *edit = new ValidatedLineEdit(this);
    edit->setObjectName(objectName);
    gate()->watch(edit);
    connect(edit, &ValidatedLineEdit::edited, this, [this] {
        markEdited();
        updatePreviews();
    });
    return edit;
}

void NumberingEditor::addRow(QGridLayout *grid, int line, const QString &docType,
                             const QString &label)
{
    Row row{docType, addPatternEdit(docType), new QLabel(this)};
    row.pattern->setRule([](const QString &text) {
        return text.trimmed().isEmpty() ? Status() : checkPattern(text);
    });
    row.next->setObjectName(docType + QStringLiteral("Next"));
    row.next->setTextInteractionFlags(Qt::TextSelectableByMouse);
    grid->addWidget(new QLabel(label + QLatin1Char(':'), this), line, 0,
                    Qt::AlignRight | Qt::AlignVCenter);
    grid->addWidget(row.pattern, line, 1);
    grid->addWidget(row.next, line, 2, Qt::AlignVCenter);
    binding()->bind(DocumentNumbering::patternKey(docType), row.pattern);
    m_rows.append(row);
}

QStringList NumberingEditor::keys() const
{
    QStringList all{DocumentNumbering::kSharedPatternKey, DocumentNumbering::kUnitCodeKey};
    for (const Row &row : m_rows)
        all.append(DocumentNumbering::patternKey(row.docType));
    return all;
}

void NumberingEditor::reload()
{
    auto read = SettingsService(ui().db).rows(keys());
    if (!read.ok())
        return showRefusal(read.error());
    m_read = *read;
    const QString shared = m_read.value(DocumentNumbering::kSharedPatternKey).value;
    m_shared->setText(shared.isEmpty() ? DocumentNumbering::kDefaultPattern : shared);
    m_unitCode->setText(m_read.value(DocumentNumbering::kUnitCodeKey).value);
    for (const Row &row : std::as_const(m_rows))
        row.pattern->setText(m_read.value(DocumentNumbering::patternKey(row.docType)).value);
    for (ValidatedLineEdit *field : findChildren<ValidatedLineEdit *>())
        field->clearProblem();
    updatePreviews();
    markClean();
}

void NumberingEditor::updatePreviews()
{
    const DocumentNumbering numbering(ui().db);
    const QDate today = ui().clock.now().date();
    for (const Row &row : std::as_const(m_rows)) {
        const QString own = row.pattern->text().trimmed();
        auto next =
            numbering.previewNext(row.docType, own.isEmpty() ? m_shared->text().trimmed() : own,
                                  m_unitCode->text().trimmed(), today);
        // A pattern being typed is often incomplete: the field says why, the preview stays calm.
        row.next->setText(next.ok() ? *next : QStringLiteral("—"));
    }
}

QString NumberingEditor::nextNumberShown(const QString &docType) const
{
    for (const Row &row : m_rows) {
        if (row.docType == docType)
            return row.next->text();
    }
    return {};
}

void NumberingEditor::save()
{
    QHash<QString, QString> values{
        {DocumentNumbering::kSharedPatternKey, m_shared->text().trimmed()},
        {DocumentNumbering::kUnitCodeKey, m_unitCode->text().trimmed()}};
    for (const Row &row : std::as_const(m_rows)) {
        const QString key = DocumentNumbering::patternKey(row.docType);
        values.insert(key, row.pattern->text().trimmed());
        if (!row.pattern->validateNow())
            return showRefusal(
                Error{QStringLiteral("pattern_invalid"), row.pattern->problem(), key});
    }
    if (!m_shared->validateNow())
        return showRefusal(Error{QStringLiteral("pattern_invalid"), m_shared->problem(),
                                 DocumentNumbering::kSharedPatternKey});
    // The built-in pattern shown when none was set is stored as it is when saved: keeping it
    // is the agency's choice, and printing waits for a chosen pattern (DocumentService).
    if (Status saved = SettingsService(ui().db).saveRows(m_read, values); !saved.ok())
        return showRefusal(saved.error());
    reload();
    confirmSaved(tr("The numbering patterns were saved; the sequences go on where they were."));
}

} // namespace kolokasi
