#pragma once

#include "FormStepPage.h"

class QLabel;
class QLineEdit;
class QRadioButton;

namespace kolokasi {

class DateEdit;
class OfficerPicker;
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

    QLabel *m_unitName = nullptr;
    OfficerPicker *m_officer = nullptr;
    ValidatedLineEdit *m_nip = nullptr;
    QLineEdit *m_address = nullptr;
    ValidatedLineEdit *m_phone = nullptr;
    ValidatedLineEdit *m_domain = nullptr;
    DateEdit *m_domainActive = nullptr;
    QRadioButton *m_permanent = nullptr;
    QRadioButton *m_temporary = nullptr;
    DateEdit *m_validUntil = nullptr;
    qint64 m_unitId = 0;
};

} // namespace kolokasi
