#pragma once

#include "common/Result.h"

#include <QWizard>

#include <functional>

namespace kolokasi {

class Database;
class Dialogs;
class SetupPage;
class SetupWelcomePage;

/// The first-run guide, shown instead of empty pages when the database holds nothing yet.
/// Finish writes everything in one transaction (InitialSetup); Cancel writes nothing, so the
/// guide comes again at the next start. On the first page the admin may choose the sample
/// data instead, which the program fills through the filler it is given.
class SetupWizard : public QWizard
{
    Q_OBJECT

public:
    SetupWizard(Database &db, Dialogs &dialogs, QWidget *parent = nullptr);

    /// Fills the sample data into the empty database (the demo); without one, the choice is
    /// not offered.
    void setDemoFiller(std::function<Status()> filler);
    /// True after Finish with the sample data chosen.
    bool filledDemo() const { return m_filledDemo; }

    void accept() override;

private:
    void updateNextReason();
    Status write();
    /// Goes back to the page holding the field a refusal names, and marks and focuses it.
    void showOnItsPage(const Error &error);

    Database &m_db;
    Dialogs &m_dialogs;
    SetupWelcomePage *m_welcome;
    QList<SetupPage *> m_pages;
    std::function<Status()> m_demoFiller;
    bool m_filledDemo = false;
};

} // namespace kolokasi
