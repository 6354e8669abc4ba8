#pragma once

#include "domain/Facility.h"
#include "widgets/RecordSection.h"

namespace kolokasi {

class IpPoolTableModel;

/// Pusat Data, third tab: the IP pools (network, gateway, public or private, note) with the
/// addresses in use and still free.
class PoolSection : public RecordSection
{
    Q_OBJECT

public:
    explicit PoolSection(UiContext &context, QWidget *parent = nullptr);

    void reload() override;
    void setShowRetired(bool show) override;
    void reloadEditedRecord() override;

protected:
    bool isRetiredRow(int row) const override;
    void startAdd() override;
    void startEdit(int row) override;
    void retire(int row) override;

private:
    void fillEditor(const IpPool &pool);
    void save();
    void showPool(qint64 id);

    IpPoolTableModel *m_model;
    RecordEditor *m_editor;
    IpPool m_edited;
};

} // namespace kolokasi
