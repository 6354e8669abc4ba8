#pragma once

#include "FormStepPage.h"
#include "domain/RequestLetter.h"

#include "domain/RegisterEntry.h"

class QLineEdit;
class QPlainTextEdit;

namespace kolokasi {

class AssetBlockView;
class DateEdit;
class SearchableComboBox;
class ValidatedLineEdit;

/// Pencabutan, first stage: the unit's letter asking to withdraw an active asset, with the
/// domain and location blocks as on the approval and the considerations (pertimbangan).
/// load(requestId) offers the active assets of that completed request (0: every active asset);
/// saved() reports the new withdrawal request.
class WithdrawalRegistrationPage : public FormStepPage
{
    Q_OBJECT

public:
    explicit WithdrawalRegistrationPage(UiContext &context, QWidget *parent = nullptr);

    /// Chooses the asset to withdraw (e.g. when started from the asset register).
    void setAsset(qint64 assetId);

protected:
    void fill(const RequestDossier &dossier) override;
    Status submit(bool *cancelled) override;
    QList<Error> problems() const override;

private:
    WithdrawalLetter input() const;
    void showAsset();

    SearchableComboBox *m_asset = nullptr;
    AssetBlockView *m_blocks = nullptr;
    ValidatedLineEdit *m_letterNumber = nullptr;
    DateEdit *m_letterDate = nullptr;
    QLineEdit *m_subject = nullptr;
    QPlainTextEdit *m_reasons = nullptr;
    QList<RegisterEntry> m_entries;
};

} // namespace kolokasi
