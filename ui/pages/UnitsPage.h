#pragma once

#include "Page.h"

#include <QPointer>

class QAction;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace kolokasi {

class MessageBar;
class OfficerTableModel;
class PageTitle;
class RecordDialog;
class UnitListModel;
struct UiContext;

/// Unit & Pejabat: the requesting units (OPD) and their officers. Search by name, code,
/// officer or number; the chosen unit's details and its officers; add, edit and retire both
/// (retired ones greyed with "Dipensiunkan", shown only on request). Every change is announced
/// so the request pages' pickers read it.
class UnitsPage : public Page
{
    Q_OBJECT

public:
    explicit UnitsPage(UiContext &context, QWidget *parent = nullptr);
    ~UnitsPage() override;

    QString title() const override;
    QList<QAction *> mainActions() const override;
    void reload() override;

    /// The dialog the last Tambah/Ubah opened, while it is open (for tests and screenshots).
    RecordDialog *openDialog() const;

private:
    QWidget *makeUnitDetails();
    QWidget *makeOfficerList();
    void search();
    void showList(qint64 unitId);
    void refresh(qint64 unitId);
    void showUnit();
    void updateButtons();
    qint64 currentUnitId() const;
    qint64 currentOfficerId() const;
    void addUnit();
    void editUnit();
    void retireUnit();
    void addOfficer();
    void editOfficer();
    void retireOfficer();
    void openEditor(RecordDialog *dialog, qint64 unitId);
    void changed(qint64 unitId);
    void showRefusal(const QString &message, bool stale);

    UiContext &m_context;
    PageTitle *m_title;
    MessageBar *m_bar;
    QAction *m_addUnitAction;
    QLineEdit *m_search;
    QCheckBox *m_showRetired;
    QTimer *m_searchPause;
    UnitListModel *m_units;
    QTableView *m_unitTable;
    QLabel *m_count;
    QLabel *m_unitHeading;
    QLabel *m_code;
    QLabel *m_address;
    QLabel *m_phone;
    QLabel *m_email;
    QLabel *m_state;
    QPushButton *m_editUnit;
    QPushButton *m_retireUnit;
    OfficerTableModel *m_officers;
    QTableView *m_officerTable;
    QPushButton *m_addOfficer;
    QPushButton *m_editOfficer;
    QPushButton *m_retireOfficer;
    QPointer<RecordDialog> m_dialog;
};

} // namespace kolokasi
