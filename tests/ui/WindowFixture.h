#pragma once

// The real main window over a fresh database with a small data centre, for GUI tests: the
// workflow session's fixed clock and request driver, scripted dialogs (a test never blocks
// on a modal question) and settings in a temporary folder. start() in init(), stop() in
// cleanup().
#include "../workflow/WorkflowFixture.h"
#include "MainWindow.h"
#include "ScriptedDialogs.h"
#include "UiContext.h"
#include "domain/Signatory.h"
#include "pages/Page.h"
#include "store/RequestRepository.h"
#include "services/SettingsService.h"
#include "workflow/ChangeNotifier.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

namespace kolokasi::test {

class WindowFixture
{
public:
    Status start()
    {
        m_settings = std::make_unique<QTemporaryDir>();
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings->path());
        if (Status started = session.start(); !started.ok())
            return started;
        db().setActor(QStringLiteral("AHMAD FAUZI, S.T."));
        SettingsService settings(db());
        if (Status saved = settings.saveSignatory(
                {Signatory::kDataCentreOfficer, QStringLiteral("AHMAD FAUZI, S.T."),
                 QStringLiteral("198505122010011004"), QStringLiteral("Personil Data Center")});
            !saved.ok())
            return saved;
        m_workflow = std::make_unique<RequestWorkflow>(db());
        m_notifier = std::make_unique<ChangeNotifier>(db());
        m_workflow->setNotifier(m_notifier.get());
        if (Status watching = m_notifier->watch(); !watching.ok())
            return watching;
        m_context =
            std::make_unique<UiContext>(UiContext{db(), *m_workflow, dialogs, session.clock});
        return {};
    }

    /// What printing needs besides the officer (DocumentService refuses without it): the
    /// agency's letterhead, the head of division who signs, and a chosen numbering pattern.
    /// Not in start(): the settings pages are tested from what a new office has, nothing.
    Status completeDocumentSettings()
    {
        SettingsService settings(db());
        if (Status saved =
                settings.saveAgencyProfile({QStringLiteral("PEMERINTAH KABUPATEN CIREBON"),
                                            QStringLiteral("DINAS KOMUNIKASI DAN INFORMATIKA"),
                                            QStringLiteral("BIDANG TEKNOLOGI INFORMATIKA"),
                                            QStringLiteral("Jln. Sunan Drajat No.15"),
                                            QStringLiteral("(0231) 8330580"),
                                            QStringLiteral("diskominfo@cirebonkab.go.id"),
                                            QStringLiteral("diskominfo.cirebonkab.go.id"),
                                            QStringLiteral("Sumber"),
                                            {}});
            !saved.ok())
            return saved;
        if (Status saved = settings.saveSignatory(
                {Signatory::kHeadOfDivision, QStringLiteral("Ir. HENDRA GUNAWAN, M.T."),
                 QStringLiteral("197203151998031007"),
                 QStringLiteral("Kepala Bidang Teknologi Informatika")});
            !saved.ok())
            return saved;
        return settings.setValue(QStringLiteral("numbering/default"),
                                 QStringLiteral("050/{seq:4}/{code}/Aptika/{year}"));
    }

    void stop()
    {
        m_window.reset();
        m_context.reset();
        m_workflow.reset();
        m_notifier.reset();
        session.stop();
        dialogs = ScriptedDialogs();
    }

    /// The window, opened on first use (its last size and page from settings).
    MainWindow &window()
    {
        if (!m_window) {
            m_window = std::make_unique<MainWindow>(*m_context);
            m_window->show();
            if (!QTest::qWaitForWindowExposed(m_window.get()))
                qFatal("fixture: the window was not shown");
        }
        return *m_window;
    }
    /// Closes the window as the user does (it asks through the dialogs and saves settings).
    bool closeWindow()
    {
        if (!m_window->close())
            return false;
        m_window.reset();
        return true;
    }

    template <typename T> T *find(const QString &objectName)
    {
        T *found = window().findChild<T *>(objectName);
        if (!found)
            qFatal("no %s named %s", T::staticMetaObject.className(), qPrintable(objectName));
        return found;
    }

    Database &db() { return session.db(); }
    UiContext &context() { return *m_context; }
    Request request(qint64 id) { return must(RequestRepository(db()).find(id), "request"); }
    /// A request registered and taken through the workflow up to `step` (done).
    qint64 requestAt(int step)
    {
        const qint64 id = session.driver().registerLetter(session.driver().letter());
        session.driver().advanceTo(id, step);
        return id;
    }

    WorkflowSession session;
    ScriptedDialogs dialogs;

private:
    std::unique_ptr<QTemporaryDir> m_settings;
    std::unique_ptr<ChangeNotifier> m_notifier;
    std::unique_ptr<RequestWorkflow> m_workflow;
    std::unique_ptr<UiContext> m_context;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace kolokasi::test
