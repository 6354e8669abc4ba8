#pragma once

#include "common/Result.h"
#include "domain/Review.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;

namespace kolokasi {

class MessageBar;
class ReviewLinesModel;
struct UiContext;

/// An open review (peninjauan) being marked: its progress ("312 dari 1.204 ditinjau"), a
/// filter by finding, the table of its assets and the marking bar. Keyboard first: 1 marks
/// the current asset Sesuai, 2 Tidak sesuai (with the note typed), 3 Tidak ditemukan, and the
/// next asset becomes current. Each finding is saved at once; a finding another admin
/// changed meanwhile is refused with the core's message and the review is read again.
class ReviewSheet : public QWidget
{
    Q_OBJECT

public:
    ReviewSheet(UiContext &context, MessageBar &messages, QWidget *parent = nullptr);

    /// Shows the review `reviewId` as stored now, keeping the current asset.
    Status load(qint64 reviewId);
    qint64 reviewId() const;
    const Review &review() const;
    ReviewLinesModel *model() const { return m_model; }

    /// Saves the finding of the current asset with the note typed.
    void markCurrent(ReviewFinding finding);
    /// Opens the correction dialog on the current asset's request (recorded as a correction
    /// from this review).
    void correctCurrent();

signals:
    /// A finding or a correction was saved.
    void changed();

private:
    void currentChanged();
    void filterChosen();
    void updateProgress();
    void selectRow(int row);

    UiContext &m_context;
    MessageBar &m_messages;
    ReviewLinesModel *m_model;
    QLabel *m_heading;
    QProgressBar *m_progress;
    QComboBox *m_filter;
    QTableView *m_table;
    QLineEdit *m_note;
    QPushButton *m_matches;
    QPushButton *m_doesNotMatch;
    QPushButton *m_notFound;
    QPushButton *m_correct;
    ReviewFinding m_pendingFinding = ReviewFinding::DoesNotMatch;
};

} // namespace kolokasi
