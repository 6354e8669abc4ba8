#pragma once

#include "common/Result.h"
#include "domain/Correction.h"
#include "domain/RequestDossier.h"
#include "domain/RequestEvent.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace kolokasi {

struct UiContext;

/// Corrects a value entered at an earlier step of one request: the field, the server it
/// belongs to (for per-server fields), the value stored now, the new value and the reason.
/// The workflow records it in the history; a value changed meanwhile by someone else is
/// refused, never overwritten.
class CorrectionDialog : public QDialog
{
    Q_OBJECT

public:
    CorrectionDialog(UiContext &context, const RequestDossier &dossier, QWidget *parent = nullptr);

    /// The field's name on screen ("Nama domain"), for the history too.
    static QString labelOf(const QString &field);

    /// Sends the correction to the workflow (the OK button). Shows the refusal in the dialog.
    bool apply();

    /// Records the correction another way than the workflow's correct(): the yearly review
    /// records it through ReviewProcess::correctAsset, naming the review in the reason.
    using Submit = std::function<Result<RequestEvent>(const Correction &)>;
    void setSubmit(Submit submit) { m_submit = std::move(submit); }
    /// Chooses the server the per-server fields belong to (the asset under review).
    void selectServer(qint64 serverId);

private:
    void fieldChosen();
    void readCurrent();

    UiContext &m_context;
    RequestDossier m_dossier;
    QComboBox *m_field;
    QComboBox *m_record;
    QLabel *m_current;
    QLineEdit *m_newValue;
    QPlainTextEdit *m_reason;
    QLabel *m_error;
    QPushButton *m_ok;
    qint64 m_recordId = 0;
    int m_rowVersion = 0;
    Submit m_submit;
};

} // namespace kolokasi
