#pragma once

#include "SearchableComboBox.h"
#include "domain/Signatory.h"

namespace kolokasi {

class Database;

/// One of the agency's own officers (its signatories: Kepala Dinas, Kepala Bidang, Personil
/// DC, petugas penerima), picked by name, with "Add new officer…": the officer form of Unit &
/// Pejabat (name, PNS or PPPK and the number by its rule, position), stored as the signatory
/// of `role`, so Pengaturan › Penandatangan shows it afterwards; the new officer is chosen.
class SignatoryPicker : public SearchableComboBox
{
    Q_OBJECT

public:
    SignatoryPicker(Database &db, const QString &role, QWidget *parent = nullptr);

    /// Offers the signatories saved, each name once.
    void load();
    /// The signatory chosen, null when none (or a name as a saved form recorded it).
    const Signatory *signatory() const;

signals:
    /// A new officer was stored as the signatory of the role and chosen.
    void signatoryAdded(const Signatory &signatory);

private:
    void addSignatory(const QString &typed);

    Database &m_db;
    QString m_role;
    QList<Signatory> m_signatories;
};

} // namespace kolokasi
