#pragma once

#include <QWidget>

class QTableView;

namespace kolokasi {

class RequestHistoryModel;
struct UiContext;

/// A request's history, oldest first (RequestHistoryModel): every step done, every
/// correction (field, old and new value, reason), every document issued, with who and when.
class RequestHistoryView : public QWidget
{
    Q_OBJECT

public:
    RequestHistoryView(UiContext &context, QWidget *parent = nullptr);

    /// Shows the history of `requestId` (0: empty).
    void setRequest(qint64 requestId);

private:
    RequestHistoryModel *m_model;
    QTableView *m_table;
};

} // namespace kolokasi
