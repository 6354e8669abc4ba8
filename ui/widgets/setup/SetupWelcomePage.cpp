#include "SetupWelcomePage.h"

#include "widgets/FormParts.h"

#include <QButtonGroup>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace kolokasi {

SetupWelcomePage::SetupWelcomePage(QWidget *parent) : QWizardPage(parent)
{
    setObjectName(QStringLiteral("setupWelcomePage"));
    setTitle(tr("Welcome to Kolokasi"));
    setSubTitle(tr("The database is still empty. This guide sets up what the first request "
                   "needs; everything can be changed later."));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("You will be asked for the agency and its letterhead, the Kepala Bidang and the data "
           "centre officer who sign the forms, the NOC with its racks, the facility budgets "
           "(UPS, genset, bandwidth), a public IP pool and, if you like, the first unit."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addSpacing(12);
    m_own = new QRadioButton(tr("Set up our data centre"), this);
    m_own->setObjectName(QStringLiteral("setupOwn"));
    m_demo = new QRadioButton(tr("Try it with sample data"), this);
    m_demo->setObjectName(QStringLiteral("setupDemo"));
    auto *group = new QButtonGroup(this);
    group->addButton(m_own);
    group->addButton(m_demo);
    m_own->setChecked(true);
    layout->addWidget(m_own);
    layout->addWidget(m_demo);
    m_demoHint = makeHint(tr("The sample data is a made-up data centre of Kabupaten Cirebon with "
                             "requests at every step; use a new database for your own data."),
                          this);
    layout->addWidget(m_demoHint);
    layout->addStretch();
    // Choosing the sample data makes this the last page: Next becomes Finish.
    connect(m_demo, &QRadioButton::toggled, this, &QWizardPage::setFinalPage);
}

void SetupWelcomePage::setDemoAvailable(bool available)
{
    m_demo->setVisible(available);
    m_demoHint->setVisible(available);
    if (!available)
        m_own->setChecked(true);
}

bool SetupWelcomePage::wantsDemo() const
{
    return m_demo->isChecked();
}

int SetupWelcomePage::nextId() const
{
    return wantsDemo() ? -1 : QWizardPage::nextId();
}

} // namespace kolokasi
