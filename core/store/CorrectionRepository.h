#pragma once

#include "common/Result.h"
#include "domain/SopStep.h"

#include <QCoreApplication>
#include <QList>

namespace kolokasi {

class Database;

/// A value that may be corrected after its step: where it is stored and at which step it
/// was entered. `perRecord` fields belong to one server or placement of the request.
struct CorrectableField
{
    QString name;      // "application.domain"
    QString table;
    QString column;
    SopStep step = SopStep::RequestLetter;
    QString kind; // text, date, domain, phone, nip
    bool required = false;
    bool perRecord = false;
};

/// The stored value of a correctable field and the row's version.
struct StoredValue
{
    QString text;
    int rowVersion = 0;
};

/// Reads and overwrites the values a correction may change. Only the fields of catalogue()
/// can be touched, each only within its own request.
class CorrectionRepository
{
    Q_DECLARE_TR_FUNCTIONS(CorrectionRepository)

public:
    explicit CorrectionRepository(Database &db) : m_db(db) {}

    /// Every correctable field.
    static const QList<CorrectableField> &catalogue();
    /// The field called `name`, or an error with code unknown_field.
    static Result<CorrectableField> field(const QString &name);

    Result<StoredValue> read(const CorrectableField &field, qint64 requestId, qint64 recordId) const;
    /// Writes `value` (blank: NULL); with `expectedRowVersion` > 0 refuses (code stale) if the
    /// row changed since the screen read it.
    Status write(const CorrectableField &field, qint64 requestId, qint64 recordId, const QString &value,
                 int expectedRowVersion);

private:
    Database &m_db;
};

} // namespace kolokasi
