#pragma once

#include "FormStepPage.h"

#include "domain/Officer.h"

class QLabel;
class QLineEdit;
class QRadioButton;

namespace kolokasi {

class DateEdit;
class SearchableComboBox;
class ValidatedLineEdit;

/// SOP step 4: the PENGAJUAN form, its fields in the form's order: Nama Unit, Penanggung
/// Jawab, NIP, Alamat Unit, Kontak Number, Nama Domain, Tanggal Aktif Domain, Masa Berlaku
/// Co-location (Permanen / Tidak permanen until a date).
class ApplicationStepPage : public FormStepPage
{
    Q_OBJECT

public:
    explicit ApplicationStepPage(UiContext &context, QWidget *parent = nullptr);

protected:
    void fill(const RequestDossier &dossier) override;
    Status submit(bool *cancelled) override;
    QList<Error> problems() const override;

private:
    Application input() const;
    void showOfficerNip();
    /// The officer chosen in the picker, null when none.
    const Officer *chosenOfficer() const;
    /// Offers the officers of the request's unit in service, then chooses `officerId`.
    void loadOfficers(qint64 officerId, qint64 keptId);
    /// "Add new officer…": Unit & Pejabat's own dialog, the typed name carried in.
    void addOfficer(const QString &typed);

    QLabel *m_unitName = nullptr;
    SearchableComboBox *m_officer = nullptr;
    ValidatedLineEdit *m_nip = nullptr;
    QLineEdit *m_address = nullptr;
    ValidatedLineEdit *m_phone = nullptr;
    ValidatedLineEdit *m_domain = nullptr;
    DateEdit *m_domainActive = nullptr;
    QRadioButton *m_permanent = nullptr;
    QRadioButton *m_temporary = nullptr;
    DateEdit *m_validUntil = nullptr;
    QList<Officer> m_officers;
    qint64 m_unitId = 0;
};

} // namespace kolokasi
