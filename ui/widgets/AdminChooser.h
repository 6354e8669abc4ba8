#pragma once

#include <QDialog>

class QComboBox;
class QPushButton;

namespace kolokasi {

class Database;
class Dialogs;

/// The sign-in at start: which of the data centre's officers is working on this PC. The
/// choice is remembered per PC (QSettings) and recorded as the actor of every step
/// (Database::setActor), never the operating-system login.
class AdminChooser : public QDialog
{
    Q_OBJECT

public:
    /// Offers only `officers`, `preselected` chosen if it is one of them (else the first). With
    /// no officers at all, says where to add one and takes a typed name.
    AdminChooser(const QStringList &officers, const QString &preselected,
                 QWidget *parent = nullptr);

    QString chosenName() const;

    /// The data centre's own officers as the settings name them (Personil DC first, then
    /// the Kepala Bidang and the other signatories), without repeats.
    static QStringList officersOf(Database &db);
    /// The admin last chosen on this PC, empty if none.
    static QString rememberedName();
    static void remember(const QString &name);
    /// Asks who is working (preselecting the one remembered), remembers and applies the
    /// choice to `db`. False if the user closed the dialog without choosing.
    static bool signIn(Database &db, Dialogs &dialogs, QWidget *parent = nullptr);

private:
    QComboBox *m_names;
    QPushButton *m_signIn;
};

} // namespace kolokasi
