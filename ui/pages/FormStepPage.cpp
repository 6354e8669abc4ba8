#include "FormStepPage.h"

#include "UiContext.h"
#include "widgets/FormParts.h"
#include "widgets/MessageBar.h"
#include "widgets/SaveAction.h"
#include "widgets/SaveGate.h"
#include "widgets/ValidatedLineEdit.h"
#include "workflow/RequestWorkflow.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace kolokasi {

namespace {
/// Refusals that mean someone else moved the request on since this page was loaded.
bool changedMeanwhile(const Error &error)
{
    return error.code == QLatin1String("stale") || error.code == QLatin1String("wrong_step") ||
           error.code == QLatin1String("request_closed");
}
} // namespace

FormStepPage::FormStepPage(UiContext &context, const QString &title, QWidget *parent)
    : StepPage(context, parent)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *titleLine = new QHBoxLayout;
    m_title = new QLabel(title, this);
    m_title->setObjectName(QStringLiteral("stepTitle"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_save = new QPushButton(tr("Save"), this);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setAutoDefault(false); // Enter in a field never submits the form
    m_save->setDefault(false);
    titleLine->addWidget(m_title, 1);
    titleLine->addWidget(m_save);
    outer->addLayout(titleLine);
    m_messageBar = new MessageBar(this);
    outer->addWidget(m_messageBar);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("stepScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_content = new QWidget(scroll);
    m_body = new QVBoxLayout(m_content);
    m_body->setContentsMargins(0, 4, 8, 4);
    auto *formHolder = new QWidget(m_content);
    m_form = makeFormLayout(formHolder);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_body->addWidget(formHolder);
    scroll->setWidget(m_content);
    outer->addWidget(scroll, 1);

    m_gate = new SaveGate(m_save, this);
    connect(m_save, &QPushButton::clicked, this, &FormStepPage::save);
    m_saveAction = new SaveAction(m_save, this);
    m_saveAction->setObjectName(QStringLiteral("saveStepAction"));
}

QAction *FormStepPage::saveAction() const
{
    return m_saveAction;
}

QString FormStepPage::message() const
{
    return m_messageBar->text();
}

void FormStepPage::load(qint64 requestId)
{
    m_loading = true;
    m_requestId = requestId;
    m_messageBar->hideMessage();
    RequestDossier dossier;
    if (requestId > 0) {
        auto read = context().workflow.dossier(requestId);
        if (!read.ok()) {
            m_loading = false;
            showRefusal(read.error());
            return;
        }
        dossier = std::move(read).value();
    }
    clearMarks();
    fill(dossier);
    alignFormLabels();
    for (const QPointer<ValidatedLineEdit> &field : m_watched) {
        if (field)
            field->clearProblem();
    }
    m_gate->update();
    m_dirty = false;
    m_loading = false;
    putSaveLastInTabOrder();
}

// Simpan sits on the title line but comes last by Tab: from the form's first field to Simpan.
void FormStepPage::putSaveLastInTabOrder()
{
    QWidget *last = nullptr;
    for (QWidget *next = nextInFocusChain(); next && next != this;
         next = next->nextInFocusChain()) {
        if (m_content->isAncestorOf(next) && (next->focusPolicy() & Qt::TabFocus))
            last = next;
    }
    if (last)
        QWidget::setTabOrder(last, m_save);
}

void FormStepPage::alignFormLabels()
{
    QList<QWidget *> labels;
    int width = 0;
    for (QFormLayout *form : findChildren<QFormLayout *>()) {
        for (int row = 0; row < form->rowCount(); ++row) {
            QLayoutItem *item = form->itemAt(row, QFormLayout::LabelRole);
            if (!item || !item->widget())
                continue;
            labels.append(item->widget());
            width = qMax(width, item->widget()->sizeHint().width());
        }
    }
    for (QWidget *label : labels) {
        label->setMinimumWidth(width);
        if (auto *text = qobject_cast<QLabel *>(label))
            text->setAlignment(Qt::AlignRight |
                               Qt::AlignVCenter); // the wider label stays right-aligned
    }
}

QWidget *FormStepPage::widgetForField(const QString &field) const
{
    QString name = field;
    while (!name.isEmpty()) {
        if (QWidget *widget = m_fields.value(name))
            return widget;
        const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
        name = dot < 0 ? QString() : name.left(dot);
    }
    return nullptr;
}

void FormStepPage::trackChanges(QWidget *widget)
{
    const auto mark = [this] { markDirty(); };
    for (auto *edit : widget->findChildren<QLineEdit *>())
        connect(edit, &QLineEdit::textEdited, this, mark);
    for (auto *edit : widget->findChildren<QPlainTextEdit *>())
        connect(edit, &QPlainTextEdit::textChanged, this, mark);
    for (auto *box : widget->findChildren<QComboBox *>())
        connect(box, &QComboBox::currentIndexChanged, this, mark);
    for (auto *date : widget->findChildren<QDateEdit *>())
        connect(date, &QDateEdit::dateChanged, this, mark);
    for (auto *spin : widget->findChildren<QSpinBox *>())
        connect(spin, &QSpinBox::valueChanged, this, mark);
    for (auto *button : widget->findChildren<QAbstractButton *>()) {
        if (button->isCheckable())
            connect(button, &QAbstractButton::toggled, this, mark);
    }
}

void FormStepPage::markDirty()
{
    if (!m_loading)
        m_dirty = true;
}

void FormStepPage::watch(ValidatedLineEdit *field)
{
    m_watched.append(field);
    m_gate->watch(field);
}

bool FormStepPage::validateFields()
{
    QWidget *firstBad = nullptr;
    for (const QPointer<ValidatedLineEdit> &field : m_watched) {
        if (field && field->isEnabled() && !field->validateNow() && !firstBad)
            firstBad = field;
    }
    m_gate->update();
    if (firstBad)
        firstBad->setFocus();
    return !firstBad && m_gate->reason().isEmpty();
}

void FormStepPage::save()
{
    m_messageBar->hideMessage();
    clearMarks();
    if (!validateFields())
        return;
    if (const QList<Error> found = problems(); !found.isEmpty()) {
        showProblems(found);
        return;
    }
    bool cancelled = false;
    const Status outcome = submit(&cancelled);
    if (!outcome.ok()) {
        showRefusal(outcome.error());
        return;
    }
    if (cancelled)
        return;
    m_dirty = false;
    emit saved(m_requestId);
}

void FormStepPage::showRefusal(const Error &error)
{
    if (changedMeanwhile(error) && m_requestId > 0) {
        offerReload(error);
        return;
    }
    showProblems({error});
}

void FormStepPage::showProblems(const QList<Error> &problems)
{
    if (problems.isEmpty())
        return;
    QStringList messages;
    QWidget *first = nullptr;
    for (const Error &problem : problems) {
        if (!messages.contains(problem.message))
            messages.append(problem.message);
        QWidget *widget = widgetForField(problem.field);
        if (!widget)
            continue;
        markField(widget, problem.message);
        if (!first)
            first = widget;
    }
    m_messageBar->showMessage(messages.join(QLatin1Char('\n')), MessageBar::Kind::Error);
    if (first)
        first->setFocus(Qt::OtherFocusReason);
}

void FormStepPage::markField(QWidget *widget, const QString &message)
{
    if (auto *field = qobject_cast<ValidatedLineEdit *>(widget)) {
        field->showProblem(message);
        return;
    }
    // The frame names no class: the same mark fits a line edit, a list, a date or a note.
    widget->setStyleSheet(QStringLiteral("border: 1px solid #c0392b;"));
    widget->setToolTip(message);
    m_marked.append(widget);
}

void FormStepPage::clearMarks()
{
    for (const QPointer<QWidget> &widget : std::as_const(m_marked)) {
        if (!widget)
            continue;
        widget->setStyleSheet({});
        widget->setToolTip({});
    }
    m_marked.clear();
}

void FormStepPage::offerReload(const Error &error)
{
    QString text = error.message;
    auto history = context().workflow.history(m_requestId);
    if (history.ok() && !history->isEmpty()) {
        const RequestEvent &last = history->last();
        text =
            tr("%1 changed this request on %2. Nothing of yours was saved; reload to see the "
               "request "
               "as it is now.")
                .arg(last.actor.isEmpty() ? tr("Another admin") : last.actor,
                     QLocale().toString(last.at.toLocalTime(), QStringLiteral("dd/MM/yyyy HH:mm")));
    }
    m_messageBar->showMessage(text, MessageBar::Kind::Warning);
    m_messageBar->setAction(tr("Reload"), [this] { load(m_requestId); });
}

void FormStepPage::showNotice(const QString &text)
{
    m_messageBar->showMessage(text, MessageBar::Kind::Information);
}

void FormStepPage::setEditable(bool editable)
{
    // Texts become read-only rather than disabled: a done step stays readable at full
    // contrast; choices that cannot be read-only (lists, dates, buttons) are disabled.
    for (auto *edit : m_content->findChildren<QLineEdit *>()) {
        if (!qobject_cast<QComboBox *>(edit->parentWidget()) &&
            !qobject_cast<QAbstractSpinBox *>(edit->parentWidget()))
            edit->setReadOnly(!editable || edit->property("alwaysReadOnly").toBool());
    }
    for (auto *edit : m_content->findChildren<QPlainTextEdit *>())
        edit->setReadOnly(!editable || edit->property("alwaysReadOnly").toBool());
    for (auto *widget : m_content->findChildren<QWidget *>()) {
        if (qobject_cast<QComboBox *>(widget) || qobject_cast<QAbstractSpinBox *>(widget) ||
            qobject_cast<QAbstractButton *>(widget))
            widget->setEnabled(editable);
    }
    m_save->setVisible(editable);
}

} // namespace kolokasi
