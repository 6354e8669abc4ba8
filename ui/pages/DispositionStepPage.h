#pragma once

#include "FormStepPage.h"

class QLineEdit;
class QPlainTextEdit;

namespace kolokasi {

class DateEdit;

/// SOP step 2: the disposition (disposisi) forwarding the letter to the section and DC team.
class DispositionStepPage : public FormStepPage
{
    Q_OBJECT

public:
    explicit DispositionStepPage(UiContext &context, QWidget *parent = nullptr);

protected:
    void fill(const RequestDossier &dossier) override;
    Status submit(bool *cancelled) override;
    QList<Error> problems() const override;

private:
    Disposition input() const;

    DateEdit *m_date = nullptr;
    QLineEdit *m_toWhom = nullptr;
    QPlainTextEdit *m_note = nullptr;
};

} // namespace kolokasi
