#pragma once

#include "FormStepPage.h"
#include "domain/RequestLetter.h"

class QLineEdit;
class QRadioButton;
class QSpinBox;

namespace kolokasi {

class DateEdit;
class SearchableComboBox;
class ServerRowsEditor;
class ValidatedLineEdit;

/// SOP step 1: the unit's request letter (surat permohonan) with its servers and needs.
/// load(0) starts a new request ("Permohonan baru"); a registered letter is shown as it was
/// registered (changes to it are corrections, made from the request view).
class RequestLetterStepPage : public FormStepPage
{
    Q_OBJECT

public:
    explicit RequestLetterStepPage(UiContext &context, QWidget *parent = nullptr);

protected:
    void fill(const RequestDossier &dossier) override;
    Status submit(bool *cancelled) override;
    QList<Error> problems() const override;

private:
    RequestLetter input() const;
    void loadUnits(qint64 requestUnitId);
    /// "Add new unit…": Unit & Pejabat's own dialog, the typed name carried in.
    void addUnit(const QString &typed);

    ValidatedLineEdit *m_letterNumber = nullptr;
    DateEdit *m_letterDate = nullptr;
    SearchableComboBox *m_unit = nullptr;
    QLineEdit *m_subject = nullptr;
    QRadioButton *m_colocation = nullptr;
    QRadioButton *m_hosting = nullptr;
    ServerRowsEditor *m_servers = nullptr;
    QSpinBox *m_bandwidth = nullptr;
    QSpinBox *m_publicIps = nullptr;
};

} // namespace kolokasi
