#pragma once

#include "domain/RequestEvent.h"
#include "domain/SopStep.h"

#include <QAbstractTableModel>
#include <QDateTime>

namespace kolokasi {

class Database;

/// The timeline of one request: a row per SOP step (the three of a withdrawal), done with
/// who, when and the elapsed office time against its standard (mutu baku), the current
/// step, the steps to come; overdue steps marked.
class RequestTimelineModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        StepColumn,
        StateColumn,
        ByColumn,
        AtColumn,
        ElapsedColumn,
        StandardColumn,
        ColumnCount
    };
    enum Role
    {
        StepRole = Qt::UserRole + 1, // int SOP step number
        StepStateRole,               // int StepState
        OverdueRole,                 // bool
        ElapsedSecondsRole,          // qint64 office seconds
        StandardSecondsRole,         // qint64 office seconds (0: no standard)
    };
    /// Where a step stands.
    enum class StepState
    {
        Done,
        Current,
        ToCome,
        NotReached
    };

    struct Line
    {
        SopStep step = SopStep::RequestLetter;
        QString title; // "2. disposisi"; a pencabutan names its own three stages
        StepState state = StepState::ToCome;
        QString actor;
        QDateTime doneAt;
        qint64 elapsedSeconds = -1; // -1: not measured
        qint64 standardSeconds = 0;
        bool overdue = false;
    };

    explicit RequestTimelineModel(Database &db, QObject *parent = nullptr);

    /// Shows the request `requestId` (0: nothing).
    void setRequest(qint64 requestId);
    qint64 requestId() const { return m_requestId; }
    /// Reads the request again (after a change).
    void reload();
    QString lastError() const { return m_lastError; }
    const Line &lineAt(int row) const { return m_lines.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(const Line &line, int column) const;
    static QString stateWord(StepState state);

    Database &m_db;
    qint64 m_requestId = 0;
    qint64 m_workingDaySeconds = 0;
    QList<Line> m_lines;
    QString m_lastError;
};

} // namespace kolokasi
