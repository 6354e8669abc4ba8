#pragma once

#include "documents/RegisterFilter.h"
#include "register/AssetRegister.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QTimer;

namespace kolokasi {

class Database;

/// The search box and filters above the asset register: search as you type (after a short
/// pause) over every text column; NOC, unit, status, review overdue and validity (expired,
/// ending within 30 / 60 / 90 days) as combo boxes. Says what to ask the register; the
/// narrowing rules are AssetRegister's.
class RegisterFilterBar : public QWidget
{
    Q_OBJECT

public:
    /// Pause after the last key before the search runs.
    static constexpr int kSearchPauseMs = 200;

    explicit RegisterFilterBar(Database &db, QWidget *parent = nullptr);

    /// The register query for what is chosen, on `today`.
    AssetFilter filter(const QDate &today) const;
    /// The printout's filter: NOC, unit and status by name and the search (what the register
    /// list prints; the review and validity filters are the screen's only).
    RegisterFilter printFilter() const;
    /// Reads the NOCs and units again (keeps the choice when it still exists).
    void reloadChoices();
    void focusSearch();
    /// A search or a filter narrows the register (an empty list then is no empty register).
    bool isNarrowed() const;

signals:
    /// The search or a filter changed.
    void changed();

private:
    QComboBox *addBox(const QString &objectName, const QString &allText);

    Database &m_db;
    QLineEdit *m_search;
    QComboBox *m_noc;
    QComboBox *m_unit;
    QComboBox *m_status;
    QComboBox *m_review;
    QComboBox *m_validity;
    QTimer *m_searchPause;
};

} // namespace kolokasi
