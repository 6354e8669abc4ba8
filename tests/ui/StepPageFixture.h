#pragma once

// What the step-page GUI tests share: a workflow session with a data centre, the scripted
// dialogs, the UI context over them, and small helpers to find and drive a page's widgets.
#include "../workflow/WorkflowFixture.h"
#include "ScriptedDialogs.h"
#include "TestEnvironment.h"
#include "UiContext.h"
#include "pages/FormStepPage.h"
#include "pages/StepPages.h"
#include "store/RequestRepository.h"
#include "widgets/OfficerDialog.h"
#include "widgets/SearchableComboBox.h"
#include "widgets/ValidatedLineEdit.h"

#include <QApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStyleFactory>
#include <QtTest>

#include <memory>

namespace kolokasi::test {

inline void prepareGuiTests()
{
    prepareTestEnvironment();
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
}

/// One page of the procedure over a fresh database, shown at the size of an office screen.
class StepPageSession
{
public:
    Status start()
    {
        if (Status started = session.start(); !started.ok())
            return started;
        m_workflow = std::make_unique<RequestWorkflow>(session.db());
        m_context = std::make_unique<UiContext>(
            UiContext{session.db(), *m_workflow, dialogs, session.clock});
        return {};
    }

    void stop()
    {
        m_page.reset();
        m_context.reset();
        m_workflow.reset();
        session.stop();
    }

    /// A new page of `kind` showing `requestId`.
    FormStepPage *open(StepPageKind kind, qint64 requestId)
    {
        m_page.reset(qobject_cast<FormStepPage *>(createStepPage(kind, *m_context)));
        if (!m_page)
            qFatal("no page for kind %d", int(kind));
        m_page->resize(1100, 700);
        m_page->show();
        m_page->activateWindow(); // a refusal moves the focus: the window must have it
        if (!QTest::qWaitForWindowActive(m_page.get()))
            qWarning("the page's window did not become active");
        m_page->load(requestId);
        return m_page.get();
    }

    Request request(qint64 id) { return must(RequestRepository(session.db()).find(id), "request"); }

    WorkflowSession session;
    ScriptedDialogs dialogs;

private:
    std::unique_ptr<RequestWorkflow> m_workflow;
    std::unique_ptr<UiContext> m_context;
    std::unique_ptr<FormStepPage> m_page;
};

template <typename T> T *widget(QWidget *page, const QString &name)
{
    T *found = page->findChild<T *>(name);
    if (!found)
        qFatal("no widget %s named %s", T::staticMetaObject.className(), qPrintable(name));
    return found;
}

inline QPushButton *saveButton(QWidget *page)
{
    return widget<QPushButton>(page, QStringLiteral("saveButton"));
}

/// Types into a validated field and leaves it, as a user does.
inline void typeInto(ValidatedLineEdit *field, const QString &text)
{
    field->lineEdit()->clear();
    QTest::keyClicks(field->lineEdit(), text);
    emit field->lineEdit()->editingFinished();
}

/// Types `name` into `picker` in place of what it shows and presses Enter, as a user asks for
/// a record that is not there yet: the "Add … new" dialog that opened, null if none did.
template <typename Dialog>
Dialog *askToAdd(QWidget *page, SearchableComboBox *picker, const QString &name)
{
    picker->lineEdit()->setFocus();
    picker->lineEdit()->selectAll();
    QTest::keyClicks(picker->lineEdit(), name);
    QTest::keyClick(picker->lineEdit(), Qt::Key_Return);
    auto *dialog = page->findChild<Dialog *>();
    return dialog && QTest::qWaitFor([dialog] { return dialog->isVisible(); }) ? dialog : nullptr;
}

/// Types the officer dialog's number (and position, when given) and saves with Enter: true
/// once the dialog has closed.
inline bool saveOfficerDialog(QWidget *page, OfficerDialog *dialog, const QString &number,
                              const QString &position = {})
{
    QLineEdit *last =
        widget<ValidatedLineEdit>(dialog, QStringLiteral("officerNumber"))->lineEdit();
    QTest::keyClicks(last, number);
    if (!position.isEmpty()) {
        last = widget<QLineEdit>(dialog, QStringLiteral("officerPosition"));
        QTest::keyClicks(last, position);
    }
    QTest::keyClick(last, Qt::Key_Return);
    return QTest::qWaitFor([page] { return !page->findChild<OfficerDialog *>(); });
}

/// Types `text` into `picker` in place of what it shows and leaves it with Tab: true once
/// the focus has left it.
inline bool typeAndLeave(SearchableComboBox *picker, const QString &text)
{
    picker->window()->activateWindow(); // back from a dialog
    if (!QTest::qWaitForWindowActive(picker->window()))
        return false;
    picker->lineEdit()->setFocus();
    picker->lineEdit()->selectAll();
    QTest::keyClicks(picker->lineEdit(), text);
    QTest::keyClick(picker->lineEdit(), Qt::Key_Tab);
    return QTest::qWaitFor([picker] { return !picker->lineEdit()->hasFocus(); });
}

} // namespace kolokasi::test
