#pragma once

#include "domain/RequestDossier.h"

#include <QWidget>

class QLabel;

namespace kolokasi {

class StatusBadge;

/// The request view's header: letter number and date, unit, subject, service type, status
/// (a badge with a word) and the step reached, in two compact columns.
class RequestHeader : public QWidget
{
    Q_OBJECT

public:
    explicit RequestHeader(QWidget *parent = nullptr);

    void showRequest(const RequestDossier &dossier, bool overdue);
    /// The header of a request not registered yet (Permohonan baru).
    void showNew();

private:
    QLabel *value(const QString &objectName);

    QLabel *m_letter;
    QLabel *m_unit;
    QLabel *m_subject;
    QLabel *m_service;
    QLabel *m_step;
    StatusBadge *m_status;
};

} // namespace kolokasi
