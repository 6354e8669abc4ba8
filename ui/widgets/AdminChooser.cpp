#include "AdminChooser.h"

#include "domain/Signatory.h"
#include "store/Database.h"
#include "store/SettingsRepository.h"

#include <QComboBox>
#include <QCompleter>
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
    m_names->setEditable(true); // a new officer of the team types their name once
    m_names->setInsertPolicy(QComboBox::NoInsert);
    m_names->addItems(officers);
    m_names->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_names->completer()->setFilterMode(Qt::MatchContains);
    m_names->setMinimumContentsLength(28);
    m_names->setCurrentText(preselected.isEmpty() && !officers.isEmpty() ? officers.first()
                                                                         : preselected);

    auto *intro = new QLabel(tr("Who is working? Every step you record carries this name."), this);
    intro->setWordWrap(true);
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
    layout->addWidget(buttons);
}

QString AdminChooser::chosenName() const
{
    return m_names->currentText().simplified();
}

QStringList AdminChooser::officersOf(Database &db)
{
    auto signatories = SettingsRepository(db).signatories();
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

bool AdminChooser::signIn(Database &db, QWidget *parent)
{
    const QString current = db.actor().isEmpty() ? rememberedName() : db.actor();
    AdminChooser chooser(officersOf(db), current, parent);
    if (chooser.exec() != QDialog::Accepted || chooser.chosenName().isEmpty())
        return false;
    remember(chooser.chosenName());
    db.setActor(chooser.chosenName());
    return true;
}

} // namespace kolokasi
