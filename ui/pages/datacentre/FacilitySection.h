#pragma once

#include "domain/Facility.h"
#include "widgets/RecordSection.h"

namespace kolokasi {

class FacilityResourceTableModel;

/// Pusat Data, second tab: the facility budgets (UPS, genset, bandwidth) with capacity and
/// unit; capacity planning adds up the budgets in service of each kind.
class FacilitySection : public RecordSection
{
    Q_OBJECT

public:
    explicit FacilitySection(UiContext &context, QWidget *parent = nullptr);

    void reload() override;
    void setShowRetired(bool show) override;
    void reloadEditedRecord() override;

protected:
    bool isRetiredRow(int row) const override;
    void startAdd() override;
    void startEdit(int row) override;
    void retire(int row) override;

private:
    void fillEditor(const FacilityResource &resource);
    void kindChosen();
    void save();
    void showResource(qint64 id);

    FacilityResourceTableModel *m_model;
    RecordEditor *m_editor;
    FacilityResource m_edited;
};

} // namespace kolokasi
