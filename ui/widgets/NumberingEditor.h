#pragma once

#include "SettingsSection.h"
#include "services/SettingsService.h"

class QGridLayout;
class QLabel;

namespace kolokasi {

class ValidatedLineEdit;

/// Pengaturan, "Penomoran": the document-number pattern shared by every document, the office
/// code {unit} stands for, and a pattern per document type (blank: the shared one), each with
/// the NEXT number it would give, updated as it is typed. Saving a pattern never touches the
/// sequences: the next number stays the next number.
class NumberingEditor : public SettingsSection
{
    Q_OBJECT

public:
    explicit NumberingEditor(UiContext &context, QWidget *parent = nullptr);

    QString title() const override;
    void reload() override;
    void save() override;
    /// The next number shown for `docType` (e.g. "persetujuan").
    QString nextNumberShown(const QString &docType) const;

private:
    struct Row
    {
        QString docType;
        ValidatedLineEdit *pattern = nullptr;
        QLabel *next = nullptr;
    };

    ValidatedLineEdit *addPatternEdit(const QString &objectName);
    void addRow(QGridLayout *grid, int line, const QString &docType, const QString &label);
    void updatePreviews();
    QStringList keys() const;

    SettingRows m_read;
    ValidatedLineEdit *m_shared;
    ValidatedLineEdit *m_unitCode;
    QList<Row> m_rows;
};

} // namespace kolokasi
