#include "SetupWizard.h"

#include "SetupAgencyPage.h"
#include "SetupDataCentrePage.h"
#include "SetupFacilitiesPage.h"
#include "SetupFirstUnitPage.h"
#include "SetupPeoplePage.h"
#include "SetupWelcomePage.h"
#include "services/SetupService.h"
#include "widgets/Dialogs.h"
#include "widgets/FormBinding.h"

#include <QAbstractButton>
#include <QIcon>

namespace kolokasi {

SetupWizard::SetupWizard(Database &db, Dialogs &dialogs, QWidget *parent)
    : QWizard(parent), m_db(db), m_dialogs(dialogs), m_welcome(new SetupWelcomePage(this))
{
    setObjectName(QStringLiteral("setupWizard"));
    setWindowTitle(tr("Setting up Kolokasi"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/kolokasi.png")));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    // Debian ships no Indonesian catalogue for Qt's own buttons: the project names them.
    setButtonText(QWizard::BackButton, tr("< Back"));
    setButtonText(QWizard::NextButton, tr("Next >"));
    setButtonText(QWizard::FinishButton, tr("Finish"));
    setButtonText(QWizard::CancelButton, tr("Cancel"));
    button(BackButton)->setObjectName(QStringLiteral("setupBack"));
    button(NextButton)->setObjectName(QStringLiteral("setupNext"));
    button(FinishButton)->setObjectName(QStringLiteral("setupFinish"));
    button(CancelButton)->setObjectName(QStringLiteral("setupCancel"));

    addPage(m_welcome);
    m_pages = {new SetupAgencyPage(dialogs, this), new SetupPeoplePage(this),
               new SetupDataCentrePage(this), new SetupFacilitiesPage(this),
               new SetupFirstUnitPage(this)};
    for (SetupPage *page : std::as_const(m_pages)) {
        addPage(page);
        connect(page, &QWizardPage::completeChanged, this, &SetupWizard::updateNextReason);
    }
    connect(this, &QWizard::currentIdChanged, this, &SetupWizard::updateNextReason);
    m_welcome->setDemoAvailable(false);
    resize(760, 600);
}

void SetupWizard::setDemoFiller(std::function<Status()> filler)
{
    m_demoFiller = std::move(filler);
    m_welcome->setDemoAvailable(bool(m_demoFiller));
}

// The reason Next (or Finish) is disabled, also in its tooltip.
void SetupWizard::updateNextReason()
{
    const auto *page = qobject_cast<const SetupPage *>(currentPage());
    const QString why = page ? page->reason() : QString();
    button(NextButton)->setToolTip(why);
    button(FinishButton)->setToolTip(why);
}

Status SetupWizard::write()
{
    if (m_welcome->wantsDemo())
        return m_demoFiller();
    InitialSetupData setup;
    for (const SetupPage *page : std::as_const(m_pages))
        page->apply(setup);
    return SetupService(m_db).write(setup);
}

void SetupWizard::showOnItsPage(const Error &error)
{
    for (SetupPage *page : std::as_const(m_pages)) {
        if (!page->binding()->widgetFor(error.field))
            continue;
        while (currentPage() != page && currentId() > startId())
            back();
        page->binding()->markField(error);
        return;
    }
}

void SetupWizard::accept()
{
    if (Status written = write(); !written.ok()) {
        // Nothing was stored: the admin corrects the field on its page and goes on again.
        m_dialogs.warning(this, tr("Setting up Kolokasi"), written.error().message);
        showOnItsPage(written.error());
        return;
    }
    m_filledDemo = m_welcome->wantsDemo();
    QWizard::accept();
}

} // namespace kolokasi
