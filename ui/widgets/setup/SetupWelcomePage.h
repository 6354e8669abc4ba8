#pragma once

#include <QWizardPage>

class QLabel;
class QRadioButton;

namespace kolokasi {

/// The guide's first page: what it will ask, and the choice between setting up this agency's
/// data centre and trying the program with the sample data (then it is the last page).
class SetupWelcomePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit SetupWelcomePage(QWidget *parent = nullptr);

    bool wantsDemo() const;
    /// Offers the sample data only when the program can fill it.
    void setDemoAvailable(bool available);
    int nextId() const override;

private:
    QRadioButton *m_own;
    QRadioButton *m_demo;
    QLabel *m_demoHint;
};

} // namespace kolokasi
