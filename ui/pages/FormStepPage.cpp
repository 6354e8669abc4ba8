#include "FormStepPage.h"

#include "UiContext.h"
#include "widgets/FormBinding.h"
#include "widgets/FormParts.h"
#include "widgets/MessageBar.h"
#include "widgets/SaveGate.h"
#include "widgets/ValidatedLineEdit.h"
#include "workflow/RequestWorkflow.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace kolokasi {

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

    m_binding = new FormBinding(this, m_messageBar, m_save);
    m_binding->saveAction()->setObjectName(QStringLiteral("saveStepAction"));
    m_binding->setReload([this] { load(m_requestId); },
                         [this](const Error &error) { return changedMeanwhileText(error); });
    connect(m_save, &QPushButton::clicked, this, &FormStepPage::save);
}

QAction *FormStepPage::saveAction() const
{
    return m_binding->saveAction();
}

SaveGate *FormStepPage::saveGate() const
{
    return m_binding->gate();
}

bool FormStepPage::hasUnsavedInput() const
{
    return m_binding->isDirty();
}

bool FormStepPage::isLoading() const
{
    return m_binding->isLoading();
}

QString FormStepPage::message() const
{
    return m_binding->message();
}

void FormStepPage::mapField(const QString &field, QWidget *widget)
{
    m_binding->bind(field, widget);
}

void FormStepPage::load(qint64 requestId)
{
    m_requestId = requestId;
    m_binding->hideMessage();
    RequestDossier dossier;
    if (requestId > 0) {
        auto read = context().workflow.dossier(requestId);
        if (!read.ok()) {
            showRefusal(read.error());
            return;
        }
        dossier = std::move(read).value();
    }
    m_binding->setLoading(true);
    m_binding->clearMarks();
    fill(dossier);
    alignFormLabels();
    m_binding->resetProblems();
    m_binding->markClean();
    m_binding->setLoading(false);
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

void FormStepPage::trackChanges(QWidget *widget)
{
    m_binding->trackChanges(widget);
}

void FormStepPage::markDirty()
{
    m_binding->markDirty();
}

void FormStepPage::watch(ValidatedLineEdit *field)
{
    m_binding->watch(field);
}

void FormStepPage::save()
{
    m_binding->hideMessage();
    m_binding->clearMarks();
    if (!m_binding->validateWatched())
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
    m_binding->markClean();
    emit saved(m_requestId);
}

void FormStepPage::showRefusal(const Error &error)
{
    if (m_requestId > 0)
        m_binding->showRefusal(error);
    else
        m_binding->showProblems({error}); // a new request: nothing stored to reload
}

void FormStepPage::showProblems(const QList<Error> &problems)
{
    m_binding->showProblems(problems);
}

QString FormStepPage::changedMeanwhileText(const Error &error) const
{
    auto history = context().workflow.history(m_requestId);
    if (!history.ok() || history->isEmpty())
        return error.message;
    const RequestEvent &last = history->last();
    return tr("%1 changed this request on %2. Nothing of yours was saved; reload to see the "
              "request "
              "as it is now.")
        .arg(last.actor.isEmpty() ? tr("Another admin") : last.actor,
             QLocale().toString(last.at.toLocalTime(), QStringLiteral("dd/MM/yyyy HH:mm")));
}

void FormStepPage::showNotice(const QString &text)
{
    m_binding->showNotice(text);
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
