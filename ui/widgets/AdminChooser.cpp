#include "AdminChooser.h"

#include "Dialogs.h"
#include "domain/Signatory.h"
#include "store/Database.h"
#include "services/SettingsService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

#include <algorithm>

namespace kolokasi {

namespace {
const QString kRememberedKey = QStringLiteral("window/admin");

int roleOrder(const QString &role)
{
    if (role == Signatory::kDataCentreOfficer)
        return 0;
    if (role == Signatory::kHeadOfDivision)
        return 1;
    return 2;
}
} // namespace

AdminChooser::AdminChooser(const QStringList &officers, const QString &preselected, QWidget *parent)
    : QDialog(parent), m_names(new QComboBox(this))
{
    setObjectName(QStringLiteral("adminChooser"));
    setWindowTitle(tr("Sign in"));
    m_names->setObjectName(QStringLiteral("adminName"));
    m_names->setMinimumContentsLength(28);
    m_names->addItems(officers);
    auto *intro = new QLabel(tr("Who is working? Every step you record carries this name."), this);
    intro->setWordWrap(true);
    auto *missing = new QLabel(this);
    missing->setObjectName(QStringLiteral("adminMissing"));
    missing->setWordWrap(true);
    if (officers.isEmpty()) {
        // No officer is recorded yet (a database filled by an import): say where to add one and
        // let the admin type a name until then.
        m_names->setEditable(true);
        m_names->setInsertPolicy(QComboBox::NoInsert);
        m_names->setCurrentText(preselected);
        missing->setText(tr("No data-centre officer is recorded yet: add one in Settings › "
                            "Signatories. Until then, type your name."));
    } else {
        // Only the data centre's own officers act: a typed name never becomes the actor.
        const int index = officers.indexOf(preselected);
        m_names->setCurrentIndex(index < 0 ? 0 : index);
        missing->hide();
    }

    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight);
    form->addRow(tr("Admin:"), m_names);

    auto *buttons = new QDialogButtonBox(this);
    m_signIn = buttons->addButton(tr("Sign in"), QDialogButtonBox::AcceptRole);
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    buttons->addButton(tr("Quit"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const auto updateButton = [this] { m_signIn->setEnabled(!chosenName().isEmpty()); };
    connect(m_names, &QComboBox::currentTextChanged, this, updateButton);
    updateButton();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(missing);
    layout->addWidget(buttons);
}

QString AdminChooser::chosenName() const
{
    return m_names->currentText().simplified();
}

QStringList AdminChooser::officersOf(Database &db)
{
    auto signatories = SettingsService(db).signatories();
    if (!signatories.ok())
        return {};
    QList<Signatory> ordered = *signatories;
    std::stable_sort(ordered.begin(), ordered.end(), [](const Signatory &a, const Signatory &b) {
        return roleOrder(a.role) < roleOrder(b.role);
    });
    QStringList names;
    for (const Signatory &signatory : ordered) {
        if (!signatory.name.isEmpty() && !names.contains(signatory.name))
            names.append(signatory.name);
    }
    return names;
}

QString AdminChooser::rememberedName()
{
    return QSettings().value(kRememberedKey).toString();
}

void AdminChooser::remember(const QString &name)
{
    QSettings().setValue(kRememberedKey, name);
}

bool AdminChooser::signIn(Database &db, Dialogs &dialogs, QWidget *parent)
{
    // The one signed in now (switching admins), else the one remembered on this PC; a name that
    // is no officer (the operating-system login) preselects the first officer instead.
    const QStringList officers = officersOf(db);
    const QString current = officers.contains(db.actor()) ? db.actor() : rememberedName();
    AdminChooser chooser(officers, current, parent);
    if (!dialogs.run(chooser) || chooser.chosenName().isEmpty())
        return false;
    remember(chooser.chosenName());
    db.setActor(chooser.chosenName());
    return true;
}

} // namespace kolokasi
