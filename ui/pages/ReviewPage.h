#pragma once

#include "Page.h"

class QAction;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace kolokasi {

class DateEdit;
class DocumentActions;
class MessageBar;
class PageTitle;
class ReviewListModel;
class ReviewSheet;
struct DocumentOrder;
struct UiContext;

/// Peninjauan: the yearly review of the asset register. With no review open: the reviews held
/// so far and the form to start one (date, reviewer, note). With one open (also one another
/// admin started on a shared database: the state comes from the store): every asset to mark
/// (ReviewSheet), "Selesaikan" to finish it, "Cetak" for its report.
class ReviewPage : public Page
{
    Q_OBJECT

public:
    ReviewPage(UiContext &context, QWidget *parent = nullptr);

    QString title() const override;
    QList<QAction *> mainActions() const override;
    void reload() override;

    /// Starts a review with the date, reviewer and note in the form (the start button).
    void startReview();
    /// Asks first, then finishes the open review (the finish action).
    void finishReview();
    /// Prints the report of the open review, else of the review chosen in the list.
    void printReport();
    /// The same in the print preview.
    void previewReport();

    ReviewSheet *sheet() const { return m_sheet; }

signals:
    /// A review was finished: assets' last review dates changed.
    void reviewFinished();

private:
    QWidget *makeListView();
    bool reportOrder(DocumentOrder &order) const;
    void updateActions();

    UiContext &m_context;
    PageTitle *m_title;
    MessageBar *m_messages;
    QStackedWidget *m_views;
    ReviewListModel *m_listModel;
    QTableView *m_list = nullptr;
    DateEdit *m_startDate = nullptr;
    QLineEdit *m_reviewer = nullptr;
    QLineEdit *m_startNote = nullptr;
    QPushButton *m_start = nullptr;
    ReviewSheet *m_sheet;
    DocumentActions *m_documents;
    QAction *m_printAction;
    QAction *m_previewAction;
    QAction *m_finishAction;
};

} // namespace kolokasi
