#pragma once

#include <QWidget>

class QAction;

namespace kolokasi {

struct UiContext;

/// The contract between the request view and the page of one SOP step (or of a pencabutan
/// stage). The request view shows the page of the request's current step below its timeline;
/// the page shows the step's fields in the SOP's order, validates them as the user types,
/// calls RequestWorkflow on Save and reports the outcome. A page holds no SOP rule and no SQL.
class StepPage : public QWidget
{
    Q_OBJECT

public:
    explicit StepPage(UiContext &context, QWidget *parent = nullptr)
        : QWidget(parent), m_context(context)
    {
    }

    /// Shows the step for this request: what it already holds, else sensible defaults taken
    /// from the earlier steps. Keeps nothing of a previously shown request.
    virtual void load(qint64 requestId) = 0;
    /// True while the user typed something not yet saved (the window asks before losing it).
    virtual bool hasUnsavedInput() const = 0;
    /// The page's one save action (Ctrl+S, the same as its Simpan button); none by default.
    virtual QAction *saveAction() const { return nullptr; }

signals:
    /// The workflow accepted the step: the request changed (the view reloads and moves on).
    void saved(qint64 requestId);

protected:
    UiContext &context() const { return m_context; }

private:
    UiContext &m_context;
};

} // namespace kolokasi
