#pragma once

#include "FormStepPage.h"

class QLabel;
class QLineEdit;
class QVBoxLayout;

namespace kolokasi {

class DateEdit;
class HandoverServerEditor;
class OfficerPicker;
class SignatoryPicker;
class ValidatedLineEdit;

/// SOP step 8: the SERAH TERIMA form in its order: the day and date in words as they will
/// print, the giver (unit, responsible officer, NIP), the servers with the requested spec
/// beside the delivered one, and the receiver. Every difference needs an acceptance note
/// before the handover can be saved.
class HandoverStepPage : public FormStepPage
{
    Q_OBJECT

public:
    explicit HandoverStepPage(UiContext &context, QWidget *parent = nullptr);

protected:
    void fill(const RequestDossier &dossier) override;
    Status submit(bool *cancelled) override;
    QList<Error> problems() const override;

private:
    QWidget *serverCell(const QString &field) const;
    Handover input() const;
    void showDateInWords();
    QWidget *personFields(QLineEdit *unit, QWidget *name, ValidatedLineEdit *nip);
    void showGiverNip();
    void showReceiverNip();

    DateEdit *m_date = nullptr;
    QLabel *m_dateInWords = nullptr;
    QLineEdit *m_giverUnit = nullptr;
    OfficerPicker *m_giverName = nullptr;
    ValidatedLineEdit *m_giverNip = nullptr;
    QVBoxLayout *m_serversLayout = nullptr;
    QList<HandoverServerEditor *> m_servers;
    QLineEdit *m_receiverUnit = nullptr;
    SignatoryPicker *m_receiverName = nullptr;
    ValidatedLineEdit *m_receiverNip = nullptr;
};

} // namespace kolokasi
