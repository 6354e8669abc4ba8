#pragma once

#include "register/AssetHistory.h"

#include <QDialog>

class QFormLayout;
class QLabel;
class QPushButton;
class QTableView;

namespace kolokasi {

class AssetHistoryModel;
struct UiContext;

/// One asset: its register line and its whole history (the placing request's steps, forms
/// and corrections, reviews, pencabutan) in one list. "Buka permohonan" opens the request that
/// placed it; "Mulai pencabutan" opens that request on the pencabutan's registration page,
/// offered only when the workflow allows it.
class AssetDetailDialog : public QDialog
{
    Q_OBJECT

public:
    AssetDetailDialog(UiContext &context, QWidget *parent = nullptr);

    /// Reads the asset; the error (unknown asset, store failure) says why not.
    Status load(qint64 assetId);
    const AssetHistory &history() const { return m_history; }

signals:
    void openRequested(qint64 requestId);
    void withdrawalRequested(qint64 requestId);

private:
    void addField(QFormLayout *form, const QString &label, const QString &value);
    void fillFields();

    UiContext &m_context;
    AssetHistory m_history;
    QLabel *m_heading;
    QFormLayout *m_fields;
    QFormLayout *m_moreFields;
    AssetHistoryModel *m_model;
    QTableView *m_table;
    QPushButton *m_openRequest;
    QPushButton *m_startWithdrawal;
};

} // namespace kolokasi
