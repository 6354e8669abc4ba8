#pragma once

#include <QWidget>

class QHBoxLayout;
class QLabel;

namespace kolokasi {

class RequestTimelineModel;
struct UiContext;

/// The steps of a request in one row (RequestTimelineModel): each done step with who, when
/// and its elapsed working time against the mutu baku, the current step marked, the steps to
/// come in grey, overdue steps outlined in red and marked with the word.
class RequestTimelineView : public QWidget
{
    Q_OBJECT

public:
    RequestTimelineView(UiContext &context, QWidget *parent = nullptr);

    /// Shows the steps of `requestId` (0: a new request, nothing done yet).
    void setRequest(qint64 requestId);

private:
    void rebuild();

    RequestTimelineModel *m_model;
    QHBoxLayout *m_row;
    QList<QLabel *> m_boxes;
};

} // namespace kolokasi
